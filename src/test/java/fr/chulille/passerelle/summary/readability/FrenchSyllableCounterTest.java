package fr.chulille.passerelle.summary.readability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Convention (see {@link FrenchSyllableCounter}): syllables of careful standard speech, final
 * mute e and verb "-ent" not counted, inner e counted. So "leucémie" = leu-cé-mie = 3 (verse
 * would give 4), "traitement" = trai-te-ment = 3 (fast speech gives 2), "table" = 1.
 * Syllabifications of the plain words follow the usual French dictionary splits (Le Robert,
 * TLFi), with the final mute e removed.
 */
class FrenchSyllableCounterTest {

    private final SyllableCounter counter = new FrenchSyllableCounter();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        // brief's examples
        "chat, 1", "maison, 2", "hôpital, 3", "leucémie, 3", "traitement, 3",
        // mute final e / es, kept in one-vowel words
        "table, 1", "globules, 2", "cellules, 2", "idées, 2", "vie, 1", "le, 1", "les, 1", "que, 1",
        // verb -ent vs pronounced -ent
        "mangent, 1", "peuvent, 1", "aiment, 1", "souvent, 2", "parent, 2", "seulement, 3", "patients, 2",
        // diphthongs and vowel groups
        "oiseau, 2", "beaucoup, 2", "moelle, 1", "aujourd'hui, 3", "nerveux, 2", "immunitaire, 4",
        // y, qu, gu
        "payer, 2", "moyen, 2", "yeux, 1", "qui, 1", "quoi, 1", "guérir, 2", "clinique, 2",
        // hiatus: diaeresis, é + vowel, a/o + é/è
        "naïf, 2", "Noël, 2", "réalité, 4", "créer, 2", "aéré, 3", "poème, 2",
        // elisions: the elided part adds nothing
        "l'hôpital, 3", "d'une, 1", "jusqu'à, 2", "qu'il, 1", "quelqu'un, 2",
        // words of the lay summary
        "chimiothérapie, 5", "hématologue, 4", "perfusion, 3", "conditionnement, 5", "rechute, 2",
        "cyclophosphamide, 5", "fludarabine, 4", "sécurité, 4", "laboratoire, 4", "cytokines, 3",
        "essai, 2", "première, 2", "volontaire, 3", "pays, 2"
    })
    void countsKnownWords(String word, int expected) {
        assertThat(counter.syllables(word)).isEqualTo(expected);
    }
}
