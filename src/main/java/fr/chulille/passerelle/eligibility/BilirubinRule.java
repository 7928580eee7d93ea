package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;
import java.util.List;

/**
 * Inclusion item 13: total bilirubin ≤ 1.5 mg/dL, except in Gilbert's syndrome. Above the limit with
 * Gilbert's syndrome not stated, the criterion stays UNKNOWN: the exception may apply.
 */
final class BilirubinRule implements Rule {

    static final Threshold THRESHOLD = Threshold.atMost("1.5");
    private static final int DISPLAY_SCALE = 2;

    @Override
    public Verdict evaluate(ClinicalFacts facts, int referenceYear) {
        Answer gilbert = Answer.orUnknown(facts.gilbertSyndrome());
        if (gilbert == Answer.YES) {
            return Verdict.met(MessageKey.BILIRUBIN_GILBERT.with());
        }
        if (facts.bilirubin() == null) {
            return Verdict.missing(Fact.BILIRUBIN);
        }
        BigDecimal mgPerDl = facts.bilirubin().inProtocolUnit();
        BigDecimal shown = THRESHOLD.roundForDisplay(mgPerDl, DISPLAY_SCALE);
        if (THRESHOLD.isSatisfiedBy(mgPerDl)) {
            return Verdict.met(MessageKey.BILIRUBIN_MET.with("value", shown));
        }
        if (gilbert == Answer.NO) {
            return Verdict.notMet(MessageKey.BILIRUBIN_NOT_MET.with("value", shown));
        }
        return Verdict.unknown(MessageKey.BILIRUBIN_GILBERT_UNKNOWN.with("value", shown), List.of(Fact.GILBERT_SYNDROME));
    }
}
