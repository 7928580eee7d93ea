package fr.chulille.passerelle.summary.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The three formulas, checked on published figures where the counts are given. */
class ReadabilityResultTest {

    @Test
    void fleschKincaidGradeOfDrSeussAverages() {
        // Wikipedia, "Flesch–Kincaid readability tests", Grade level section: Dr. Seuss
        // "averaging 5.7 words per sentence and 1.02 syllables per word, with a grade level of -1.3".
        assertThat(ReadabilityResult.fleschKincaidGrade(5.7, 1.02)).isCloseTo(-1.3, within(0.05));
    }

    @Test
    void fleschReadingEaseEqualsFlesch1948PerHundredWordsForm() {
        // Flesch (1948), "A new readability yardstick", J. Appl. Psychol. 32(3): RE = 206.835 − .846 wl − 1.015 sl,
        // wl = syllables per 100 words, sl = average sentence length in words.
        double sl = 17.4;
        double wl = 142.0;
        double flesch1948 = 206.835 - 0.846 * wl - 1.015 * sl;
        assertThat(ReadabilityResult.fleschReadingEase(sl, wl / 100)).isCloseTo(flesch1948, within(1e-9));
    }

    @Test
    void kandelMolesDiffersFromFleschOnlyByItsConstants() {
        // Kandel & Moles (1958): 207 − 1.015 (words/sentence) − 73.6 (syllables/word).
        ReadabilityResult r = ReadabilityResult.of(Language.FRENCH, 4, 60, 84);
        assertThat(r.wordsPerSentence()).isEqualTo(15.0);
        assertThat(r.syllablesPerWord()).isEqualTo(1.4);
        assertThat(r.kandelMoles()).isCloseTo(207 - 15.225 - 103.04, within(1e-9));
        assertThat(r.fleschReadingEase()).isCloseTo(206.835 - 15.225 - 118.44, within(1e-9));
        assertThat(r.fleschKincaidGrade()).isCloseTo(5.85 + 16.52 - 15.59, within(1e-9));
        assertThat(r.readingEase()).isEqualTo(r.kandelMoles());
        assertThat(ReadabilityResult.of(Language.ENGLISH, 4, 60, 84).readingEase()).isEqualTo(r.fleschReadingEase());
    }

    @Test
    void noWordsGivesNaNAndNegativeCountsAreRejected() {
        ReadabilityResult empty = ReadabilityResult.of(Language.ENGLISH, 0, 0, 0);
        assertThat(empty.fleschReadingEase()).isNaN();
        assertThat(empty.kandelMoles()).isNaN();
        assertThatThrownBy(() -> ReadabilityResult.of(Language.ENGLISH, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
