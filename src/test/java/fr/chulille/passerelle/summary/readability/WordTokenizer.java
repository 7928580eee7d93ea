package fr.chulille.passerelle.summary.readability;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into words.
 *
 * <ul>
 *   <li>Words are separated by white space of any kind (including the no-break spaces
 *       French puts before ":", "?", "!"), by slashes ("R/R", "and/or") and by em and en
 *       dashes.</li>
 *   <li>Leading and trailing punctuation is trimmed ("(drip)," gives "drip"); a piece with no
 *       letter or digit is not a word ("-", "•", "/").</li>
 *   <li>Inner punctuation stays in the word: a hyphenated word is one word ("CAR-T",
 *       "Yakoub-Agha", "well-known"), a number is one word ("2.5", "30,000"), a notation is
 *       one word ("CD19", "t(8;21)").</li>
 *   <li>Apostrophes: an elided French article or pronoun stays with its word, so
 *       "l'hôpital", "d'une", "qu'il" are each one word. This is how word processors count,
 *       and the elided part has no vowel of its own: it adds no syllable, so counting it as a
 *       separate, syllable-less word would lower the syllables-per-word average artificially.
 *       English contractions and possessives ("don't", "patient's") are one word too.</li>
 * </ul>
 */
public final class WordTokenizer {

    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSeparator(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSeparator(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = trim(text.substring(start, i));
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '/' || c == '\u2014' || c == '\u2013';
    }

    private static String trim(String piece) {
        int start = 0;
        int end = piece.length();
        while (start < end && !Character.isLetterOrDigit(piece.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(piece.charAt(end - 1))) {
            end--;
        }
        return piece.substring(start, end);
    }
}
