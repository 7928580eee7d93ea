package fr.chulille.passerelle.summary.readability;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Heuristic English syllable counter (no dictionary beyond a small exception list).
 *
 * <p>Method, in order:
 * <ol>
 *   <li>Lower-case, strip accents, keep letters. An apostrophe splits off a contraction or
 *       possessive: "'s", "'t", "'ll", "'re", "'ve", "'d", "'m" add no syllable, except "n't"
 *       after a consonant ("didn't", "isn't": +1). Any other part is counted ("o'clock").</li>
 *   <li>Vowels are a, e, i, o, u and y; y is a consonant at the start of a word before a vowel
 *       ("you", "yes") and between two vowels ("beyond", "player", "eyes").</li>
 *   <li>Each run of vowels is one syllable ("beau" = 1), except where a pair is usually said
 *       as two (hiatus): i+a ("via", "leukaemia", not "-cial/-tial" nor the "-ian" ending),
 *       i+o ("radio", not "-tion/-sion/-cious/-gion", "-nion", "-llion"), i+u, i+i, vowel y + vowel
 *       ("myeloid"), e+o (not after g: "video" but "pigeon"), final e+a ("idea", "area"),
 *       "creat-" and "react", final "-eum", u+a and u+o (not after q or g: "actual"), u+e before
 *       l, nt, nc or a final t ("fuel", "fluent"), o+e before m or t ("poem", "poet"),
 *       i+e before t ("diet", "society"), before nt/nc when not after c or t ("client",
 *       "experience", but "patient", "ancient"), and in "-ier/-iest" ("easier"), and any vowel
 *       followed by a final "-ing" ("being", "going").</li>
 *   <li>Endings: a final e that forms its own vowel group is silent ("make" = 1), but not in
 *       consonant + "le" ("table" = 2, "little" = 2) nor in b/c/d/f/g/k/p/t + "re" ("centre" = 2).
 *       Likewise "-es" is silent ("makes" = 1) unless after s, x, z, c, g, ch, sh ("boxes",
 *       "places" = 2) or in consonant + "les" ("tables" = 2); "-ed" is silent ("walked" = 1)
 *       unless after t or d ("created", "needed") or in consonant + "led" ("settled" = 2).
 *       The e of "-ely", "-ement", "-eful", "-eless", "-eness" is silent in words of three or more
 *       groups ("safely" = 2, "statement" = 2, "careful" = 2). "-ism" and "-thm" add one ("autism" = 3,
 *       "rhythm" = 2).</li>
 *   <li>A short exception list covers common words the rules get wrong ("people", "science",
 *       "business", "someone"...). A word with a vowel has at least one syllable; a string
 *       without any ("s", "hmm") has none here, and {@link TokenSyllables} gives any whole
 *       token at least one.</li>
 * </ol>
 * This is an estimate: it agrees with dictionary counts on the common words tested in
 * {@code EnglishSyllableCounterTest}, and no heuristic is right for every English word.
 */
public final class EnglishSyllableCounter implements SyllableCounter {

    private static final Map<String, Integer> EXCEPTIONS = Map.ofEntries(
            Map.entry("people", 2),
            Map.entry("science", 2),
            Map.entry("sciences", 3),
            Map.entry("business", 2),
            Map.entry("businesses", 3),
            Map.entry("element", 3),
            Map.entry("elements", 3),
            Map.entry("recipe", 3),
            Map.entry("simile", 3),
            Map.entry("acne", 2),
            Map.entry("apostrophe", 4),
            Map.entry("catastrophe", 4),
            Map.entry("maybe", 2),
            Map.entry("anyone", 3),
            Map.entry("everyone", 3),
            Map.entry("everything", 3),
            Map.entry("everywhere", 3),
            Map.entry("someone", 2),
            Map.entry("something", 2),
            Map.entry("sometimes", 2),
            Map.entry("somewhere", 2),
            Map.entry("somehow", 2),
            Map.entry("therefore", 2),
            Map.entry("museum", 3),
            Map.entry("naive", 2));

    private static final List<String> SILENT_E_SUFFIXES = List.of("ments", "ment", "fully", "ful", "less", "ness");

