package fr.chulille.passerelle.summary.readability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    private final WordTokenizer tokenizer = new WordTokenizer();

    @Test
    void frenchElisionStaysWithItsWord() {
        assertThat(tokenizer.words("Venez à l'hôpital d'abord, puis qu'il parle."))
                .containsExactly("Venez", "à", "l'hôpital", "d'abord", "puis", "qu'il", "parle");
        assertThat(tokenizer.words("l\u2019hôpital")).containsExactly("l\u2019hôpital");
    }

    @Test
    void hyphenatedWordsAbbreviationsAndNumbersAreOneWordEach() {
        assertThat(tokenizer.words("CAR-T cells target CD19 in t(8;21) AML: 2.5 mg, 30,000 cells."))
                .containsExactly("CAR-T", "cells", "target", "CD19", "in", "t(8;21", "AML", "2.5", "mg", "30,000", "cells");
    }

    @Test
    void punctuationAloneIsNotAWordAndSlashesAndDashesSeparate() {
        assertThat(tokenizer.words("Print / save — now: R/R AML – (drip), • ok"))
                .containsExactly("Print", "save", "now", "R", "R", "AML", "drip", "ok");
    }

    @Test
    void noBreakSpacesSeparateWords() {
        assertThat(tokenizer.words("Pourquoi\u00A0? Parce\u202Fque\u00A0!"))
                .containsExactly("Pourquoi", "Parce", "que");
    }

    @Test
    void englishContractionsAreOneWord() {
        assertThat(tokenizer.words("Don't worry, it's your haematologist's call."))
                .containsExactly("Don't", "worry", "it's", "your", "haematologist's", "call");
    }
}
