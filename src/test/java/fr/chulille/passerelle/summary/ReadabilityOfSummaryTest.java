package fr.chulille.passerelle.summary;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import fr.chulille.passerelle.summary.readability.Language;
import fr.chulille.passerelle.summary.readability.ReadabilityResult;
import fr.chulille.passerelle.summary.readability.ReadabilityScorer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readability of the lay summary as the page renders it (sections 1–7: headings, paragraphs and
 * list items, one line each; not the glossary nor the professionals' part), with the facts the
 * application supplies. Required: English Flesch Reading Ease ≥ 60 and Flesch-Kincaid grade ≤ 8,
 * French Kandel-Moles ≥ 60. The scores are printed so that an editor sees which section to simplify.
 */
@SpringBootTest
class ReadabilityOfSummaryTest extends SpringBrowserlessTest {

    @Test
    void englishLaySummaryIsPlainEnough() {
        ReadabilityResult r = score("en", Language.ENGLISH);
        assertThat(r.fleschReadingEase()).as("Flesch Reading Ease").isGreaterThanOrEqualTo(60);
        assertThat(r.fleschKincaidGrade()).as("Flesch-Kincaid grade").isLessThanOrEqualTo(8);
    }

    @Test
    void frenchLaySummaryIsPlainEnough() {
        ReadabilityResult r = score("fr", Language.FRENCH);
        assertThat(r.kandelMoles()).as("Kandel-Moles").isGreaterThanOrEqualTo(60);
    }

    @Test
    void bothLanguagesShowLaySections1To7() {
        for (String language : new String[] {"fr", "en"}) {
            UI.getCurrent().navigate(SummaryView.class, QueryParameters.of("lang", language));
            assertThat(RenderedPage.laySections().keySet()).containsExactly("section-what", "section-who", "section-how",
                    "section-risks", "section-where", "section-join", "section-choice");
        }
    }

    private ReadabilityResult score(String language, Language scorerLanguage) {
        UI.getCurrent().navigate(SummaryView.class, QueryParameters.of("lang", language));
        Map<String, String> sections = RenderedPage.laySections();
        ReadabilityScorer scorer = new ReadabilityScorer(scorerLanguage);
        ReadabilityResult result = scorer.score(String.join("\n", sections.values()));
        System.out.println("[readability] " + language + " lay summary as rendered (sections 1-7): " + result);
        sections.forEach((section, text) -> System.out.println("[readability]   " + language + " " + section + ": "
                + brief(scorer.score(text))));
        return result;
    }

    private static String brief(ReadabilityResult r) {
        return String.format(Locale.ROOT, "%d sentences, %d words, FRE %.1f, FK %.2f, KM %.1f",
                r.sentences(), r.words(), r.fleschReadingEase(), r.fleschKincaidGrade(), r.kandelMoles());
    }
}
