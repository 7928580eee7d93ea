package fr.chulille.passerelle.hostile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fr.chulille.passerelle.referral.ChoiceSelect;
import fr.chulille.passerelle.referral.ChoiceSelectTester;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers in the wrong unit or in a form no laboratory writes. A value no patient can have in the unit
 * chosen (30 000 G/L of platelets, 80 mg/dL of creatinine…) is refused beside its field with a
 * translated "check the unit" message giving the possible range in that unit, and its criterion stays
 * "to confirm"; negative values, text that is no number ("1.2.5", "NaN") and absurd exponents
 * ("1e-99999999") are refused too, never crash nor hang the pre-check; the decimal separator follows
 * the page's language ("1,5" in French, "1.5" in English). A value possible in its unit (25 mg/dL of
 * bilirubin) is kept and judged by the pre-check. Refused values block sending, as every impossible
 * value does, and every value typed is kept.
 */
class WrongUnitInputTest extends ReferralJourney {

    static Stream<Arguments> impossibleInTheirUnit() {
        return Stream.of(
                Arguments.of("platelets", "30000", "G/L", "0 to 10,000", "INC-09", "/µL"),
                Arguments.of("platelets", "20000000", "/µL", "0 to 10,000,000", "INC-09", null),
                Arguments.of("lymphocytes", "350000", "G/L", "0 to 2,000", "INC-10", "/µL"),
                Arguments.of("creatinine", "80", "mg/dL", "0.05 to 50", "INC-11", "µmol/L"),
                Arguments.of("bilirubin", "2000", "µmol/L", "0 to 1,710", "INC-13", null),
                Arguments.of("bilirubin", "150", "mg/dL", "0 to 100", "INC-13", "µmol/L"),
                Arguments.of("alt", "5000", "× ULN", "0 to 1,000", "INC-12", "U/L"));
    }

    @ParameterizedTest(name = "{1} {2} of {0}")
    @MethodSource("impossibleInTheirUnit")
    void aValueImpossibleInItsUnitAsksToCheckTheUnitInBothLanguagesAndIsLeftToConfirm(
            String fact, String value, String unit, String range, String criterion, String rightUnit) {
        long before = referrals.count();
        openForm(Locale.ENGLISH);
        fill(validValues());
        enterLab(fact, value, unit);

        assertThat(field(fact + "-value").getErrorMessage())
                .isEqualTo("Impossible in this unit (possible values: " + range + "): check the unit.");
        assertThat(outcome(criterion)).isEqualTo("unknown");
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(field(fact + "-value").getErrorMessage()).startsWith("Impossible dans cette unité (valeurs possibles")
                .endsWith("vérifiez l'unité.");

        assertThat(send()).isEmpty();
        assertRefused(before);
        assertThat(valueOf(fact + "-value")).isEqualTo(new BigDecimal(value));
        assertThat(valueOf("referrerName")).isEqualTo(validValues().get("referrerName"));

        if (rightUnit != null) {
            UI.getCurrent().setLocale(Locale.ENGLISH);
            selectUnit(fact, rightUnit);
            assertThat(field(fact + "-value").isInvalid()).as("in " + rightUnit).isFalse();
        }
    }

    @Test
    void plateletsTypedInTheWrongUnitAreSentOnceTheUnitIsRight() {
        openForm(Locale.ENGLISH);
        fill(validValues());
        enterLab("platelets", "45000", "G/L");
        assertThat(send()).isEmpty();

        selectUnit("platelets", "/µL");

        assertThat(outcome("INC-09")).isEqualTo("met");
        String reference = send().orElseThrow();
        assertThat(stored(reference).getClinicalFactsJson()).contains("\"platelets\":{\"value\":45000,\"unit\":\"PER_MICROLITRE\"}");
    }

    /** A slip in the other direction (45 platelets "per µL", creatinine 1.2 "µmol/L") is a warning: it never blocks. */
    @ParameterizedTest(name = "{1} {2} of {0}")
    @CsvSource(delimiter = '|', value = {
            "platelets | 45 | /µL | 45/µL is far too low for this count: did you mean 45 G/L? Check the unit.",
            "lymphocytes | 0.3 | /µL | 0.3/µL is far too low for this count: did you mean 0.3 G/L? Check the unit.",
            "creatinine | 1.2 | µmol/L | 1.2 µmol/L is far too low for a serum creatinine: did you mean 1.2 mg/dL? Check the unit.",
            "bilirubin | 0.8 | µmol/L | 0.8 µmol/L is far too low for a total bilirubin: did you mean 0.8 mg/dL? Check the unit."})
    void aLikelySlipIsAWarningBesideTheFieldThatNeverBlocksSending(String fact, String value, String unit, String warning) {
        openForm(Locale.ENGLISH);
        fill(validValues());
        enterLab(fact, value, unit);

        BigDecimalField input = (BigDecimalField) field(fact + "-value");
        assertThat(input.isInvalid()).isFalse();
        assertThat(input.getHelperText()).isEqualTo(warning);
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(input.getHelperText()).contains("vouliez-vous dire").endsWith("Vérifiez l'unité.");

        assertThat(send()).isPresent();
    }

