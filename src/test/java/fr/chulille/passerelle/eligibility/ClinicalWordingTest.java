package fr.chulille.passerelle.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The wording findings of the clinical review (2026-11-30), each as the referrer or staff member reads it. */
class ClinicalWordingTest {

    private final Properties fr = TranslationsTest.load("fr");
    private final Properties en = TranslationsTest.load("en");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(TranslationsTest.DIRECTORY.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Properties bundleQuietly(String name) {
        try {
            return bundle(name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String format(String language, String key, Map<String, Object> args) {
        return IcuFormattingTest.format(language, new Message(key, args));
    }

    /** "Infection or … hepatitis C" and "Infection or … hepatitis (Hep) B": an uncleared HCV is never asked as hepatitis B. */
    @Test
    void hepatitisQuestionsFollowTheRecord() {
        assertThat(fr.getProperty("eligibility.field.activeHepatitisC")).startsWith("Infection par le VHC").contains("hépatite C ancienne non guérie");
        assertThat(fr.getProperty("eligibility.field.activeHepatitisB")).startsWith("Infection par le VHB").contains("hépatite B ancienne non guérie")
                .doesNotContain("VHC").doesNotContain("hépatite C").doesNotContain("B ou C");
        assertThat(en.getProperty("eligibility.field.activeHepatitisC")).startsWith("Infection with hepatitis C virus").contains("not cleared");
        assertThat(en.getProperty("eligibility.field.activeHepatitisB")).startsWith("Infection with hepatitis B virus")
                .doesNotContain("hepatitis C").doesNotContain("B or C");
        assertThat(fr.getProperty("eligibility.criterion.EXC-08.short")).isEqualTo("Infection VHC");
        assertThat(fr.getProperty("eligibility.criterion.EXC-09.short")).isEqualTo("Infection VHB");
        assertThat(en.getProperty("eligibility.criterion.EXC-09")).contains("must have cleared");
    }

    /** "unless disease-free and without anticancer therapy for at least 3 years", not "within the last 3 years". */
    @Test
    void theOtherCancerShortLabelSaysWhatTheCriterionSays() {
        assertThat(fr.getProperty("eligibility.criterion.EXC-03.short")).isEqualTo("Autre cancer, sauf en rémission sans traitement depuis ≥ 3 ans");
        assertThat(en.getProperty("eligibility.criterion.EXC-03.short")).isEqualTo("Other cancer, unless disease-free and off therapy for ≥ 3 years");
        assertThat(fr.getProperty("eligibility.field.otherMalignancyHistory"))
                .contains("sauf rémission sans traitement anticancéreux depuis au moins 3 ans");
    }

    @Test
    void theCondomQuestionKeepsTheVasectomyClause() {
        assertThat(fr.getProperty("eligibility.field.agreesToCondomUse")).endsWith("même après une vasectomie réussie\u00a0?");
        assertThat(en.getProperty("eligibility.field.agreesToCondomUse")).endsWith("even after a successful vasectomy?");
    }

    @Test
    void frenchClinicalWording() {
        assertThat(fr.getProperty("eligibility.criterion.EXC-10")).contains("(LCR)").doesNotContain("LCS");
        assertThat(fr.getProperty("eligibility.field.csfMalignantCellsOrBrainMetastases")).contains("LCR").doesNotContain("LCS");
        assertThat(fr.getProperty("eligibility.criterion.INC-10")).startsWith("Lymphocytes (valeur absolue)");
        assertThat(fr.getProperty("eligibility.criterion.INC-17")).startsWith("SpO2 initiale").contains("en air ambiant");
        assertThat(fr.getProperty("eligibility.field.spo2RoomAirPercent")).isEqualTo("SpO2 initiale en air ambiant (%)");
        for (String key : fr.stringPropertyNames()) {
            assertThat(fr.getProperty(key)).as(key).doesNotContain("abstinence vraie").doesNotContain("Possiblement")
                    .doesNotContain("Saturation en oxygène de base");
        }
        assertThat(fr.getProperty("eligibility.field.agreesToContraception")).contains("abstinence sexuelle totale");
        Properties professionals = bundleQuietly("summary_fr.properties");
        assertThat(professionals.getProperty("summary.pro.exclusion.10")).contains("(LCR)").doesNotContain("LCS");
        assertThat(professionals.getProperty("summary.pro.inclusion.19")).contains("abstinence sexuelle totale");
        assertThat(fr.getProperty("eligibility.criterion.INC-19")).contains("abstinence sexuelle totale");
    }

    /** The same natural French words in the form's headline and in the inbox's advice column. */
    @Test
    void possibleEligibilityReadsTheSameInTheFormTheInboxAndTheExport() {
        assertThat(format("fr", "eligibility.advice.possibly-eligible", Map.of()))
                .isEqualTo("Éligibilité possible — décision de l'équipe de l'essai.");
        assertThat(fr.getProperty("eligibility.advice.short.POSSIBLY_ELIGIBLE")).isEqualTo("Éligibilité possible — décision de l'équipe de l'essai");
        assertThat(fr.getProperty("eligibility.advice.possibly-eligible-to-confirm")).startsWith("Éligibilité possible — décision de l'équipe de l'essai.");
        assertThat(en.getProperty("eligibility.advice.short.POSSIBLY_ELIGIBLE")).isEqualTo("Possibly eligible — the trial team decides");
    }

    /** "Declined" said who declined; a staff member must not read it as the team's refusal. */
    @Test
    void theDeclinedStatusSaysThePatientDeclined() throws IOException {
        assertThat(bundle("messages_fr.properties").getProperty("referral.status.declined")).isEqualTo("Refus du patient");
        assertThat(bundle("messages_en.properties").getProperty("referral.status.declined")).isEqualTo("Declined by the patient");
    }

    @Test
    void theReferrerMailSaysWeReceivedOnADate() throws IOException {
        assertThat(bundle("notification_en.properties").getProperty("notification.referrer.received"))
                .startsWith("We received your referral for trial {nctId} on {date}.");
    }

    /** The primary refractory question counts every intensive course with an example, in both languages. */
    @Test
    void thePrimaryRefractoryQuestionIsReadTheSameWayInBothLanguages() throws IOException {
        assertThat(en.getProperty("eligibility.field.inductionCourses"))
                .isEqualTo("Number of intensive chemotherapy courses given to try to reach a first remission, without remission");
        assertThat(fr.getProperty("eligibility.field.inductionCourses")).contains("chimiothérapie intensive").contains("première rémission");
        assertThat(bundle("referral_fr.properties").getProperty("referral.helper.induction-courses"))
                .contains("rattrapage").contains("réinduction").endsWith("= 2.");
        assertThat(bundle("referral_en.properties").getProperty("referral.helper.induction-courses"))
                .contains("re-induction").endsWith("= 2.");
    }
}
