package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A protocol limit, compared on exact values. */
public record Threshold(Comparison comparison, BigDecimal limit) {

    public enum Comparison { AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN }

    static Threshold atLeast(String limit) {
        return new Threshold(Comparison.AT_LEAST, new BigDecimal(limit));
    }

    static Threshold moreThan(String limit) {
        return new Threshold(Comparison.MORE_THAN, new BigDecimal(limit));
    }

    static Threshold atMost(String limit) {
        return new Threshold(Comparison.AT_MOST, new BigDecimal(limit));
    }

    static Threshold lessThan(String limit) {
        return new Threshold(Comparison.LESS_THAN, new BigDecimal(limit));
    }

    public boolean isSatisfiedBy(BigDecimal value) {
        int sign = value.compareTo(limit);
        return switch (comparison) {
            case AT_LEAST -> sign >= 0;
            case MORE_THAN -> sign > 0;
            case AT_MOST -> sign <= 0;
            case LESS_THAN -> sign < 0;
        };
    }

    /**
     * Rounds a value for display away from the limit, so that a value just past the limit never
     * shows as the limit itself (25.66 µmol/L of bilirubin is 1.5006 mg/dL: shown 1.51, not 1.50).
     */
    public BigDecimal roundForDisplay(BigDecimal value, int scale) {
        int sign = value.compareTo(limit);
        RoundingMode mode = sign > 0 ? RoundingMode.CEILING : sign < 0 ? RoundingMode.FLOOR : RoundingMode.HALF_UP;
        return value.setScale(scale, mode);
    }
}