    @Test
    void aHighButPossibleValueIsKeptAndJudgedByThePreCheck() {
        openForm(Locale.ENGLISH);
        enterLab("bilirubin", "25", "mg/dL");

        assertThat(field("bilirubin-value").isInvalid()).isFalse();
        assertThat(outcome("INC-13")).as("Gilbert's syndrome not stated").isEqualTo("unknown");
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "platelets | G/L    | -5 | The value cannot be negative.",
            "creatinine | µmol/L | 0 | The value must be greater than zero.",
            "platelets | /µL    | 1e-99999999 | Use at most 6 decimal places.",
            "platelets | G/L    | 1e99999999 | Impossible in this unit (possible values: 0 to 10,000): check the unit.",
            "bilirubin | mg/dL  | 1.5000001 | Use at most 6 decimal places."})
    @Timeout(30)
    void negativeZeroAndAbsurdExponentsAreRefusedWithoutHangingThePreCheck(String fact, String unit, String typed, String message) {
        openForm(Locale.ENGLISH);
        selectUnit(fact, unit);

        typeNumber(fact + "-value", typed);

        assertThat(field(fact + "-value").getErrorMessage()).isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "weightKg | 1.2.5", "weightKg | NaN", "weightKg | 70 kg", "cd19PercentOfBlasts | 1,5,0", "platelets-value | --3"})
    void textThatIsNoNumberIsRefusedBesideItsFieldInBothLanguagesAndKeptAsTyped(String field, String typed) {
        long before = referrals.count();
        openForm(Locale.ENGLISH);
        fill(validValues());

        typeNumber(field, typed);

        assertThat(field(field).isInvalid()).isTrue();
        assertThat(field(field).getErrorMessage()).isEqualTo("Enter a number, for example 1.5.");
        assertThat(send()).isEmpty();
        assertRefused(before);
        assertThat(find(Component.class).id(field).getElement().getProperty("value")).as("the text typed").isEqualTo(typed);
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(field(field).getErrorMessage()).isEqualTo("Saisissez un nombre, par exemple 1,5.");
    }

    @Test
    void theDecimalSeparatorFollowsTheLanguageOfThePage() {
        openForm(Locale.FRENCH);
        typeNumber("weightKg", "70,5");
        assertThat(valueOf("weightKg")).isEqualTo(new BigDecimal("70.5"));

        UI.getCurrent().setLocale(Locale.ENGLISH);
        typeNumber("weightKg", "71.5");
        assertThat(valueOf("weightKg")).isEqualTo(new BigDecimal("71.5"));

        UI.getCurrent().setLocale(Locale.FRENCH);
        typeNumber("lifeExpectancyMonths", "2,5");
        assertThat(valueOf("lifeExpectancyMonths")).isEqualTo(new BigDecimal("2.5"));
        assertThat(outcome("INC-06")).isEqualTo("met");
    }

    @Test
    void anExponentTypedByAClientIsReadAsTheNumberItMeans() {
        openForm(Locale.ENGLISH);

        typeNumber("weightKg", "7e1");
        assertThat((BigDecimal) valueOf("weightKg")).isEqualByComparingTo("70");
        assertThat(field("weightKg").isInvalid()).isFalse();

        typeNumber("weightKg", "1e9");
        assertThat(field("weightKg").getErrorMessage()).isEqualTo("The value cannot exceed 400.");
    }

    @SuppressWarnings("unchecked")
    private void selectUnit(String fact, String unit) {
        ChoiceSelectTester.of(find(ChoiceSelect.class).id(fact + "-unit")).selectItem(unit);
    }

    private void enterLab(String fact, String value, String unit) {
        selectUnit(fact, unit);
        typeNumber(fact + "-value", value);
    }

    private String outcome(String criterion) {
        return find(Component.class).id("criterion-" + criterion).getElement().getAttribute("data-outcome");
    }
}
