package fr.chulille.passerelle.eligibility;

import static fr.chulille.passerelle.eligibility.Patients.YEAR;
import static fr.chulille.passerelle.eligibility.Patients.dec;
import static fr.chulille.passerelle.eligibility.Patients.eligibleMan;
import static fr.chulille.passerelle.eligibility.Patients.eligibleWoman;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FactsValidatorTest {

    @Test
    void plausiblePatientsAndEmptyFactsAreValid() {
        assertThat(FactsValidator.validate(eligibleMan().build(), YEAR).isValid()).isTrue();
        assertThat(FactsValidator.validate(eligibleWoman().build(), YEAR).isValid()).isTrue();
        assertThat(FactsValidator.validate(ClinicalFacts.empty(), YEAR).problems()).isEmpty();
    }

    private static Arguments invalid(String name, UnaryOperator<ClinicalFacts.Builder> change, Fact field, String key) {
        return Arguments.of(name, change, field, key);
    }

    static Stream<Arguments> impossibleValues() {
        return Stream.of(
                invalid("negative age", b -> b.ageYears(-1), Fact.AGE_YEARS, "eligibility.validation.range"),
                invalid("age 131", b -> b.ageYears(131), Fact.AGE_YEARS, "eligibility.validation.range"),
                invalid("birth year in the future", b -> b.ageYears(null).birthYear(YEAR + 1), Fact.BIRTH_YEAR, "eligibility.validation.year-in-future"),
                invalid("birth year 1890", b -> b.ageYears(null).birthYear(1890), Fact.BIRTH_YEAR, "eligibility.validation.year-too-old"),
                invalid("age disagreeing with birth year", b -> b.ageYears(40).birthYear(2000), Fact.AGE_YEARS, "eligibility.validation.age-birth-year-mismatch"),
                invalid("negative weight", b -> b.weightKg(dec("-70")), Fact.WEIGHT_KG, "eligibility.validation.positive"),
                invalid("zero weight", b -> b.weightKg(dec("0")), Fact.WEIGHT_KG, "eligibility.validation.positive"),
                invalid("weight 401 kg", b -> b.weightKg(dec("401")), Fact.WEIGHT_KG, "eligibility.validation.maximum"),
                invalid("CD19 above 100 %", b -> b.cd19PercentOfBlasts(dec("100.1")), Fact.CD19_PERCENT_OF_BLASTS, "eligibility.validation.range"),
                invalid("negative CD19", b -> b.cd19PercentOfBlasts(dec("-1")), Fact.CD19_PERCENT_OF_BLASTS, "eligibility.validation.range"),
                invalid("negative induction courses", b -> b.inductionCourses(-1), Fact.INDUCTION_COURSES, "eligibility.validation.not-negative"),
                invalid("ECOG 6", b -> b.ecog(6), Fact.ECOG, "eligibility.validation.range"),
                invalid("ECOG -1", b -> b.ecog(-1), Fact.ECOG, "eligibility.validation.range"),
                invalid("negative life expectancy", b -> b.lifeExpectancyMonths(dec("-1")), Fact.LIFE_EXPECTANCY_MONTHS, "eligibility.validation.not-negative"),
                invalid("toxicity grade 6", b -> b.worstPriorToxicityGrade(6), Fact.WORST_PRIOR_TOXICITY_GRADE, "eligibility.validation.range"),
                invalid("negative platelets", b -> b.platelets(Measurement.of("-1", CellCountUnit.GIGA_PER_LITRE)), Fact.PLATELETS, "eligibility.validation.not-negative"),
                invalid("negative lymphocytes", b -> b.lymphocytes(Measurement.of("-5", CellCountUnit.PER_MICROLITRE)), Fact.LYMPHOCYTES, "eligibility.validation.not-negative"),
                invalid("zero creatinine", b -> b.creatinine(Measurement.of("0", CreatinineUnit.MG_PER_DL)), Fact.CREATININE, "eligibility.validation.positive"),
                invalid("negative measured clearance", b -> b.measuredCreatinineClearance(dec("-1")), Fact.MEASURED_CREATININE_CLEARANCE, "eligibility.validation.not-negative"),
                invalid("negative ALT", b -> b.alt(LiverEnzyme.timesUpperLimit("-1")), Fact.ALT, "eligibility.validation.not-negative"),
                invalid("AST with zero upper limit", b -> b.ast(LiverEnzyme.unitsPerLitre("30", "0")), Fact.AST, "eligibility.validation.upper-limit-of-normal-positive"),
                invalid("negative bilirubin", b -> b.bilirubin(Measurement.of("-1", BilirubinUnit.MICROMOL_PER_L)), Fact.BILIRUBIN, "eligibility.validation.not-negative"),
                invalid("LVEF above 100 %", b -> b.lvefPercent(dec("101")), Fact.LVEF_PERCENT, "eligibility.validation.range"),
                invalid("SpO2 above 100 %", b -> b.spo2RoomAirPercent(dec("100.5")), Fact.SPO2_ROOM_AIR_PERCENT, "eligibility.validation.range"),
                invalid("man of childbearing potential", b -> b.childbearingPotential(Answer.YES), Fact.CHILDBEARING_POTENTIAL, "eligibility.validation.childbearing-potential-male"),
                invalid("platelets typed in /µL with G/L chosen", b -> b.platelets(Measurement.of("30000", CellCountUnit.GIGA_PER_LITRE)), Fact.PLATELETS, "eligibility.validation.check-unit"),
                invalid("lymphocytes 2 001 G/L", b -> b.lymphocytes(Measurement.of("2001", CellCountUnit.GIGA_PER_LITRE)), Fact.LYMPHOCYTES, "eligibility.validation.check-unit"),
                invalid("creatinine typed in µmol/L with mg/dL chosen", b -> b.creatinine(Measurement.of("80", CreatinineUnit.MG_PER_DL)), Fact.CREATININE, "eligibility.validation.check-unit"),
                invalid("bilirubin 2 000 µmol/L", b -> b.bilirubin(Measurement.of("2000", BilirubinUnit.MICROMOL_PER_L)), Fact.BILIRUBIN, "eligibility.validation.check-unit"),
                invalid("ALT 5 000 × ULN", b -> b.alt(LiverEnzyme.timesUpperLimit("5000")), Fact.ALT, "eligibility.validation.check-unit"),
                invalid("AST with an upper limit of 1E+999999999 U/L", b -> b.ast(LiverEnzyme.unitsPerLitre("40", "1E+999999999")), Fact.AST, "eligibility.validation.maximum"),
                invalid("life expectancy 1 201 months", b -> b.lifeExpectancyMonths(dec("1201")), Fact.LIFE_EXPECTANCY_MONTHS, "eligibility.validation.maximum"),
                invalid("measured clearance 501 mL/min", b -> b.measuredCreatinineClearance(dec("501")), Fact.MEASURED_CREATININE_CLEARANCE, "eligibility.validation.maximum"),
                invalid("platelets 1E+999999999 /µL", b -> b.platelets(Measurement.of("1E+999999999", CellCountUnit.PER_MICROLITRE)), Fact.PLATELETS, "eligibility.validation.check-unit"),
                invalid("platelets 1E-999999999 /µL", b -> b.platelets(Measurement.of("1E-999999999", CellCountUnit.PER_MICROLITRE)), Fact.PLATELETS, "eligibility.validation.decimals"),
                invalid("weight with 7 decimals", b -> b.weightKg(dec("70.1234567")), Fact.WEIGHT_KG, "eligibility.validation.decimals"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("impossibleValues")
    void impossibleValueIsReportedBesideItsField(String name, UnaryOperator<ClinicalFacts.Builder> change, Fact field, String key) {
        ValidationResult result = FactsValidator.validate(change.apply(eligibleMan()).build(), YEAR);

        assertThat(result.isValid()).isFalse();
        assertThat(result.invalidFacts()).contains(field);
        assertThat(result.problemsFor(field)).extracting(problem -> problem.message().key()).contains(key);
    }

    @ParameterizedTest(name = "{0}: engine does not crash and never concludes on it")
    @MethodSource("impossibleValues")
    void engineTreatsImpossibleValuesAsUnknown(String name, UnaryOperator<ClinicalFacts.Builder> change, Fact field, String key) {
        PreCheckResult result = EligibilityEngine.evaluate(change.apply(eligibleMan()).build(), YEAR);

        assertThat(result.evaluations()).filteredOn(evaluation -> evaluation.criterion().facts().contains(field))
                .isNotEmpty()
                .allSatisfy(evaluation -> assertThat(evaluation.outcome()).as(evaluation.id()).isNotEqualTo(Outcome.NOT_MET));
        assertThat(result.advice().kind()).isNotEqualTo(AdviceKind.PROBABLY_NOT_ELIGIBLE);
    }

    @Test
    void impossibleEcogIsNeverMet() {
        assertThat(Patients.evaluate(eligibleMan().ecog(-1), "INC-05").outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(Patients.evaluate(eligibleMan().cd19PercentOfBlasts(dec("150")), "INC-02").outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(Patients.evaluate(eligibleMan().creatinine(Measurement.of("0", CreatinineUnit.MICROMOL_PER_L)), "INC-11")
                .outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void boundariesOfPlausibleRangesAreValid() {
        ClinicalFacts facts = eligibleMan().ageYears(null).birthYear(YEAR).cd19PercentOfBlasts(dec("100")).ecog(5)
                .worstPriorToxicityGrade(0).lvefPercent(dec("100")).spo2RoomAirPercent(dec("100")).weightKg(dec("400"))
                .platelets(Measurement.of("0", CellCountUnit.PER_MICROLITRE)).lifeExpectancyMonths(dec("0")).build();
        ClinicalFacts highest = eligibleMan().platelets(Measurement.of("10000", CellCountUnit.GIGA_PER_LITRE))
                .lymphocytes(Measurement.of("2000000", CellCountUnit.PER_MICROLITRE))
                .creatinine(Measurement.of("4420", CreatinineUnit.MICROMOL_PER_L))
                .bilirubin(Measurement.of("100", BilirubinUnit.MG_PER_DL)).alt(LiverEnzyme.timesUpperLimit("1000"))
                .ast(LiverEnzyme.unitsPerLitre("100000", "1000")).weightKg(dec("70.123456"))
                .lifeExpectancyMonths(dec("1200")).measuredCreatinineClearance(dec("500")).build();
        ClinicalFacts lowest = eligibleMan().creatinine(Measurement.of("0.05", CreatinineUnit.MG_PER_DL)).build();

        assertThat(FactsValidator.validate(highest, YEAR).problems()).isEmpty();
        assertThat(FactsValidator.validate(lowest, YEAR).problems()).isEmpty();

        assertThat(FactsValidator.validate(facts, YEAR).problems()).isEmpty();
    }

    @Test
    void aValueImpossibleInItsUnitGivesThePossibleRangeInThatUnit() {
        ValidationResult perMicrolitre = FactsValidator.validate(eligibleMan()
                .creatinine(Measurement.of("5000", CreatinineUnit.MICROMOL_PER_L)).build(), YEAR);
        ValidationResult perDecilitre = FactsValidator.validate(eligibleMan()
                .creatinine(Measurement.of("80", CreatinineUnit.MG_PER_DL)).build(), YEAR);

        assertThat(perMicrolitre.problemsFor(Fact.CREATININE)).singleElement().satisfies(problem -> assertThat(problem.message().args())
                .containsEntry("min", new java.math.BigDecimal("0.0")).containsEntry("max", new java.math.BigDecimal("4420.0")));
        assertThat(perDecilitre.problemsFor(Fact.CREATININE)).singleElement().satisfies(problem -> assertThat(problem.message().args())
                .containsEntry("min", new java.math.BigDecimal("0.05")).containsEntry("max", new java.math.BigDecimal("50")));
    }

    @Test
    void rangeProblemCarriesItsBounds() {
        ValidationResult result = FactsValidator.validate(eligibleMan().ecog(7).build(), YEAR);

        assertThat(result.problemsFor(Fact.ECOG)).singleElement()
                .satisfies(problem -> assertThat(problem.message().args()).containsEntry("min", 0).containsEntry("max", 5));
    }

    @Test
    void ageAndBirthYearDisagreeingAreBothSetAside() {
        ValidationResult result = FactsValidator.validate(eligibleMan().ageYears(40).birthYear(2000).build(), YEAR);

        assertThat(result.invalidFacts()).containsExactlyInAnyOrder(Fact.AGE_YEARS, Fact.BIRTH_YEAR);
        assertThat(result.problemsFor(Fact.BIRTH_YEAR).getFirst().message().args())
                .containsEntry("birthYear", "2000").containsEntry("youngest", 24).containsEntry("oldest", 25);
        assertThat(FactsValidator.validate(eligibleMan().ageYears(24).birthYear(2000).build(), YEAR).isValid()).isTrue();
        assertThat(FactsValidator.validate(eligibleMan().ageYears(25).birthYear(2000).build(), YEAR).isValid()).isTrue();
    }
}
