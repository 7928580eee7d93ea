package fr.chulille.passerelle.summary.readability;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Heuristic French syllable counter.
 *
 * <p><b>Convention</b>: syllables as said in careful, standard modern speech. A mute final
 * e is not counted ("table" = 1, "leucémie" = leu-cé-mie = 3, "globules" = 2), nor the
 * verb ending "-ent" ("ils mangent" = 1), but an e inside a word is ("traitement" =
 * trai-te-ment = 3, "samedi" = 3). Vowels that follow each other form one syllable unless a
 * rule below splits them, so "i" before a vowel glides ("nation" = 2, "patient" = 2,
 * "chimiothérapie" = 5): this is the spoken synérèse, not the diérèse of verse.
 *
 * <p>Method, for each part of a word (an apostrophe splits "l'hôpital" into "l" and "hôpital";
 * an elided part such as "l", "d", "qu" has no vowel and adds nothing, so
 * "l'hôpital" = 3 and "jusqu'à" = 2):
 * <ol>
 *   <li>Vowels: a e i o u y and their accented forms (à â ä é è ê ë î ï ô ö ù û ü ÿ æ œ). A "u"
 *       after q, or after g before e/é/è/ê/i/î/y, only marks the hard consonant ("qui", "guérir",
 *       "langue"). A "y" at the start before a vowel or between two vowels is a consonant
 *       ("yeux", "payer" = 2, "moyen" = 2).</li>
 *   <li>Mute endings are dropped when a vowel remains before them: final "-e" and "-es"
 *       ("vie", "idées" = 2, but "le", "les", "que" stay), and "-ent" when it is the
 *       3rd-person-plural verb ending. "-ent" counts as said (so kept) in "-ment" words
 *       (nouns and adverbs: "traitement", "seulement") except a short list of verbs
 *       ("aiment", "forment"), and in a list of common nouns, adjectives and adverbs in
 *       "-ent" ("souvent", "parent", "présent", "urgent"...). Any other "-ent" after a consonant
 *       is taken as a verb ending ("peuvent" = 1, "restent" = 1).</li>
 *   <li>Each run of vowels is one syllable ("eau", "oui", "ieu" = 1), split when the second
 *       vowel has a diaeresis ("naïf" = 2, "Noël" = 2), after "é" ("réalité" = 4, "créer" = 2),
 *       and between a/o and é/è ("aéré" = 3, "poème" = 2).</li>
 *   <li>A short exception list ("pays" = 2, "aiguë" = 2...). Every word with a vowel has at
 *       least one syllable.</li>
 * </ol>
 */
public final class FrenchSyllableCounter implements SyllableCounter {

    private static final String VOWELS = "aeiouyàâäéèêëîïôöùûüÿæœ";
    private static final String DIAERESIS = "ëïüÿ";
    private static final String SOFT_AFTER_GU = "eéèêiîy";

    private static final Map<String, Integer> EXCEPTIONS = Map.of(
            "pays", 2,
            "aiguë", 2,
            "aiguës", 2,
            "rouen", 2,
            "abbaye", 3);

    /** Words in "-ent" (after a consonant, not "-ment") whose ending is said: not verbs. */
    private static final Set<String> PRONOUNCED_ENT = Set.of(
            "absent", "accident", "adhérent", "adjacent", "adolescent", "afférent", "agent", "ambivalent",
            "apparent", "ardent", "argent", "auvent", "cohérent", "compétent", "concurrent", "confident",
            "conséquent", "content", "continent", "convalescent", "couvent", "décent", "déférent", "différent",
            "diligent", "éloquent", "éminent", "équivalent", "évident", "excellent", "fluorescent", "fréquent",
            "immanent", "imminent", "impertinent", "imprudent", "incident", "incompétent", "indécent",
            "indifférent", "indolent", "inhérent", "innocent", "insolent", "intelligent",
            "intermittent", "latent", "occident", "omniprésent", "opulent", "paravent", "parent", "patent",
            "pénitent", "permanent", "pertinent", "précédent", "présent", "président", "prudent", "récent",
            "récurrent", "référent", "régent", "résident", "serpent", "somnolent", "souvent", "strident",
            "subséquent", "succulent", "talent", "torrent", "transparent", "trident", "turbulent", "urgent",
            "violent", "virulent", "grandparent");

