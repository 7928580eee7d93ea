package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;
import java.math.MathContext;

/** CrCl (mL/min) = (140 − age) × weight (kg) / (72 × serum creatinine (mg/dL)), × 0.85 for women. */
public final class CockcroftGault {

    static final BigDecimal FEMALE_FACTOR = new BigDecimal("0.85");
    private static final BigDecimal CREATININE_FACTOR = new BigDecimal("72");
    private static final int AGE_FROM = 140;

    private CockcroftGault() {
    }

    /** @throws IllegalArgumentException if creatinine is not positive (the validator rejects it first) */
    public static CreatinineClearanceEstimate estimate(int ageYears, Sex sex, BigDecimal weightKg,
                                                       Measurement<CreatinineUnit> creatinine) {
        BigDecimal creatinineMgPerDl = creatinine.inProtocolUnit();
        if (creatinineMgPerDl.signum() <= 0) {
            throw new IllegalArgumentException("serum creatinine must be positive: " + creatinine);
        }
        BigDecimal numerator = BigDecimal.valueOf(AGE_FROM - ageYears).multiply(weightKg);
        if (sex == Sex.FEMALE) {
            numerator = numerator.multiply(FEMALE_FACTOR);
        }
        BigDecimal clearance = numerator.divide(CREATININE_FACTOR.multiply(creatinineMgPerDl), MathContext.DECIMAL128);
        return new CreatinineClearanceEstimate(ageYears, sex, weightKg, creatinineMgPerDl, clearance);
    }
}
