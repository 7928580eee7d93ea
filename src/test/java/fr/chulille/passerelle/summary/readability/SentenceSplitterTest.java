package fr.chulille.passerelle.summary.readability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void splitsOnFullStopsQuestionAndExclamationMarks() {
        assertThat(splitter.split("The cat sat. Did it? Yes! It did…  Then it left."))
                .containsExactly("The cat sat.", "Did it?", "Yes!", "It did…", "Then it left.");
    }

    @Test
    void lineBreaksEndSentencesSoHeadingsAndListItemsCount() {
        assertThat(splitter.split("Who may take part\n\n- adults\n- with AML\nThat is all."))
                .containsExactly("Who may take part", "- adults", "- with AML", "That is all.");
    }

    @Test
    void abbreviationsInitialsNumbersAndAddressesDoNotEndSentences() {
        assertThat(splitter.split("Dr. Smith and Pr. Yakoub-Agha met J. Doe, e.g. at 2.5 p.m. today. See ClinicalTrials.gov for more."))
                .containsExactly("Dr. Smith and Pr. Yakoub-Agha met J. Doe, e.g. at 2.5 p.m. today.", "See ClinicalTrials.gov for more.");
        assertThat(splitter.split("Call ext. 33 now. Fine.")).containsExactly("Call ext. 33 now.", "Fine.");
    }

    @Test
    void etceteraEndsASentenceOnlyBeforeACapital() {
        assertThat(splitter.split("Tests, scans, etc. are needed. Blood, urine, etc. Then rest."))
                .containsExactly("Tests, scans, etc. are needed.", "Blood, urine, etc.", "Then rest.");
    }

    @Test
    void frenchSpacingBeforeMarksAndClosingQuotes() {
        assertThat(splitter.split("Qui peut participer\u00A0? Des adultes. Il a dit «\u00A0oui.\u00A0» Puis il est parti."))
                .containsExactly("Qui peut participer\u00A0?", "Des adultes.", "Il a dit «\u00A0oui.\u00A0»", "Puis il est parti.");
    }

    @Test
    void colonsAndSemicolonsDoNotSplitAndEmptyPiecesAreDropped() {
        assertThat(splitter.split("Two steps: first this; then that.\n \n…\n")).containsExactly("Two steps: first this; then that.");
    }
}
