package fr.chulille.passerelle.summary.readability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenSyllablesTest {

    private final TokenSyllables english = new TokenSyllables(Language.ENGLISH);
    private final TokenSyllables french = new TokenSyllables(Language.FRENCH);

    @ParameterizedTest(name = "EN {0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "CAR-T | 2",        // "car" + "tee"
        "CD19 | 4",         // see-dee-nine-teen
        "AML | 3",          // initialism, spelled
        "ICANS | 2",        // read as a word: eye-cans
        "AML's | 3",
        "t(8;21 | 4",       // t + 8 + 21, as the tokenizer leaves it
        "18 | 2",
        "2030 | 4",
        "Yakoub-Agha | 4",
        "well-known | 2",
        "WWW | 9",
        "ClinicalTrials.gov | 6"
    })
    void english(String token, int expected) {
        assertThat(english.count(token)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "FR {0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "CAR-T | 2",
        "l'AML | 3",
        "d'ICANS | 2",
        "LAM | 3",
        "CHU | 3",
        "Y | 1",
        "PY | 3",           // pé + i grec
        "l'hôpital | 3",
        "a | 1",
        "à | 1"
    })
    void french(String token, int expected) {
        assertThat(french.count(token)).isEqualTo(expected);
    }

    @Test
    void tokensWithoutLetterOrDigitHaveNoSyllable() {
        assertThat(english.count("-")).isZero();
        assertThat(english.count("x")).isEqualTo(1);
    }
}
