package fr.chulille.passerelle.summary;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.trial.Trial;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary shows the trial's key facts in both languages, each read from {@link Trial}. */
@SpringBootTest
class SummaryFactsTest extends SpringBrowserlessTest {

    private final Trial trial = Trial.NCT06649227;
    private final Messages messages = Messages.fromClasspath();

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theSummaryShowsTheTrialsFacts(String language) {
        UI.getCurrent().navigate(SummaryView.class, QueryParameters.of("lang", language));
        Locale locale = Locale.forLanguageTag(language);
        String page = RenderedPage.text();

        assertThat(page).contains(trial.nctId(), trial.ctisId(), trial.site(), trial.centralContactPhone());
        assertThat(page).contains(trial.principalInvestigator().split(",")[0]);
        assertThat(page).contains(messages.format("summary.lay.where.status", locale, Map.of("status", trial.status().name(),
                "updated", SummaryMessages.noonUtc(trial.recordLastUpdated()))));
        String places = RenderedPage.byId("section-where").getTextRecursively();
        assertThat(places).contains(trial.enrolmentTarget() + " ");
        assertThat(RenderedPage.withTag("a")).anySatisfy(link ->
                assertThat(link.getAttribute("href")).isEqualTo(trial.centralContactPhoneUri()));
        assertThat(RenderedPage.withTag("a")).anySatisfy(link ->
                assertThat(link.getAttribute("href")).isEqualTo(trial.clinicalTrialsGovUrl()));
        assertThat(RenderedPage.withTag("a")).anySatisfy(link ->
                assertThat(link.getAttribute("href")).isEqualTo(trial.ctisUrl()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theSummaryHasOneH1AndOrderedHeadings(String language) {
        UI.getCurrent().navigate(SummaryView.class, QueryParameters.of("lang", language));
        var headings = RenderedPage.all().map(e -> e.getTag()).filter(tag -> tag.matches("h[1-6]")).toList();

        assertThat(headings).filteredOn("h1"::equals).hasSize(1);
        assertThat(headings.getFirst()).isEqualTo("h1");
        for (int i = 1; i < headings.size(); i++) {
            int level = headings.get(i).charAt(1) - '0';
            int previous = headings.get(i - 1).charAt(1) - '0';
            assertThat(level).as("heading " + i + " after h" + previous).isLessThanOrEqualTo(previous + 1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void noMessageKeyShowsInsteadOfItsText(String language) {
        UI.getCurrent().navigate(SummaryView.class, QueryParameters.of("lang", language));
        assertThat(RenderedPage.text()).doesNotContain("!summary.", "{", "}");
    }
}
