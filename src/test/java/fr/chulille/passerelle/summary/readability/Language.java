package fr.chulille.passerelle.summary.readability;

import java.util.Locale;

/**
 * The languages the scorer knows. Each language brings its own syllable counter; the three
 * formulas are computed for any text, but only one of them is meaningful per language:
 * Flesch Reading Ease and Flesch-Kincaid grade for English, Kandel &amp; Moles for French.
 */
public enum Language {
    ENGLISH(Locale.ENGLISH),
    FRENCH(Locale.FRENCH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale used for case conversion of words of this language. */
    public Locale locale() {
        return locale;
    }

    /** A syllable counter for single words of this language. */
    public SyllableCounter syllableCounter() {
        return switch (this) {
            case ENGLISH -> new EnglishSyllableCounter();
            case FRENCH -> new FrenchSyllableCounter();
        };
    }
}
