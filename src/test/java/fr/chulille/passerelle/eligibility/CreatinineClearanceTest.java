package fr.chulille.passerelle.eligibility;

import static fr.chulille.passerelle.eligibility.Patients.dec;
import static fr.chulille.passerelle.eligibility.Patients.eligibleMan;
import static fr.chulille.passerelle.eligibility.Patients.evaluate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreatinineClearanceTest {

    private static final Measurement<CreatinineUnit> ONE_MG_PER_DL = Measurement.of("1.0", CreatinineUnit.MG_PER_DL);

    @Test
    void manOf60Weighing70KgWithCreatinine1MgPerDl() {
        CreatinineClearanceEstimate estimate = CockcroftGault.estimate(60, Sex.MALE, dec("70"), ONE_MG_PER_DL);

        assertThat(estimate.mlPerMin().setScale(2, RoundingMode.HALF_UP)).isEqualTo(dec("77.78"));
        assertThat(estimate.mlPerMin()).isEqualByComparingTo(dec("5600").divide(dec("72"), MathContext.DECIMAL128));
    }

    @Test
    void sameManWithCreatinineIn88Point4MicromolPerLitre() {
        CreatinineClearanceEstimate estimate = CockcroftGault.estimate(60, Sex.MALE, dec("70"),
                Measurement.of("88.4", CreatinineUnit.MICROMOL_PER_L));

        assertThat(estimate.creatinineMgPerDl()).isEqualByComparingTo("1");
        assertThat(estimate.mlPerMin().setScale(2, RoundingMode.HALF_UP)).isEqualTo(dec("77.78"));
    }

    @Test
    void womanGetsFactor085() {
        CreatinineClearanceEstimate man = CockcroftGault.estimate(60, Sex.MALE, dec("70"), ONE_MG_PER_DL);
        CreatinineClearanceEstimate woman = CockcroftGault.estimate(60, Sex.FEMALE, dec("70"), ONE_MG_PER_DL);

        assertThat(woman.mlPerMin().setScale(2, RoundingMode.HALF_UP)).isEqualTo(dec("66.11"));
        // 80 × 70 × 0.85 / 72 = 4760 / 72
        assertThat(woman.mlPerMin()).isEqualByComparingTo(dec("4760").divide(dec("72"), MathContext.DECIMAL128));
        assertThat(woman.mlPerMin()).isLessThan(man.mlPerMin());
    }

    @Test
    void formulaArgumentsShowTheWorkedComputation() {
        Message formula = CockcroftGault.estimate(60, Sex.MALE, dec("70"), ONE_MG_PER_DL).formula();

        assertThat(formula.key()).isEqualTo("eligibility.formula.cockcroft-gault");
        assertThat(formula.args())
                .containsEntry("age", 60)
                .containsEntry("weight", dec("70"))
                .containsEntry("creatinine", dec("1.000"))
                .containsEntry("sex", "male")
                .containsEntry("clearance", dec("77.8"));
        assertThat(CockcroftGault.estimate(60, Sex.FEMALE, dec("70"), ONE_MG_PER_DL).formula().args())
                .containsEntry("sex", "female").containsEntry("clearance", dec("66.1"));
    }

    @Test
    void creatinineMustBePositive() {
        assertThatThrownBy(() -> CockcroftGault.estimate(60, Sex.MALE, dec("70"), Measurement.of("0", CreatinineUnit.MG_PER_DL)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Man of 60 weighing 72 kg: CrCl = 80 / creatinine (mg/dL), exactly 40 at 2.0 mg/dL = 176.8 µmol/L. */
    @ParameterizedTest(name = "man, creatinine {0} {1} → {2}")
    @CsvSource({
            "1.0, MG_PER_DL, MET",
            "2.0, MG_PER_DL, MET",
            "2.001, MG_PER_DL, NOT_MET",
            "176.8, MICROMOL_PER_L, MET",
            "176.81, MICROMOL_PER_L, NOT_MET",
            "300, MICROMOL_PER_L, NOT_MET"})
    void estimatedClearanceAtLeast40ForAMan(String creatinine, CreatinineUnit unit, Outcome expected) {
        ClinicalFacts.Builder facts = eligibleMan().ageYears(60).weightKg(dec("72")).creatinine(Measurement.of(creatinine, unit));

        CriterionEvaluation evaluation = evaluate(facts, "INC-11");

        assertThat(evaluation.outcome()).isEqualTo(expected);
        assertThat(evaluation.reason().key()).startsWith("eligibility.reason.creatinine-clearance.estimated.");
    }

    /** Woman of 60 weighing 72 kg: CrCl = 68 / creatinine (mg/dL), exactly 40 at 1.7 mg/dL = 150.28 µmol/L. */
    @ParameterizedTest(name = "woman, creatinine {0} {1} → {2}")
    @CsvSource({
            "1.7, MG_PER_DL, MET",
            "1.701, MG_PER_DL, NOT_MET",
            "150.28, MICROMOL_PER_L, MET",
            "150.29, MICROMOL_PER_L, NOT_MET"})
    void estimatedClearanceAtLeast40ForAWoman(String creatinine, CreatinineUnit unit, Outcome expected) {
        ClinicalFacts.Builder facts = Patients.eligibleWoman().birthYear(null).ageYears(60).weightKg(dec("72"))
                .creatinine(Measurement.of(creatinine, unit));

        assertThat(evaluate(facts, "INC-11").outcome()).isEqualTo(expected);
    }

    @Test
    void reasonCarriesTheFormulaArguments() {
        ClinicalFacts.Builder facts = eligibleMan().ageYears(60).weightKg(dec("70")).creatinine(ONE_MG_PER_DL);

        Message reason = evaluate(facts, "INC-11").reason();

        assertThat(reason.key()).isEqualTo("eligibility.reason.creatinine-clearance.estimated.met");
        assertThat(reason.args()).containsEntry("age", 60).containsEntry("sex", "male").containsEntry("clearance", dec("77.8"));
    }

    @Test
    void valueJustBelow40NeverShowsAs40() {
        ClinicalFacts.Builder facts = eligibleMan().ageYears(60).weightKg(dec("72"))
                .creatinine(Measurement.of("2.001", CreatinineUnit.MG_PER_DL));

        assertThat(evaluate(facts, "INC-11").reason().args()).containsEntry("clearance", dec("39.9"));
    }

    /**
     * The record says "as estimated by Cockcroft Gault": with its inputs present, Cockcroft-Gault decides and a
     * measured 24-hour urine clearance is only shown beside it; on the other side of 40 mL/min it leaves the
     * criterion to confirm. An eGFR typed there can therefore never turn a failing Cockcroft-Gault into "met".
     */
    @ParameterizedTest(name = "Cockcroft-Gault {0}, measured {1} mL/min → {2}")
    @CsvSource({
            "77.8, 45, MET, eligibility.reason.creatinine-clearance.estimated.met.with-measured",
            "77.8, 39.9, UNKNOWN, eligibility.reason.creatinine-clearance.estimated-and-measured-disagree",
            "17.5, 45, UNKNOWN, eligibility.reason.creatinine-clearance.estimated-and-measured-disagree",
            "17.5, 30, NOT_MET, eligibility.reason.creatinine-clearance.estimated.not-met.with-measured"})
    void cockcroftGaultDecidesAndAMeasuredClearanceIsShownBeside(String cockcroftGault, String measured,
                                                                Outcome expected, String reasonKey) {
        // 60 years, 70 kg: 1.0 mg/dL gives 77.8 mL/min, 4.42 mg/dL (391 µmol/L) 17.5 mL/min
        Measurement<CreatinineUnit> creatinine = cockcroftGault.equals("77.8") ? ONE_MG_PER_DL
                : Measurement.of("4.42", CreatinineUnit.MG_PER_DL);
        ClinicalFacts.Builder facts = eligibleMan().ageYears(60).weightKg(dec("70")).creatinine(creatinine)
                .measuredCreatinineClearance(dec(measured));

        CriterionEvaluation evaluation = evaluate(facts, "INC-11");

        assertThat(evaluation.outcome()).isEqualTo(expected);
        assertThat(evaluation.reason().key()).isEqualTo(reasonKey);
        assertThat(evaluation.reason().args()).containsEntry("clearance", dec(cockcroftGault))
                .containsKey("measured").containsEntry("limit", dec("40"));
    }

    @Test
    void aMeasuredClearanceAloneIsToConfirmNamingWhatCockcroftGaultNeeds() {
        CriterionEvaluation evaluation = evaluate(ClinicalFacts.builder().measuredCreatinineClearance(dec("55")), "INC-11");

        assertThat(evaluation.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(evaluation.reason().key()).isEqualTo("eligibility.reason.creatinine-clearance.measured-only");
        assertThat(evaluation.reason().args()).containsEntry("measured", dec("55.0"));
        assertThat(evaluation.missingFacts()).containsExactly(Fact.AGE_YEARS, Fact.SEX, Fact.WEIGHT_KG, Fact.CREATININE);
    }

    @Test
    void missingInputsAreNamed() {
        CriterionEvaluation nothing = evaluate(ClinicalFacts.empty(), "INC-11");
        CriterionEvaluation noWeight = evaluate(eligibleMan().weightKg(null), "INC-11");

        assertThat(nothing.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(nothing.reason().key()).isEqualTo("eligibility.reason.creatinine-clearance.missing");
        assertThat(nothing.missingFacts()).containsExactly(Fact.AGE_YEARS, Fact.SEX, Fact.WEIGHT_KG, Fact.CREATININE);
        assertThat(noWeight.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(noWeight.missingFacts()).containsExactly(Fact.WEIGHT_KG);
        assertThat(evaluate(eligibleMan().creatinine(null), "INC-11").missingFacts()).containsExactly(Fact.CREATININE);
        assertThat(evaluate(eligibleMan().sex(null), "INC-11").missingFacts()).containsExactly(Fact.SEX);
    }

    @Test
    void birthYearStraddlingTheThresholdIsToConfirm() {
        // 72 kg, 2.0 mg/dL: 40.0 mL/min at 60 years, 39.5 at 61; born 1964 → 60 or 61 in 2025.
        ClinicalFacts.Builder facts = eligibleMan().ageYears(null).birthYear(1964).weightKg(dec("72"))
                .creatinine(Measurement.of("2.0", CreatinineUnit.MG_PER_DL));

        CriterionEvaluation evaluation = evaluate(facts, "INC-11");

        assertThat(evaluation.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(evaluation.reason().key()).isEqualTo("eligibility.reason.creatinine-clearance.age-to-confirm");
        assertThat(evaluation.reason().args()).containsEntry("low", dec("39.5")).containsEntry("high", dec("40.0"));
        assertThat(evaluation.missingFacts()).containsExactly(Fact.AGE_YEARS);
    }

    @Test
    void birthYearOnOneSideOfTheThresholdDecides() {
        ClinicalFacts.Builder facts = eligibleMan().ageYears(null).weightKg(dec("72"))
                .creatinine(Measurement.of("2.0", CreatinineUnit.MG_PER_DL));

        CriterionEvaluation born1966 = evaluate(facts.birthYear(1966), "INC-11");
        assertThat(born1966.outcome()).isEqualTo(Outcome.MET);
        assertThat(born1966.reason().args()).containsEntry("age", 59);
        CriterionEvaluation born1960 = evaluate(facts.birthYear(1960), "INC-11");
        assertThat(born1960.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(born1960.reason().args()).containsEntry("age", 64);
        assertThat((BigDecimal) born1960.reason().args().get("clearance")).isLessThan(dec("40"));
    }
}