    @Override
    public int syllables(String word) {
        String w = normalise(word);
        if (w.isEmpty()) {
            return 0;
        }
        int apostrophe = w.indexOf('\'');
        if (apostrophe < 0) {
            return countPlain(w);
        }
        String base = w.substring(0, apostrophe);
        String suffix = w.substring(apostrophe + 1).replace("'", "");
        if (base.isEmpty()) {
            return countPlain(suffix);
        }
        int n = countPlain(base);
        switch (suffix) {
            case "", "s", "ll", "re", "ve", "d", "m" -> {
                return n;
            }
            case "t" -> {
                // "didn't", "isn't", "couldn't": the n is syllabic after a consonant; "don't", "can't": not.
                int len = base.length();
                if (len >= 2 && base.charAt(len - 1) == 'n' && !isVowelLetter(base.charAt(len - 2))) {
                    n++;
                }
                return n;
            }
            default -> {
                return n + countPlain(suffix);
            }
        }
    }

    private static String normalise(String word) {
        String lower = Normalizer.normalize(word.toLowerCase(Locale.ENGLISH), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') {
                sb.append(c);
            } else if (c == '\'' || c == '\u2019') {
                sb.append('\'');
            }
        }
        return sb.toString();
    }

    private static boolean isVowelLetter(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static boolean isPlainVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** Syllables of a lower-case word of letters a-z only; 0 when it has no vowel at all. */
    static int countPlain(String w) {
        int n = w.length();
        if (n == 0) {
            return 0;
        }
        Integer exception = EXCEPTIONS.get(w);
        if (exception != null) {
            return exception;
        }
        boolean[] vowel = vowelMask(w);
        List<int[]> segments = segments(w, vowel);
        int count = segments.size();
        if (count == 0) {
            return 0; // no vowel: "s", "t", "hmm"; a whole token still gets one (TokenSyllables)
        }
        int[] last = segments.get(count - 1);

        if (w.endsWith("e") && n >= 2 && isSingle(last, n - 1) && count > 1 && !keepFinalE(w, vowel)) {
            count--;
        } else if (w.endsWith("es") && n >= 3 && count > 1 && isSingle(last, n - 2) && !keepEs(w, vowel)) {
            count--;
        } else if (w.endsWith("ed") && n >= 3 && count > 1 && isSingle(last, n - 2) && !keepEd(w, vowel)) {
            count--;
        } else if (w.endsWith("ely") && n >= 4 && count > 2 && !vowel[n - 4]
                && isSingle(segments.get(count - 2), n - 3)) {
            count--;
        } else {
            for (String suffix : SILENT_E_SUFFIXES) {
                int p = n - suffix.length() - 1; // position of the e before the suffix
                if (w.endsWith(suffix) && p >= 1 && w.charAt(p) == 'e' && !vowel[p - 1] && count > 2
                        && segmentIsSingle(segments, p)
                        && !(w.charAt(p - 1) == 'l' && p >= 2 && !vowel[p - 2])) {
                    count--;
                    break;
                }
            }
        }
        if (w.endsWith("ism") || w.endsWith("thm")) {
            count++;
        }
        return Math.max(count, 1);
    }

    private static boolean[] vowelMask(String w) {
        int n = w.length();
        boolean[] v = new boolean[n];
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            if (isPlainVowel(c)) {
                v[i] = true;
            } else if (c == 'y') {
                boolean nextVowel = i + 1 < n && isPlainVowel(w.charAt(i + 1));
                if (i == 0) {
                    v[i] = !nextVowel;
                } else {
                    v[i] = !(v[i - 1] && nextVowel);
                }
            }
        }
        return v;
    }

    /** Vowel groups as [start, end] (inclusive), runs split at hiatus points. */
    private static List<int[]> segments(String w, boolean[] vowel) {
        List<int[]> result = new ArrayList<>();
        int n = w.length();
        int i = 0;
        while (i < n) {
            if (!vowel[i]) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < n && vowel[i]) {
                if (hiatus(w, i)) {
                    result.add(new int[] {start, i - 1});
                    start = i;
                }
                i++;
            }
            result.add(new int[] {start, i - 1});
        }
        return result;
    }

    private static boolean isSingle(int[] segment, int position) {
        return segment[0] == position && segment[1] == position;
    }

    private static boolean segmentIsSingle(List<int[]> segments, int position) {
        for (int[] s : segments) {
            if (s[0] <= position && position <= s[1]) {
                return s[0] == s[1];
            }
        }
        return false;
    }

    /** Whether the vowels at i-1 and i are said as two syllables. */
    private static boolean hiatus(String w, int i) {
        int n = w.length();
        char a = w.charAt(i - 1);
        char b = w.charAt(i);
        char prev = i >= 2 ? w.charAt(i - 2) : 0;
        String rest = w.substring(i + 1);
        if (b == 'i' && (rest.equals("ng") || rest.equals("ngs"))) {
            return true; // being, going, doing, seeing
        }
        if (a == 'y') {
            return true; // a vowel y before a vowel: myeloid, flyer (y is a consonant between vowels)
        }
        switch (a) {
            case 'i' -> {
                switch (b) {
                    case 'a' -> {
                        if (prev == 'c' || prev == 't' || prev == 's' || prev == 'g' || prev == 'x') {
                            return false; // social, initial, Asia, nostalgia
                        }
                        return !(rest.equals("n") || rest.equals("ns")); // Australian, reptilian
                    }
                    case 'o' -> {
                        if (prev == 't' || prev == 's' || prev == 'c' || prev == 'x' || prev == 'g') {
                            return false; // nation, vision, precious, anxious, religion
                        }
                        if (rest.startsWith("n") && (prev == 'n' || (prev == 'l' && i >= 3 && w.charAt(i - 3) == 'l'))) {
                            return false; // opinion, union, million
                        }
                        return true; // radio, biology, period, various
                    }
                    case 'u', 'i' -> {
                        return true; // medium, calcium, skiing
                    }
                    case 'e' -> {
                        if (rest.startsWith("t")) {
                            return true; // diet, quiet, society, anxiety
                        }
                        if (rest.startsWith("nt") || rest.startsWith("nc")) {
                            return prev != 0 && prev != 'c' && prev != 't'; // client, experience; patient, ancient
                        }
                        if ((rest.equals("r") || rest.equals("rs") || rest.equals("st")) && prev != 0
                                && !isVowelLetter(prev) && hasVowelBefore(w, i - 2)) {
                            return true; // easier, happiest
                        }
                        return false;
                    }
                    default -> {
                        return false;
                    }
                }
            }
            case 'e' -> {
                if (b == 'o') {
                    return prev != 'g'; // video, theory; pigeon, gorgeous
                }
                if (b == 'a') {
                    if (i == n - 1 && hasVowelBefore(w, i - 1)) {
                        return true; // idea, area, nausea
                    }
                    if (i >= 3 && w.startsWith("creat", i - 3) && !w.startsWith("creatu", i - 3)) {
                        return true; // create, creation (not creature)
                    }
                    return i >= 2 && w.startsWith("react", i - 2);
                }
                if (b == 'u') {
                    return i == n - 2 && w.charAt(n - 1) == 'm'; // museum-like "-eum"
                }
                return false;
            }
            case 'u' -> {
                if (prev == 'q' || prev == 'g') {
                    return false; // quality, language, guess
                }
                return switch (b) {
                    case 'a', 'o' -> true; // actual, usual, duo
                    case 'e' -> rest.startsWith("l") || rest.startsWith("nt") || rest.startsWith("nc") || rest.equals("t");
                    default -> false;
                };
            }
            case 'o' -> {
                return b == 'e' && (rest.startsWith("m") || rest.startsWith("t")); // poem, poet
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean hasVowelBefore(String w, int endExclusive) {
        for (int k = 0; k < endExclusive; k++) {
            if (isVowelLetter(w.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean keepFinalE(String w, boolean[] vowel) {
        int n = w.length();
        if (n >= 3 && w.endsWith("le") && !vowel[n - 3] && w.charAt(n - 3) != 'l') {
            return true; // table, little, simple
        }
        return n >= 3 && w.endsWith("re") && "bcdfgkpt".indexOf(w.charAt(n - 3)) >= 0; // centre, metre, acre
    }

    private static boolean keepEs(String w, boolean[] vowel) {
        int n = w.length();
        char c = w.charAt(n - 3);
        if ("sxzcg".indexOf(c) >= 0) {
            return true; // cases, boxes, places, changes
        }
        if (c == 'h' && n >= 4 && (w.charAt(n - 4) == 'c' || w.charAt(n - 4) == 's')) {
            return true; // churches, washes
        }
        if (c == 'l' && n >= 4 && !vowel[n - 4] && w.charAt(n - 4) != 'l') {
            return true; // tables, bottles
        }
        return c == 'r' && n >= 4 && "bcdfgkpt".indexOf(w.charAt(n - 4)) >= 0; // centres, acres
    }

    private static boolean keepEd(String w, boolean[] vowel) {
        int n = w.length();
        char c = w.charAt(n - 3);
        if (c == 't' || c == 'd') {
            return true; // created, needed
        }
        if (c == 'l' && n >= 4 && !vowel[n - 4] && w.charAt(n - 4) != 'l') {
            return true; // settled, handled
        }
        return c == 'r' && n >= 4 && "bcdfgkpt".indexOf(w.charAt(n - 4)) >= 0; // centred
    }
}
