package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;
import java.util.Objects;

/** A laboratory value as typed, with its unit. */
public record Measurement<U extends MeasurementUnit>(BigDecimal value, U unit) {

    public Measurement {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static <U extends MeasurementUnit> Measurement<U> of(String value, U unit) {
        return new Measurement<>(new BigDecimal(value), unit);
    }

    public BigDecimal inProtocolUnit() {
        return unit.toProtocolUnit(value);
    }
}
