package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;

/** Platelet and lymphocyte counts; the protocol writes them per µL (1 G/L = 1 000/µL). */
public enum CellCountUnit implements MeasurementUnit {
    PER_MICROLITRE(BigDecimal.ONE),
    GIGA_PER_LITRE(new BigDecimal("1000"));

    private final BigDecimal perMicrolitre;

    CellCountUnit(BigDecimal perMicrolitre) {
        this.perMicrolitre = perMicrolitre;
    }

    @Override
    public BigDecimal toProtocolUnit(BigDecimal value) {
        return value.multiply(perMicrolitre);
    }

    @Override
    public BigDecimal fromProtocolUnit(BigDecimal value) {
        return value.divide(perMicrolitre);
    }

    @Override
    public String labelKey() {
        return "eligibility.unit.cell-count." + name();
    }

    @Override
    public String slipWarningKey() {
        return "eligibility.warning.unit-slip.cell-count." + name();
    }
}
