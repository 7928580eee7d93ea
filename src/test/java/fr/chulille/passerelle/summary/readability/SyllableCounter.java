package fr.chulille.passerelle.summary.readability;

/**
 * Counts the syllables of one plain word: letters only, possibly with apostrophes inside
 * ("l'hôpital", "don't"). Digits, hyphens, initialisms ("AML", "CD") and the rest of the
 * token-level rules live in {@link TokenSyllables}, which calls this interface for each
 * plain-word part of a token.
 */
public interface SyllableCounter {

    /**
     * Syllables of a word made of letters (and apostrophes). Returns 0 only for a string with
     * no letter that can carry a syllable (for instance the elided French article "l").
     */
    int syllables(String word);
}
