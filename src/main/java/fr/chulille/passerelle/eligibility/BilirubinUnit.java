package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;
import java.math.MathContext;

/** Total bilirubin; the protocol writes mg/dL (1 mg/dL = 17.1 µmol/L). */
public enum BilirubinUnit implements MeasurementUnit {
    MG_PER_DL(BigDecimal.ONE),
    MICROMOL_PER_L(new BigDecimal("17.1"));

    private final BigDecimal perMgPerDl;

    BilirubinUnit(BigDecimal perMgPerDl) {
        this.perMgPerDl = perMgPerDl;
    }

    @Override
    public BigDecimal toProtocolUnit(BigDecimal value) {
        return value.divide(perMgPerDl, MathContext.DECIMAL128);
    }

    @Override
    public BigDecimal fromProtocolUnit(BigDecimal value) {
        return value.multiply(perMgPerDl);
    }

    @Override
    public String labelKey() {
        return "eligibility.unit.bilirubin." + name();
    }

    @Override
    public String slipWarningKey() {
        return "eligibility.warning.unit-slip.bilirubin." + name();
    }
}
