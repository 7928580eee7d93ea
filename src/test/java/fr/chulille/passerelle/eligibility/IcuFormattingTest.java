package fr.chulille.passerelle.eligibility;

import static fr.chulille.passerelle.eligibility.Patients.dec;
import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The app formats with ICU4J: every pattern must parse, and every produced message must format cleanly. */
class IcuFormattingTest {

    static String format(String language, Message message) {
        String pattern = TranslationsTest.load(language).getProperty(message.key());
        return new MessageFormat(pattern, new ULocale(language)).format(message.args());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyPatternParses(String language) {
        Properties properties = TranslationsTest.load(language);

        assertThat(properties.stringPropertyNames()).allSatisfy(key ->
                assertThat(new MessageFormat(properties.getProperty(key), new ULocale(language))).as(key).isNotNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void noApostropheQuotesABrace(String language) {
        Properties properties = TranslationsTest.load(language);

        assertThat(properties.stringPropertyNames()).allSatisfy(key ->
                assertThat(properties.getProperty(key)).as(key).doesNotContain("'{", "'}", "'#"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyProducedMessageFormatsWithAllItsArguments(String language) {
        assertThat(MessageCorpus.messages()).allSatisfy(message -> {
            String text = format(language, message);
            assertThat(text).as(message.key()).isNotBlank().doesNotContain("{", "}");
        });
    }

    @Test
    void cockcroftGaultFormulaReadsAsOnPaper() {
        Measurement<CreatinineUnit> creatinine = Measurement.of("1.0", CreatinineUnit.MG_PER_DL);
        Message man = CockcroftGault.estimate(60, Sex.MALE, dec("70"), creatinine).formula();
        Message woman = CockcroftGault.estimate(60, Sex.FEMALE, dec("70"), creatinine).formula();
        Message micromolar = CockcroftGault.estimate(60, Sex.MALE, dec("70"),
                Measurement.of("88.4", CreatinineUnit.MICROMOL_PER_L)).formula();

        assertThat(format("en", man)).isEqualTo("(140 − 60) × 70 / (72 × 1.0) = 77.8 mL/min");
        assertThat(format("en", micromolar)).isEqualTo("(140 − 60) × 70 / (72 × 1.0) = 77.8 mL/min");
        assertThat(format("en", woman)).isEqualTo("(140 − 60) × 70 / (72 × 1.0) × 0.85 = 66.1 mL/min");
        assertThat(format("fr", woman)).isEqualTo("(140 − 60) × 70 / (72 × 1,0) × 0,85 = 66,1 mL/min");
    }

    /** A non-breaking space belongs before French punctuation, never inside an ICU skeleton ("number, ::.0"). */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void noSkeletonIsBrokenByTypography(String language) {
        Properties properties = TranslationsTest.load(language);

        assertThat(properties.stringPropertyNames()).allSatisfy(key ->
                assertThat(properties.getProperty(key)).as(key).doesNotContain("\u00a0::").doesNotContain("\u202f::"));
    }

    @Test
    void theCockcroftGaultReasonReadsAsOnPaperInFrench() {
        Message reason = Patients.evaluate(Patients.eligibleMan().ageYears(60).weightKg(dec("70"))
                .creatinine(Measurement.of("1.0", CreatinineUnit.MG_PER_DL)).measuredCreatinineClearance(dec("35")), "INC-11").reason();

        assertThat(format("fr", reason)).isEqualTo("Cockcroft-Gault\u00a0: (140 − 60) × 70 / (72 × 1,0) = 77,8 mL/min, mais la "
                + "clairance mesurée (urines de 24 h) est de 35,0 mL/min\u00a0: de part et d'autre de 40 mL/min, à confirmer avec "
                + "l'équipe de l'essai.");
    }

    @Test
    void numbersFollowTheLanguage() {
        Message platelets = new Message("eligibility.reason.platelets.not-met",
                Map.of("value", dec("29999"), "typed", dec("29999"), "typedUnit", "PER_MICROLITRE", "limit", dec("30000")));

        assertThat(format("en", platelets)).isEqualTo("Platelets 29,999/µL: below 30,000/µL.");
        assertThat(format("fr", platelets)).startsWith("Plaquettes à 29").contains("999/µL").matches(".*30[\u00a0\u202f]000/µL\\.");
    }

    @Test
    void yearsAndCountsReadNaturally() {
        Message toConfirm = Patients.evaluate(Patients.eligibleMan().ageYears(null).birthYear(2007), "INC-01").reason();
        Message oneCourse = Patients.evaluate(Patients.eligibleMan()
                .diseaseStatus(DiseaseStatus.PRIMARY_REFRACTORY).inductionCourses(1), "INC-03").reason();
        Advice twoFailed = Patients.check(Patients.eligibleMan().ecog(2).lvefPercent(dec("40"))).advice();

        assertThat(format("en", toConfirm)).startsWith("Born in 2007: 17 or 18 years old");
        assertThat(format("fr", toConfirm)).startsWith("Né(e) en 2007\u00a0: 17 ou 18 ans");
        assertThat(format("en", oneCourse)).startsWith("Primary refractory after a single intensive course:");
        assertThat(format("fr", oneCourse)).startsWith("Réfractaire primaire après une seule cure intensive");
        assertThat(format("en", twoFailed.headline())).isEqualTo("Probably not eligible.");
        assertThat(format("en", twoFailed.sections().getFirst().heading().orElseThrow())).isEqualTo("Inclusion criteria not met:");
        assertThat(format("fr", twoFailed.sections().getFirst().heading().orElseThrow()))
                .isEqualTo("Critères d'inclusion non remplis\u00a0:");
        assertThat(format("en", twoFailed.followUp().orElseThrow())).isEqualTo("You can still send the referral or call the team.");
        assertThat(format("fr", new Message("eligibility.advice.possibly-eligible", Map.of())))
                .isEqualTo("Éligibilité possible — décision de l'équipe de l'essai.");
    }
}
