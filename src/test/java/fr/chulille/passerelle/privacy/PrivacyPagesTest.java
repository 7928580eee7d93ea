package fr.chulille.passerelle.privacy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy and legal notices in both languages, without settings (the default profile): marked
 * example values, and the retention durations that the purge applies.
 */
@SpringBootTest(properties = {"passerelle.retention.closed=123d", "passerelle.retention.audit-entries=400d"})
class PrivacyPagesTest extends SpringBrowserlessTest {

    @ParameterizedTest
    @CsvSource({"fr, 123 jours, 400 jours, [EXEMPLE], Commission nationale de l’informatique et des libertés",
            "en, 123 days, 400 days, [EXAMPLE], French data protection authority (CNIL)"})
    void thePrivacyNoticeShowsTheRetentionOfThePurgeAndMarkedExamples(String language, String closed, String audit,
                                                                      String example, String cnil) {
        UI.getCurrent().navigate(PrivacyNoticeView.class, QueryParameters.of("lang", language));

        String page = text();
        assertThat(find(H1.class).all()).hasSize(1);
        assertThat(find(Paragraph.class).id("privacy-example-warning").getText()).isNotBlank();
        assertThat(page).contains(closed, audit, example, cnil, "RPPS", "NCT06649227").doesNotContain("!privacy.", "{");
        assertThat(find(Anchor.class).all()).anySatisfy(a -> assertThat(a.getHref()).startsWith("https://www.cnil.fr/"));
    }

    @ParameterizedTest
    @CsvSource({"fr, Directeur de la publication, Hébergeur", "en, Director of publication, Host"})
    void theLegalNoticeNamesPublisherDirectorAndHost(String language, String director, String host) {
        UI.getCurrent().navigate(LegalNoticeView.class, QueryParameters.of("lang", language));

        assertThat(find(H1.class).all()).hasSize(1);
        assertThat(text()).contains(director, host).doesNotContain("!privacy.");
        assertThat(find(Paragraph.class).id("privacy-example-warning").isVisible()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "professionals", "accessibility", "privacy", "legal-notice", "referral"})
    void everyFooterLinksToBothNotices(String path) {
        UI.getCurrent().navigate(path);

        // the footer's links are written as its markup (MainLayout)
        assertThat(descendants(root()).filter(e -> "footer".equals(e.getTag())).map(e -> e.getProperty("innerHTML")))
                .singleElement().asString().contains("<a href=\"privacy\">", "<a href=\"legal-notice\">");
    }

    @ParameterizedTest
    @CsvSource({"en, How your data and your patient's data are used", "fr, Comment vos données et celles de votre patient sont utilisées"})
    void theReferralFormLinksToThePrivacyNoticeNextToItsSendButton(String language, String text) {
        UI.getCurrent().navigate("referral", QueryParameters.of("lang", language));

        // the line's markup: the link opens the notice in a new tab, which keeps the form as typed
        Paragraph line = find(Paragraph.class).withClassName("referral-privacy").single();
        assertThat(line.getElement().getProperty("innerHTML")).startsWith("<a id=\"referral-privacy-link\" href=\"privacy\" "
                + "target=\"_blank\" rel=\"noopener\">" + text.replace("'", "&#39;") + "</a><span>");
        // in the same section as the send button
        Element section = line.getElement().getParent();
        assertThat(descendants(section).map(e -> e.getAttribute("id"))).contains("send-referral");
    }

    private static String text() {
        return root().getTextRecursively();
    }

    private static Element root() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getLast().getElement();
    }

    private static Stream<Element> descendants(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().filter(e -> !e.isTextNode())
                .flatMap(PrivacyPagesTest::descendants));
    }
}
