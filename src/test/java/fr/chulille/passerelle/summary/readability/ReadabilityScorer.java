package fr.chulille.passerelle.summary.readability;

import java.util.List;

/**
 * Readability of a text: counts sentences, words and syllables and computes Flesch Reading
 * Ease, Flesch-Kincaid grade and Kandel &amp; Moles. Stateless and thread-safe.
 *
 * <pre>{@code
 * ReadabilityResult r = new ReadabilityScorer(Language.FRENCH).score(text);
 * double km = r.kandelMoles();
 * }</pre>
 */
public final class ReadabilityScorer {

    private final Language language;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final WordTokenizer tokenizer = new WordTokenizer();
    private final TokenSyllables syllables;

    public ReadabilityScorer(Language language) {
        this.language = language;
        this.syllables = new TokenSyllables(language);
    }

    public static ReadabilityResult score(String text, Language language) {
        return new ReadabilityScorer(language).score(text);
    }

    public ReadabilityResult score(String text) {
        int sentenceCount = 0;
        int wordCount = 0;
        int syllableCount = 0;
        for (String sentence : splitter.split(text)) {
            List<String> words = tokenizer.words(sentence);
            if (words.isEmpty()) {
                continue;
            }
            sentenceCount++;
            wordCount += words.size();
            for (String word : words) {
                syllableCount += syllables.count(word);
            }
        }
        return ReadabilityResult.of(language, sentenceCount, wordCount, syllableCount);
    }

    /** Syllables of one token, with the same rules as {@link #score(String)}. */
    public int syllables(String token) {
        return syllables.count(token);
    }

    public Language language() {
        return language;
    }
}
