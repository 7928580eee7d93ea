package fr.chulille.passerelle.referral;

import java.util.regex.Pattern;

/**
 * The characters typed text may hold. Control characters, line and paragraph separators and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are refused: shown
 * in the inbox, a CSV or a mail, they would break a line or reorder the text around them. Letters of
 * every script, emoji (with their joiners) and the plain direction marks stay allowed.
 */
public final class FreeText {

    /** One line: a name, a hospital, an address. */
    static final String ONE_LINE = "[^\\x00-\\x1F\\x7F-\\x9F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]*";
    /** Several lines: a comment, a note, a reason (line breaks and tabs allowed). */
    static final String LINES = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]*";

    private static final Pattern LINES_PATTERN = Pattern.compile(LINES);

    private FreeText() {
    }

    /** Whether text of several lines holds only allowed characters (null counts as empty). */
    public static boolean isValidLines(String text) {
        return text == null || LINES_PATTERN.matcher(text).matches();
    }
}