    /** Verbs in "-ment" whose "-ent" is the mute plural ending. */
    private static final Set<String> VERB_MENT = Set.of(
            "aiment", "expriment", "forment", "ferment", "dorment", "sèment", "confirment", "impriment",
            "suppriment", "estiment", "affirment", "calment", "animent", "transforment", "informent",
            "arment", "priment", "riment", "fument", "consument", "assument", "résument", "enferment",
            "referment", "déforment", "réforment", "endorment", "semment", "chôment", "abîment", "périment",
            "dépriment", "compriment", "réaniment", "alarment");

    @Override
    public int syllables(String word) {
        String w = word.toLowerCase(Locale.FRENCH).replace('\u2019', '\'');
        int total = 0;
        for (String part : w.split("'")) {
            total += countPart(lettersOnly(part));
        }
        return total;
    }

    private static String lettersOnly(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isVowelChar(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    /** Syllables of a lower-case part without apostrophes; 0 if it has no vowel. */
    static int countPart(String w) {
        int n = w.length();
        if (n == 0) {
            return 0;
        }
        Integer exception = EXCEPTIONS.get(w);
        if (exception != null) {
            return exception;
        }
        boolean[] vowel = vowelMask(w);
        int end = n;
        if (w.endsWith("ent") && n > 3 && hasVowel(vowel, n - 3) && isVerbEnt(w, vowel)) {
            end = n - 3;
        } else if (w.endsWith("es") && hasVowel(vowel, n - 2)) {
            end = n - 2;
        } else if (w.endsWith("e") && hasVowel(vowel, n - 1)) {
            end = n - 1;
        }
        int count = 0;
        boolean inGroup = false;
        for (int i = 0; i < end; i++) {
            if (!vowel[i]) {
                inGroup = false;
                continue;
            }
            if (!inGroup || splits(w.charAt(i - 1), w.charAt(i))) {
                count++;
            }
            inGroup = true;
        }
        return count;
    }

    private static boolean[] vowelMask(String w) {
        int n = w.length();
        boolean[] v = new boolean[n];
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            if (!isVowelChar(c)) {
                continue;
            }
            char prev = i > 0 ? w.charAt(i - 1) : 0;
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            if (c == 'u' && prev == 'q') {
                continue; // qui, quoi, clinique
            }
            if (c == 'u' && prev == 'g' && next != 0 && SOFT_AFTER_GU.indexOf(next) >= 0) {
                continue; // guérir, langue, guide
            }
            if (c == 'y' && next != 0 && isVowelChar(next) && (i == 0 || v[i - 1])) {
                continue; // yeux, payer, moyen
            }
            v[i] = true;
        }
        return v;
    }

    private static boolean hasVowel(boolean[] vowel, int endExclusive) {
        for (int i = 0; i < endExclusive; i++) {
            if (vowel[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVerbEnt(String w, boolean[] vowel) {
        int n = w.length();
        if (vowel[n - 4]) {
            return true; // jouent, créent, étudient: same count either way for nouns such as "patient"
        }
        if (PRONOUNCED_ENT.contains(w)) {
            return false;
        }
        if (w.endsWith("ment")) {
            return VERB_MENT.contains(w);
        }
        return true;
    }

    /** Whether two adjacent vowels belong to two syllables. */
    private static boolean splits(char a, char b) {
        if (DIAERESIS.indexOf(b) >= 0) {
            return true; // naïf, Noël
        }
        if (a == 'é') {
            return true; // réalité, créer, réunion
        }
        return (a == 'a' || a == 'o') && (b == 'é' || b == 'è'); // aéré, poème
    }
}
