package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;

/** Null-tolerant conversions of form values to BigDecimal (null stays null: unknown). */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal of(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    static BigDecimal inProtocolUnit(Measurement<?> measurement) {
        return measurement == null ? null : measurement.inProtocolUnit();
    }
}
