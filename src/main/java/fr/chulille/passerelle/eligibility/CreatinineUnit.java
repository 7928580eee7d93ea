package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;
import java.math.MathContext;

/** Serum creatinine; Cockcroft-Gault takes mg/dL (1 mg/dL = 88.4 µmol/L). */
public enum CreatinineUnit implements MeasurementUnit {
    MG_PER_DL(BigDecimal.ONE),
    MICROMOL_PER_L(new BigDecimal("88.4"));

    private final BigDecimal perMgPerDl;

    CreatinineUnit(BigDecimal perMgPerDl) {
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
        return "eligibility.unit.creatinine." + name();
    }

    @Override
    public String slipWarningKey() {
        return "eligibility.warning.unit-slip.creatinine." + name();
    }
}
