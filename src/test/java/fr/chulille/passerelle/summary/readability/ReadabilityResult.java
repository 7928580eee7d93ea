package fr.chulille.passerelle.summary.readability;

/**
 * Counts and scores of one text.
 *
 * @param language           the language whose syllable rules were used
 * @param sentences          number of sentences (see {@link SentenceSplitter})
 * @param words              number of words (see {@link WordTokenizer})
 * @param syllables          number of syllables (see {@link TokenSyllables})
 * @param fleschReadingEase  206.835 − 1.015·(words/sentences) − 84.6·(syllables/words); for English
 * @param fleschKincaidGrade 0.39·(words/sentences) + 11.8·(syllables/words) − 15.59; for English
 * @param kandelMoles        207 − 1.015·(words/sentences) − 73.6·(syllables/words); for French
 *                           (Kandel &amp; Moles, 1958, Flesch's formula refitted to French)
 *                           <p>All three scores are NaN for a text without words.
 */
public record ReadabilityResult(
        Language language,
        int sentences,
        int words,
        int syllables,
        double fleschReadingEase,
        double fleschKincaidGrade,
        double kandelMoles) {

    /** Builds a result from the counts, computing the three scores. */
    public static ReadabilityResult of(Language language, int sentences, int words, int syllables) {
        if (sentences < 0 || words < 0 || syllables < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (words == 0 || sentences == 0) {
            return new ReadabilityResult(language, sentences, words, syllables, Double.NaN, Double.NaN, Double.NaN);
        }
        double wps = (double) words / sentences;
        double spw = (double) syllables / words;
        return new ReadabilityResult(language, sentences, words, syllables,
                fleschReadingEase(wps, spw), fleschKincaidGrade(wps, spw), kandelMoles(wps, spw));
    }

    public static double fleschReadingEase(double wordsPerSentence, double syllablesPerWord) {
        return 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
    }

    public static double fleschKincaidGrade(double wordsPerSentence, double syllablesPerWord) {
        return 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
    }

    public static double kandelMoles(double wordsPerSentence, double syllablesPerWord) {
        return 207 - 1.015 * wordsPerSentence - 73.6 * syllablesPerWord;
    }

    public double wordsPerSentence() {
        return sentences == 0 ? Double.NaN : (double) words / sentences;
    }

    public double syllablesPerWord() {
        return words == 0 ? Double.NaN : (double) syllables / words;
    }

    /** The reading-ease score that suits the language: Flesch for English, Kandel-Moles for French. */
    public double readingEase() {
        return language == Language.FRENCH ? kandelMoles : fleschReadingEase;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "%s: %d sentences, %d words, %d syllables (%.2f words/sentence, %.3f syllables/word);"
                        + " Flesch reading ease %.1f, Flesch-Kincaid grade %.2f, Kandel-Moles %.1f",
                language, sentences, words, syllables, wordsPerSentence(), syllablesPerWord(),
                fleschReadingEase, fleschKincaidGrade, kandelMoles);
    }
}
