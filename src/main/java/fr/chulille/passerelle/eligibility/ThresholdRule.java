package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * A criterion decided by comparing one value, in the protocol's unit, to its limit. The reason carries
 * the rounded value as the ICU argument {@code value}, the limit as {@code limit} and, for a laboratory
 * value, the value as typed ({@code typed}) with its unit code ({@code typedUnit}).
 */
record ThresholdRule(Fact fact, Function<ClinicalFacts, BigDecimal> valueInProtocolUnit, Limit limit,
                     int displayScale, MessageKey satisfiedKey, MessageKey unsatisfiedKey) implements Rule {

    static final int WHOLE_NUMBER = 0;
    static final int ONE_DECIMAL = 1;

    @Override
    public Verdict evaluate(ClinicalFacts facts, int referenceYear) {
        BigDecimal value = valueInProtocolUnit.apply(facts);
        if (value == null) {
            return Verdict.missing(fact);
        }
        Threshold threshold = limit.threshold();
        BigDecimal shown = threshold.roundForDisplay(value, displayScale);
        Object[] args = fact.valueIn(facts) instanceof Measurement<?> typed
                ? new Object[] {"value", shown, "typed", typed.value(), "typedUnit", ((Enum<?>) typed.unit()).name()}
                : new Object[] {"value", shown};
        return threshold.isSatisfiedBy(value)
                ? Verdict.met(limit.message(satisfiedKey, args))
                : Verdict.notMet(limit.message(unsatisfiedKey, args));
    }
}
