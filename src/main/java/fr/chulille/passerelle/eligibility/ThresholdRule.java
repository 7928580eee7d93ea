package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * A criterion decided by comparing one value, in the protocol's unit, to a threshold.
 * The reason carries the rounded value as the ICU argument {@code value}.
 */
record ThresholdRule(Fact fact, Function<ClinicalFacts, BigDecimal> valueInProtocolUnit, Threshold threshold,
                     int displayScale, MessageKey satisfiedKey, MessageKey unsatisfiedKey) implements Rule {

    static final int WHOLE_NUMBER = 0;
    static final int ONE_DECIMAL = 1;

    @Override
    public Verdict evaluate(ClinicalFacts facts, int referenceYear) {
        BigDecimal value = valueInProtocolUnit.apply(facts);
        if (value == null) {
            return Verdict.missing(fact);
        }
        BigDecimal shown = threshold.roundForDisplay(value, displayScale);
        return threshold.isSatisfiedBy(value)
                ? Verdict.met(satisfiedKey.with("value", shown))
                : Verdict.notMet(unsatisfiedKey.with("value", shown));
    }
}
