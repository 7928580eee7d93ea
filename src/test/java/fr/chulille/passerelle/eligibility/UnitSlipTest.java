package fr.chulille.passerelle.eligibility;

import static fr.chulille.passerelle.eligibility.Patients.YEAR;
import static fr.chulille.passerelle.eligibility.Patients.eligibleMan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A laboratory value far more likely typed in the other unit is caught in both directions, as a warning
 * beside its field that never blocks: the value stays valid and is judged as typed.
 */
class UnitSlipTest {

    @ParameterizedTest(name = "{0} {1} {2} → warning")
    @CsvSource({
            "platelets, 45, PER_MICROLITRE, 'did you mean 45 G/L?'",
            "platelets, 30.5, PER_MICROLITRE, 'did you mean 30.5 G/L?'",
            "platelets, 5000, GIGA_PER_LITRE, 'did you mean 5,000/µL?'",
            "lymphocytes, 0.3, PER_MICROLITRE, 'did you mean 0.3 G/L?'",
            "lymphocytes, 150, GIGA_PER_LITRE, 'did you mean 150/µL?'",
            "creatinine, 1.2, MICROMOL_PER_L, 'did you mean 1.2 mg/dL?'",
            "creatinine, 35, MG_PER_DL, 'did you mean 35 µmol/L?'",
            "bilirubin, 0.8, MICROMOL_PER_L, 'did you mean 0.8 mg/dL?'",
            "bilirubin, 40, MG_PER_DL, 'did you mean 40 µmol/L?'"})
    void aLikelySlipIsAWarningThatDoesNotBlock(String field, String value, String unit, String text) {
        ClinicalFacts facts = with(field, value, unit).apply(eligibleMan()).build();

        ValidationResult result = FactsValidator.validate(facts, YEAR);

        assertThat(result.isValid()).isTrue();
        Fact fact = fact(field);
        assertThat(result.warningsFor(fact)).singleElement()
                .satisfies(warning -> assertThat(IcuFormattingTest.format("en", warning.message())).contains(text));
        assertThat(EligibilityEngine.evaluate(facts, YEAR).evaluations())
                .filteredOn(evaluation -> evaluation.criterion().facts().contains(fact))
                .allSatisfy(evaluation -> assertThat(evaluation.missingFacts()).doesNotContain(fact));
    }

    @ParameterizedTest(name = "{0} {1} {2} → no warning")
    @CsvSource({
            "platelets, 45, GIGA_PER_LITRE", "platelets, 45000, PER_MICROLITRE", "lymphocytes, 0.3, GIGA_PER_LITRE",
            "lymphocytes, 300, PER_MICROLITRE", "creatinine, 80, MICROMOL_PER_L", "creatinine, 1.2, MG_PER_DL",
            "bilirubin, 12, MICROMOL_PER_L", "bilirubin, 0.8, MG_PER_DL"})
    void anUsualValueGivesNoWarning(String field, String value, String unit) {
        ClinicalFacts facts = with(field, value, unit).apply(eligibleMan()).build();

        assertThat(FactsValidator.validate(facts, YEAR).warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fr", "en"})
    void theWarningReadsInBothLanguages(String language) {
        ClinicalFacts facts = eligibleMan().platelets(Measurement.of("45", CellCountUnit.PER_MICROLITRE)).build();

        String text = IcuFormattingTest.format(language, FactsValidator.validate(facts, YEAR).warnings().getFirst().message());

        assertThat(text).startsWith("45/µL").contains("45 G/L");
    }

    private static Fact fact(String field) {
        return switch (field) {
            case "platelets" -> Fact.PLATELETS;
            case "lymphocytes" -> Fact.LYMPHOCYTES;
            case "creatinine" -> Fact.CREATININE;
            default -> Fact.BILIRUBIN;
        };
    }

    private static UnaryOperator<ClinicalFacts.Builder> with(String field, String value, String unit) {
        return switch (field) {
            case "platelets" -> b -> b.platelets(Measurement.of(value, CellCountUnit.valueOf(unit)));
            case "lymphocytes" -> b -> b.lymphocytes(Measurement.of(value, CellCountUnit.valueOf(unit)));
            case "creatinine" -> b -> b.creatinine(Measurement.of(value, CreatinineUnit.valueOf(unit)));
            default -> b -> b.bilirubin(Measurement.of(value, BilirubinUnit.valueOf(unit)));
        };
    }
}
