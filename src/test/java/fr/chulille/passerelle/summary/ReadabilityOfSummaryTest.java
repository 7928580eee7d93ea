package fr.chulille.passerelle.summary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chulille.passerelle.summary.readability.Language;
import fr.chulille.passerelle.summary.readability.ReadabilityResult;
import fr.chulille.passerelle.summary.readability.ReadabilityScorer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Readability of the lay summary (sections 1 to 7: every key starting with "summary.lay.",
 * headings and paragraphs; not the glossary, not the professionals' part), formatted with
 * representative argument values. Each message is one line, so a heading or list item
 * without a full stop still counts as its own sentence.
 *
 * <p>Required: English Flesch Reading Ease ≥ 60 and Flesch-Kincaid grade ≤ 8, French
 * Kandel-Moles ≥ 60. The text is kept with a margin: ≥ 65, ≤ 7 and ≥ 65.
 */
class ReadabilityOfSummaryTest {

    static final String LAY_PREFIX = "summary.lay.";

    @Test
    void englishLaySummaryIsPlainEnough() {
        ReadabilityResult r = score(Locale.ENGLISH, Language.ENGLISH);
        assertThat(r.fleschReadingEase()).as("Flesch Reading Ease (required)").isGreaterThanOrEqualTo(60);
        assertThat(r.fleschKincaidGrade()).as("Flesch-Kincaid grade (required)").isLessThanOrEqualTo(8);
        assertThat(r.fleschReadingEase()).as("Flesch Reading Ease (margin)").isGreaterThanOrEqualTo(65);
        assertThat(r.fleschKincaidGrade()).as("Flesch-Kincaid grade (margin)").isLessThanOrEqualTo(7);
    }

    @Test
    void frenchLaySummaryIsPlainEnough() {
        ReadabilityResult r = score(Locale.FRENCH, Language.FRENCH);
        assertThat(r.kandelMoles()).as("Kandel-Moles (required)").isGreaterThanOrEqualTo(60);
        assertThat(r.kandelMoles()).as("Kandel-Moles (margin)").isGreaterThanOrEqualTo(65);
    }

    @Test
    void bothLanguagesHaveLaySections1To7() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            Map<String, String> sections = laySections(SummaryMessages.load(locale));
            assertThat(sections.keySet()).containsExactly("what", "who", "how", "risks", "where", "join", "choice");
        }
    }

    static ReadabilityResult score(Locale locale, Language language) {
        SummaryMessages messages = SummaryMessages.load(locale);
        Map<String, String> sections = laySections(messages);
        ReadabilityScorer scorer = new ReadabilityScorer(language);
        String all = String.join("\n", sections.values());
        ReadabilityResult result = scorer.score(all);
        System.out.println("[readability] " + locale.getLanguage() + " lay summary (sections 1-7): " + result);
        sections.forEach((section, text) ->
                System.out.println("[readability]   " + locale.getLanguage() + " " + section + ": " + brief(scorer.score(text))));
        String paragraphsOnly = messages.patterns().keySet().stream()
                .filter(k -> k.startsWith(LAY_PREFIX) && !k.endsWith(".heading"))
                .map(k -> messages.format(k, SummaryMessages.sampleArguments(locale)))
                .collect(Collectors.joining("\n"));
        System.out.println("[readability]   " + locale.getLanguage() + " without headings: " + brief(scorer.score(paragraphsOnly)));
        return result;
    }

    /** Formatted lay text per section ("summary.lay.SECTION.…"), in file order, one message per line. */
    static Map<String, String> laySections(SummaryMessages messages) {
        Map<String, Object> args = SummaryMessages.sampleArguments(messages.locale());
        Map<String, StringBuilder> bySection = new LinkedHashMap<>();
        for (String key : messages.patterns().keySet()) {
            if (!key.startsWith(LAY_PREFIX)) {
                continue;
            }
            String section = key.substring(LAY_PREFIX.length()).split("\\.")[0];
            bySection.computeIfAbsent(section, s -> new StringBuilder()).append(messages.format(key, args)).append('\n');
        }
        Map<String, String> result = new LinkedHashMap<>();
        bySection.forEach((k, v) -> result.put(k, v.toString()));
        return result;
    }

    private static String brief(ReadabilityResult r) {
        return String.format(Locale.ROOT, "%d sentences, %d words, %.2f w/s, %.3f syl/w, FRE %.1f, FK %.2f, KM %.1f",
                r.sentences(), r.words(), r.wordsPerSentence(), r.syllablesPerWord(),
                r.fleschReadingEase(), r.fleschKincaidGrade(), r.kandelMoles());
    }
}
