package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A Cockcroft-Gault result with the figures it was computed from, so that the formula can be shown:
 * "(140 − 60) × 70 / (72 × 1.0) = 77.8 mL/min".
 *
 * @param mlPerMin the exact (unrounded) clearance
 */
public record CreatinineClearanceEstimate(int ageYears, Sex sex, BigDecimal weightKg, BigDecimal creatinineMgPerDl,
                                          BigDecimal mlPerMin) {

    /** The worked formula, clearance rounded to 0.1 mL/min. */
    public Message formula() {
        return MessageKey.FORMULA_COCKCROFT_GAULT.with(formulaArgs(mlPerMin.setScale(1, RoundingMode.HALF_UP)));
    }

    /** ICU arguments age, weight, creatinine (mg/dL), sex ("female" or "male") and clearance. */
    Object[] formulaArgs(BigDecimal shownClearance) {
        return new Object[] {
                "age", ageYears,
                "weight", weightKg,
                "creatinine", creatinineMgPerDl.setScale(3, RoundingMode.HALF_UP),
                "sex", sex == Sex.FEMALE ? "female" : "male",
                "clearance", shownClearance};
    }
}
