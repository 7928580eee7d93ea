package fr.chulille.passerelle.summary;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 6: the lay summary as the clinical review asked (findings m11–m16 of
 * {@code shared/reviews/clinical-review-2026-11-30.md}), in both languages: new sentences in, old ones out.
 */
class LaySummaryWordingTest {

    private final SummaryMessages en = SummaryMessages.load(Locale.ENGLISH);
    private final SummaryMessages fr = SummaryMessages.load(Locale.FRENCH);

    @Test
    void icansAffectsTheBrainNotTheNerves() {
        assertThat(text(en, "summary.lay.risks.p4")).isEqualTo("2 of the 6 had ICANS, a side effect that affects the brain.");
        assertThat(text(fr, "summary.lay.risks.p4")).isEqualTo("2 des 6 ont eu un ICANS, un effet indésirable qui touche le cerveau.");
        assertThat(text(en, "summary.glossary.icans.definition")).contains("a side effect on the brain");
        assertThat(text(fr, "summary.glossary.icans.definition")).contains("un effet indésirable sur le cerveau");
        assertThat(publicTexts(en)).noneMatch(text -> text.contains("nerves"));
        assertThat(publicTexts(fr)).noneMatch(text -> text.contains("nerfs"));
    }

    @Test
    void carTCellsRecogniseAndAttackCellsCarryingCd19() {
        assertThat(text(en, "summary.lay.what.p3"))
                .startsWith("In this study, the CAR-T cells are made to recognise and attack cells that carry a marker called CD19.");
        assertThat(text(fr, "summary.lay.what.p3")).startsWith(
                "Dans cette étude, les cellules CAR-T sont fabriquées pour reconnaître et attaquer les cellules qui portent un marqueur appelé CD19.");
        assertThat(text(en, "summary.glossary.car_t.definition")).contains("recognise and attack cells that carry a marker");
        assertThat(text(fr, "summary.glossary.car_t.definition")).contains("reconnaître et attaquer les cellules qui portent un marqueur");
        assertThat(text(en, "summary.lay.what.p3")).doesNotContain("made to find");
        assertThat(text(fr, "summary.lay.what.p3")).doesNotContain("repérer");
    }

    @Test
    void theChemotherapyBeforeTheInfusionIsLymphodepletingNotConditioning() {
        assertThat(text(en, "summary.lay.how.step.3")).contains("This is called lymphodepleting chemotherapy.");
        assertThat(text(fr, "summary.lay.how.step.3")).contains("On l'appelle chimiothérapie de lymphodéplétion.");
        assertThat(text(en, "summary.glossary.lymphodepletion.term")).isEqualTo("Lymphodepleting chemotherapy");
        assertThat(text(fr, "summary.glossary.lymphodepletion.term")).isEqualTo("Chimiothérapie de lymphodéplétion");
        assertThat(text(en, "summary.glossary.fludarabine_cyclophosphamide.definition")).endsWith("as lymphodepleting chemotherapy.");
        // the lay text and the glossary; the professionals' page keeps the record's own wording
        assertThat(publicTexts(en)).noneMatch(text -> text.toLowerCase(Locale.ROOT).contains("conditioning"));
        assertThat(publicTexts(fr)).noneMatch(text -> text.toLowerCase(Locale.ROOT).contains("conditionnement"));
    }

    @Test
    void theTitleAndTheHeadingSpellOutAml() {
        for (String key : List.of("summary.page.title", "summary.page.heading")) {
            assertThat(text(en, key)).contains("acute myeloid leukaemia (AML)");
            assertThat(text(fr, key)).contains("leucémie aiguë myéloïde (LAM)");
        }
    }

    @Test
    void whoCanTakePartMatchesTheProtocolsDiseaseStatusAndEcog() {
        assertThat(text(en, "summary.lay.who.item.2")).isEqualTo("Your AML did not go away after two courses of chemotherapy."
                + " Or it came back and did not get better with the next treatment. Or it came back after a stem cell transplant from a donor.");
        assertThat(text(fr, "summary.lay.who.item.2")).isEqualTo("Votre LAM n'a pas disparu après deux cures de chimiothérapie."
                + " Ou elle est revenue et n'a pas répondu au traitement suivant. Ou elle est revenue après une greffe de cellules souches d'un donneur.");
        assertThat(text(en, "summary.lay.who.item.4")).contains("look after yourself", "light work").doesNotContain("up and about");
        assertThat(text(fr, "summary.lay.who.item.4")).contains("seul(e) vos activités de tous les jours", "travail léger")
                .doesNotContain("debout");
        assertThat(text(en, "summary.glossary.transplant.term")).isEqualTo("Stem cell transplant (from a donor)");
        assertThat(text(fr, "summary.glossary.transplant.term")).isEqualTo("Greffe de cellules souches (d'un donneur)");
    }

    @Test
    void theManufacturingSiteIsWhatTheRecordSays() {
        assertThat(text(en, "summary.lay.how.step.2")).contains("in an academic setting");
        assertThat(text(fr, "summary.lay.how.step.2")).contains("dans un cadre académique");
        assertThat(publicTexts(en)).noneMatch(text -> text.contains("university hospital lab"));
        assertThat(publicTexts(fr)).noneMatch(text -> text.contains("hôpital universitaire"));
    }

    @Test
    void frenchLayStyle() {
        assertThat(text(fr, "summary.lay.what.p2")).contains("Elles sont fabriquées à partir de vos propres lymphocytes T.");
        assertThat(text(fr, "summary.lay.how.step.2")).startsWith("Vos cellules sont ensuite transformées en cellules CAR-T.");
        assertThat(text(fr, "summary.lay.risks.p3")).startsWith("Ces 6 personnes ont toutes eu un effet indésirable");
        assertThat(publicTexts(fr)).noneMatch(text -> text.contains("Elles sont faites") || text.contains("sont changées")
                || text.contains("Les 6 ont eu"));
    }

    private static String text(SummaryMessages messages, String key) {
        return messages.format(key, SummaryMessages.sampleArguments(messages.locale()));
    }

    /** The page's title and heading, the lay sections and the glossary (not the professionals' part, which quotes the record). */
    private static List<String> publicTexts(SummaryMessages messages) {
        Map<String, Object> arguments = SummaryMessages.sampleArguments(messages.locale());
        return messages.patterns().keySet().stream()
                .filter(key -> key.startsWith("summary.page.") || key.startsWith("summary.lay.")
                        || (key.startsWith("summary.glossary.") && !key.endsWith(".in-text")))
                .map(key -> messages.format(key, arguments)).toList();
    }
}
