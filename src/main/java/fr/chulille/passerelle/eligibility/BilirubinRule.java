package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;
import java.util.List;

/**
 * Inclusion item 13: total bilirubin ≤ 1.5 mg/dL, except in Gilbert's syndrome. Above the limit with
 * Gilbert's syndrome not stated, the criterion stays UNKNOWN: the exception may apply. Gilbert's syndrome
 * with no bilirubin value is UNKNOWN too, like any missing value. Reasons show the value as typed, with
 * the protocol's unit in brackets.
 */
record BilirubinRule(Limit limit) implements Rule {

    private static final int DISPLAY_SCALE = 2;

    @Override
    public Verdict evaluate(ClinicalFacts facts, int referenceYear) {
        Answer gilbert = Answer.orUnknown(facts.gilbertSyndrome());
        Measurement<BilirubinUnit> bilirubin = facts.bilirubin();
        if (bilirubin == null) {
            return gilbert == Answer.YES
                    ? Verdict.unknown(limit.message(MessageKey.BILIRUBIN_GILBERT_NO_VALUE), List.of(Fact.BILIRUBIN))
                    : Verdict.missing(Fact.BILIRUBIN);
        }
        BigDecimal mgPerDl = bilirubin.inProtocolUnit();
        Object[] args = {"value", limit.threshold().roundForDisplay(mgPerDl, DISPLAY_SCALE),
                "typed", bilirubin.value(), "typedUnit", bilirubin.unit().name()};
        if (limit.threshold().isSatisfiedBy(mgPerDl)) {
            return Verdict.met(limit.message(MessageKey.BILIRUBIN_MET, args));
        }
        return switch (gilbert) {
            case YES -> Verdict.met(limit.message(MessageKey.BILIRUBIN_GILBERT, args));
            case NO -> Verdict.notMet(limit.message(MessageKey.BILIRUBIN_NOT_MET, args));
            case UNKNOWN -> Verdict.unknown(limit.message(MessageKey.BILIRUBIN_GILBERT_UNKNOWN, args), List.of(Fact.GILBERT_SYNDROME));
        };
    }
}
