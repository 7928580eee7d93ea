package fr.chulille.passerelle.summary.readability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts text into sentences.
 *
 * <ul>
 *   <li>A line break ends a sentence: headings, list items and paragraphs are separate units
 *       even without a full stop (as in word processors, where a paragraph mark ends a
 *       sentence). Blank lines are ignored.</li>
 *   <li>Inside a line, a run of ".", "!", "?" or "…" (with any closing quote or bracket after it)
 *       ends a sentence when it is followed by white space or the end of the line (a French
 *       closing guillemet after a space stays with its sentence: « oui. »).</li>
 *   <li>Colons and semicolons do not end a sentence (a stricter count than Flesch's own
 *       1948 rule, which did count them: the scores come out slightly lower, never flattered).</li>
 *   <li>A full stop does not end a sentence: inside a number or a web address ("2.5",
 *       "ClinicalTrials.gov"), after a known abbreviation or title ("e.g.", "Dr.", "Pr.", "M.",
 *       "ext."), after a single capital letter (an initial: "J. Smith"), or when the next word
 *       starts with a lower-case letter ("approx. two"). "etc." ends a sentence only when a
 *       capital follows.</li>
 *   <li>A piece with no letter or digit is not a sentence.</li>
 * </ul>
 */
public final class SentenceSplitter {

    /** Abbreviations (lower case, without the final dot) after which a dot never ends a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "dr", "pr", "prof", "mr", "mrs", "ms", "m", "mme", "mmes", "mlle", "st", "vs",
            "no", "n°", "fig", "cf", "ex", "ext", "approx", "env", "tél", "tel", "p", "pp", "vol", "ca");

    public List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        for (String line : text.split("\\R")) {
            splitLine(line, sentences);
        }
        return sentences;
    }

    private void splitLine(String line, List<String> out) {
        int n = line.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (!isTerminator(c)) {
                i++;
                continue;
            }
            int runStart = i;
            while (i < n && isTerminator(line.charAt(i))) {
                i++;
            }
            while (i < n && isCloser(line.charAt(i))) {
                i++;
            }
            int k = i;
            while (k < n && WordTokenizer.isSeparator(line.charAt(k)) && line.charAt(k) != '/') {
                k++;
            }
            if (k < n && k > i && isSpacedCloser(line.charAt(k))) {
                i = k + 1; // French « oui. » : the closing guillemet after a no-break space
                while (i < n && isCloser(line.charAt(i))) {
                    i++;
                }
            }
            boolean atEnd = i >= n;
            if (!atEnd && !WordTokenizer.isSeparator(line.charAt(i))) {
                continue; // 2.5, ClinicalTrials.gov, "?!" inside a token
            }
            String run = line.substring(runStart, i).strip();
            if (!atEnd && run.startsWith(".") && run.replaceAll("[^.]", "").length() == 1
                    && !endsSentenceAfterDot(line, runStart, i)) {
                continue;
            }
            add(line.substring(start, i), out);
            start = i;
        }
        add(line.substring(start), out);
    }

    private static boolean endsSentenceAfterDot(String line, int dot, int after) {
        String previous = previousWord(line, dot);
        char next = nextLetter(line, after);
        String lower = previous.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower)) {
            return false;
        }
        if (previous.length() == 1 && Character.isUpperCase(previous.charAt(0))) {
            return false; // an initial
        }
        if (next != 0 && Character.isLowerCase(next)) {
            return false; // "approx. two", unknown abbreviation
        }
        if (lower.equals("etc")) {
            return next == 0 || Character.isUpperCase(next);
        }
        return true;
    }

    private static String previousWord(String line, int dot) {
        int k = dot;
        while (k > 0 && !WordTokenizer.isSeparator(line.charAt(k - 1)) && line.charAt(k - 1) != '(') {
            k--;
        }
        return line.substring(k, dot);
    }

    private static char nextLetter(String line, int from) {
        for (int k = from; k < line.length(); k++) {
            char c = line.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                return c;
            }
        }
        return 0;
    }

    private static void add(String piece, List<String> out) {
        String s = piece.strip();
        for (int k = 0; k < s.length(); k++) {
            if (Character.isLetterOrDigit(s.charAt(k))) {
                out.add(s);
                return;
            }
        }
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isSpacedCloser(char c) {
        return c == '\u00BB' || c == '\u201D';
    }

    private static boolean isCloser(char c) {
        return c == ')' || c == ']' || c == '"' || c == '\'' || c == '\u00BB' || c == '\u201D' || c == '\u2019';
    }
}
