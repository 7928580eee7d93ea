package fr.chulille.passerelle.summary;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each medical word is explained where it appears (a link to its glossary entry, described by the
 * definition for screen readers) and listed at the end.
 */
@SpringBootTest
class GlossaryTest extends SpringBrowserlessTest {

    private static final List<String> MUST_BE_EXPLAINED_IN_THE_TEXT = List.of("phase_1", "car_t", "t_cell", "cd19",
            "aml", "relapse", "refractory", "haematologist", "chemotherapy", "lymphodepletion", "transplant", "infusion", "crs",
            "icans", "principal_investigator", "sponsor", "consent");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyWordExplainedInTheTextHasAnEntryAtTheEnd(String language) {
        UI.getCurrent().navigate(SummaryView.class, QueryParameters.of("lang", language));
        List<Element> termLinks = RenderedPage.all().filter(e -> RenderedPage.hasClass(e, "glossary-term")).toList();
        Element glossary = RenderedPage.byId("glossary");

        assertThat(termLinks).extracting(link -> link.getAttribute("href").replaceFirst("^.*#", ""))
                .containsAll(MUST_BE_EXPLAINED_IN_THE_TEXT.stream().map(GlossaryTerms::termId).toList())
                .doesNotHaveDuplicates();
        for (Element link : termLinks) {
            String target = link.getAttribute("href").replaceFirst("^.*#", "");
            Element term = RenderedPage.byId(target);
            Element definition = RenderedPage.byId(link.getAttribute("aria-describedby"));
            assertThat(term.getTag()).isEqualTo("dt");
            assertThat(definition.getTag()).isEqualTo("dd");
            assertThat(RenderedPage.descendants(glossary)).contains(term, definition);
            assertThat(definition.getTextRecursively()).isNotBlank();
            assertThat(link.getTextRecursively()).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theGlossaryListsEveryTermWithItsDefinition(String language) {
        UI.getCurrent().navigate(SummaryView.class, QueryParameters.of("lang", language));
        Element list = RenderedPage.descendants(RenderedPage.byId("glossary")).filter(e -> e.getTag().equals("dl"))
                .findFirst().orElseThrow();

        assertThat(list.getChildren().map(Element::getTag).toList())
                .hasSize(2 * GlossaryTerms.IDS.size())
                .containsOnly("dt", "dd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void glossaryLinksStayOnThePagesUrl(String language) {
        UI.getCurrent().navigate(SummaryView.class, QueryParameters.of("lang", language));
        RenderedPage.all().filter(e -> RenderedPage.hasClass(e, "glossary-term")).forEach(link ->
                assertThat(link.getAttribute("href")).startsWith("?lang=" + language + "#glossary-"));
    }
}
