package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * An ALT or AST value. {@code upperLimitOfNormal} (U/L) is only needed, and only read,
 * when the value is in U/L.
 */
public record LiverEnzyme(BigDecimal value, LiverEnzymeUnit unit, BigDecimal upperLimitOfNormal) {

    public LiverEnzyme {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static LiverEnzyme timesUpperLimit(String multiple) {
        return new LiverEnzyme(new BigDecimal(multiple), LiverEnzymeUnit.TIMES_ULN, null);
    }

    public static LiverEnzyme unitsPerLitre(String value, String upperLimitOfNormal) {
        return new LiverEnzyme(new BigDecimal(value), LiverEnzymeUnit.UNITS_PER_LITRE,
                upperLimitOfNormal == null ? null : new BigDecimal(upperLimitOfNormal));
    }

    /** Empty when the value is in U/L and no usable upper limit of normal was given. */
    public Optional<BigDecimal> timesUpperLimitOfNormal() {
        if (unit == LiverEnzymeUnit.TIMES_ULN) {
            return Optional.of(value);
        }
        if (upperLimitOfNormal == null || upperLimitOfNormal.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(value.divide(upperLimitOfNormal, MathContext.DECIMAL128));
    }
}
