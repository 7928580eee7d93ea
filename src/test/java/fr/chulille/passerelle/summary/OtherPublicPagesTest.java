package fr.chulille.passerelle.summary;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import fr.chulille.passerelle.trial.Trial;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The page for healthcare professionals and the accessibility statement, in both languages. */
@SpringBootTest
class OtherPublicPagesTest extends SpringBrowserlessTest {

    private final Trial trial = Trial.NCT06649227;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void professionalsSeeTheDesignTheFullCriteriaAndTheReferralForm(String language) {
        UI.getCurrent().navigate(ProfessionalsView.class, QueryParameters.of("lang", language));

        List<Element> criteriaLists = RenderedPage.all().filter(e -> RenderedPage.hasClass(e, "criteria")).toList();
        assertThat(criteriaLists).hasSize(2);
        assertThat(criteriaLists.get(0).getChildCount()).as("inclusion criteria").isEqualTo(19);
        assertThat(criteriaLists.get(1).getChildCount()).as("exclusion criteria").isEqualTo(16);
        assertThat(RenderedPage.withTag("a")).anySatisfy(a -> assertThat(a.getAttribute("href")).isEqualTo("referral"));
        assertThat(RenderedPage.text()).contains(trial.nctId(), trial.centralContactPhone()).doesNotContain("!summary.");
        assertThat(RenderedPage.withTag("h1")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theAccessibilityStatementIsLinkedFromTheFooterAndGivesTheRecourse(String language) {
        UI.getCurrent().navigate(SummaryView.class, QueryParameters.of("lang", language));
        // the footer's links are written as its markup (MainLayout)
        assertThat(RenderedPage.all().filter(e -> e.getTag().equals("footer")).map(e -> e.getProperty("innerHTML")))
                .singleElement().asString().contains("<a href=\"accessibility\">");

        UI.getCurrent().navigate(AccessibilityStatementView.class, QueryParameters.of("lang", language));
        String page = RenderedPage.text();
        assertThat(page).contains("RGAA", "axe-core", "Défenseur des droits", trial.centralContactPhone())
                .doesNotContain("!summary.");
        assertThat(RenderedPage.withTag("h1")).hasSize(1);
    }
}
