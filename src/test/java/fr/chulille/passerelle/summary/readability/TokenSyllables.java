package fr.chulille.passerelle.summary.readability;

import java.util.Map;

/**
 * Syllables of a whole token as produced by {@link WordTokenizer}, which may hold hyphens,
 * digits, initialisms and notations ("CAR-T", "CD19", "t(8;21)", "Yakoub-Agha", "2030").
 *
 * <ul>
 *   <li>The token is cut into letter runs (letters, with apostrophes inside them) and digit
 *       runs; every other character (hyphen, parenthesis, dot, slash...) only separates runs,
 *       so "CAR-T" = CAR + T and "well-known" = well + known.</li>
 *   <li>A digit run counts one syllable per digit: a rough rule that matches the spoken length
 *       of small numbers and years in both languages ("5" = 1, "18" = 2, "2030" = 4).</li>
 *   <li>An initialism (2 to 5 capital letters) is spelled out, one syllable per letter ("AML" = 3,
 *       "CD" = 2; "W" = 3 and, in French, "Y" = 2), unless it is read as a word: CAR, ICANS, ECOG,
 *       NASA, FISH, SIDA. Longer all-capital words are counted as ordinary words.</li>
 *   <li>A lone letter is one syllable (the "T" of CAR-T, "a", "à", "y").</li>
 *   <li>Other letter runs go to the language's {@link SyllableCounter}.</li>
 *   <li>Any token with a letter or a digit has at least one syllable.</li>
 * </ul>
 */
public final class TokenSyllables {

    private static final Map<String, Integer> READ_AS_WORDS = Map.of(
            "CAR", 1,
            "ICANS", 2,
            "ECOG", 2,
            "NASA", 2,
            "FISH", 1,
            "SIDA", 2);

    private final Language language;
    private final SyllableCounter counter;

    public TokenSyllables(Language language) {
        this.language = language;
        this.counter = language.syllableCounter();
    }

    public int count(String token) {
        int total = 0;
        boolean any = false;
        int n = token.length();
        int i = 0;
        while (i < n) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                while (i < n && (Character.isLetter(token.charAt(i))
                        || (isApostrophe(token.charAt(i)) && i + 1 < n && Character.isLetter(token.charAt(i + 1))))) {
                    i++;
                }
                total += letterRun(token.substring(start, i));
                any = true;
            } else if (Character.isDigit(c)) {
                while (i < n && Character.isDigit(token.charAt(i))) {
                    total++;
                    i++;
                }
                any = true;
            } else {
                i++;
            }
        }
        return any ? Math.max(total, 1) : 0;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private int letterRun(String run) {
        if (run.length() == 1) {
            return 1;
        }
        String[] parts = run.split("['\u2019]");
        boolean hasInitialism = false;
        for (String part : parts) {
            if (isInitialism(part)) {
                hasInitialism = true;
                break;
            }
        }
        if (!hasInitialism) {
            return counter.syllables(run);
        }
        int total = 0;
        for (String part : parts) {
            total += isInitialism(part) ? spelled(part) : counter.syllables(part);
        }
        return total;
    }

    static boolean isInitialism(String part) {
        if (part.length() < 2 || part.length() > 5) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!Character.isLetter(c) || !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    private int spelled(String initialism) {
        Integer asWord = READ_AS_WORDS.get(initialism);
        if (asWord != null) {
            return asWord;
        }
        int total = 0;
        for (int i = 0; i < initialism.length(); i++) {
            char c = initialism.charAt(i);
            if (c == 'W') {
                total += 3; // "double-u", "double vé"
            } else if (c == 'Y' && language == Language.FRENCH) {
                total += 2; // "i grec"
            } else {
                total += 1;
            }
        }
        return total;
    }
}
