package fr.chulille.passerelle.summary.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Whole texts: counting and scoring together. Published examples give their own counts or
 * scores; where an example is hand-counted, the comment says so.
 */
class ReadabilityScorerTest {

    private final ReadabilityScorer english = new ReadabilityScorer(Language.ENGLISH);
    private final ReadabilityScorer french = new ReadabilityScorer(Language.FRENCH);

    @Test
    void theCatSatOnTheMat() {
        // The classic one-syllable sentence (quoted with the brief as the Flesch / Wikipedia example):
        // 6 words, 6 syllables, 1 sentence → Reading Ease ≈ 116, grade ≈ −1.45.
        ReadabilityResult r = english.score("The cat sat on the mat.");
        assertThat(r.sentences()).isEqualTo(1);
        assertThat(r.words()).isEqualTo(6);
        assertThat(r.syllables()).isEqualTo(6);
        assertThat(r.fleschReadingEase()).isCloseTo(116.0, within(0.5));
        assertThat(r.fleschKincaidGrade()).isCloseTo(-1.45, within(0.01));
    }

    @Test
    void australianPlatypus() {
        // Wikipedia, "Flesch–Kincaid readability tests", Grade level section: "The Australian platypus
        // is seemingly a hybrid of a mammal and reptilian creature" is an 11.3 as it has 24 syllables
        // and 13 words.
        ReadabilityResult r = english.score("The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.");
        assertThat(r.words()).isEqualTo(13);
        assertThat(r.syllables()).isEqualTo(24);
        assertThat(r.fleschKincaidGrade()).isCloseTo(11.3, within(0.05));
    }

    @Test
    void easiestPossibleText() {
        // Wikipedia, same article: the highest possible Reading Ease is 121.22 and the lowest grade
        // −3.40, reached when every sentence is a single one-syllable word.
        ReadabilityResult r = english.score("Go. Run! Stop.");
        assertThat(r.sentences()).isEqualTo(3);
        assertThat(r.words()).isEqualTo(3);
        assertThat(r.fleschReadingEase()).isCloseTo(121.22, within(0.01));
        assertThat(r.fleschKincaidGrade()).isCloseTo(-3.40, within(0.01));
    }

    @Test
    void greenEggsAndHamOpeningHandCounted() {
        // Dr. Seuss, "Green Eggs and Ham" (1960), opening lines; counted by hand: 5 sentences,
        // 16 words (Sam-I-am is one hyphenated word of 3 syllables), 22 syllables → RE 87.26, grade 1.88.
        ReadabilityResult r = english.score("I am Sam. Sam I am. That Sam-I-am! That Sam-I-am! I do not like that Sam-I-am!");
        assertThat(r.sentences()).isEqualTo(5);
        assertThat(r.words()).isEqualTo(16);
        assertThat(r.syllables()).isEqualTo(22);
        assertThat(r.fleschReadingEase()).isCloseTo(87.26, within(0.01));
        assertThat(r.fleschKincaidGrade()).isCloseTo(1.88, within(0.01));
    }

    @Test
    void harderTextScoresLower() {
        ReadabilityResult plain = english.score("We take some of your blood. We make the cells in a lab. Then you get them back.");
        ReadabilityResult dense = english.score(
                "Autologous lymphocytes are harvested by leukapheresis and genetically modified ex vivo to express a chimeric antigen receptor.");
        assertThat(plain.fleschReadingEase()).isGreaterThan(80);
        assertThat(dense.fleschReadingEase()).isLessThan(20);
        assertThat(dense.fleschKincaidGrade()).isGreaterThan(plain.fleschKincaidGrade() + 10);
    }

    @Test
    void frenchTextWithElisionsHandCounted() {
        // Counted by hand with the documented convention:
        // "L'hôpital est grand." → 3 words (l'hôpital = 1 word), 3 + 1 + 1 = 5 syllables;
        // "Qui peut participer ?" → 3 words, 1 + 1 + 4 = 6 syllables (no-break space before "?").
        // 6 words, 11 syllables, 2 sentences → Kandel-Moles = 207 − 1.015·3 − 73.6·11/6 = 69.02.
        ReadabilityResult r = french.score("L'hôpital est grand. Qui peut participer\u00A0?");
        assertThat(r.sentences()).isEqualTo(2);
        assertThat(r.words()).isEqualTo(6);
        assertThat(r.syllables()).isEqualTo(11);
        assertThat(r.kandelMoles()).isCloseTo(69.02, within(0.01));
    }

    @Test
    void frenchOneSyllableSentence() {
        // "Le chat est sur le lit." 6 words, 6 syllables, 1 sentence → 207 − 6.09 − 73.6 = 127.31 (by hand).
        assertThat(french.score("Le chat est sur le lit.").kandelMoles()).isCloseTo(127.31, within(0.01));
    }

    @Test
    void emptyTextHasNoScore() {
        ReadabilityResult r = english.score("  \n — \n");
        assertThat(r.words()).isZero();
        assertThat(r.fleschReadingEase()).isNaN();
    }
}
