package fr.chulille.passerelle.summary;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.i18n.TranslationProvider;
import fr.chulille.passerelle.recruitment.Recruitment;
import fr.chulille.passerelle.recruitment.RecruitmentNotice;
import fr.chulille.passerelle.recruitment.RecruitmentTestContext;
import fr.chulille.passerelle.recruitment.RecruitmentState;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.ReferralRecords;
import fr.chulille.passerelle.referral.StoredReferrals;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.referral.TestReferrals;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 1: once staff set a recruitment state, the public pages show it with its date (the
 * Vaadin views and the copy in the first HTML response alike), and the places left only as staff typed them.
 */
@SpringBootTest(properties = RecruitmentTestContext.OWN_CONTEXT)
@WithMockUser(username = "pi.public", roles = "INVESTIGATOR")
class RecruitmentOnPublicPagesTest extends SpringBrowserlessTest {

    private static final Pattern ANY_PLACES_LEFT = Pattern.compile("(\\d+) places? (?:is|are) left|il reste (\\d+) places?");

    @Autowired
    Recruitment recruitment;
    @Autowired
    TranslationProvider translations;
    @Autowired
    SummaryService summary;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StoredReferrals referrals;
    @Autowired
    ReferralRecords records;
    @Autowired
    ApplicationEventPublisher events;

    private final Messages messages = Messages.fromClasspath();

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theSummaryShowsTheStateWithItsDateInTheViewAndInTheFirstPaintCopy(String language) {
        RecruitmentNotice open = recruitment.set(RecruitmentState.OPEN, 2);

        UI.getCurrent().navigate(SummaryView.class, QueryParameters.of("lang", language));
        String shown = find(Paragraph.class).withClassName(SummaryContent.RECRUITMENT_CLASS).single().getElement().getTextRecursively();
        Element copy = FirstPaintCopy.render(translations, summary, "/", language);

        assertThat(shown).isEqualTo(messages.format("recruitment.public.summary", Locale.forLanguageTag(language), open.arguments()))
                .startsWith(language.equals("fr") ? "Recrutement ouvert — mis à jour le " : "Recruitment open — updated on ")
                .endsWith(language.equals("fr") ? "Selon l’équipe de l’étude, il reste 2 places." : "The study team says that 2 places are left.");
        assertThat(FirstPaintCopy.textOf(copy, SummaryContent.RECRUITMENT_CLASS)).isEqualTo(shown);
        assertThat(RenderedPage.byId("section-where").getTextRecursively()).doesNotContain(
                language.equals("fr") ? "Selon la fiche publique" : "According to the study's public record");
    }

    @Test
    void thePlacesShownAreTheOnesStaffTypedNeverACountOfEnrolledReferrals() {
        for (int i = 0; i < 3; i++) {
            Referral referral = TestReferrals.submit(transactions, referrals, events,
                    TestReferrals.referral("Dr Enrolled " + i, "enrolled@hopital.example", "en"));
            records.changeStatus(referral.getId(), ReferralStatus.ENROLLED, null, Instant.now());
        }
        recruitment.set(RecruitmentState.OPEN, 4);

        UI.getCurrent().navigate(SummaryView.class, QueryParameters.of("lang", "en"));
        String page = RenderedPage.text();
        String copy = FirstPaintCopy.render(translations, summary, "/", "en").text();
        for (String text : new String[] {page, copy}) {
            assertThat(ANY_PLACES_LEFT.matcher(text).results().map(match -> match.group(1))).containsExactly("4");
        }

        recruitment.set(RecruitmentState.PAUSED, null);
        UI.getCurrent().navigate(SummaryView.class, QueryParameters.of("lang", "fr"));
        assertThat(ANY_PLACES_LEFT.matcher(RenderedPage.text().toLowerCase(Locale.ROOT)).results()).isEmpty();
        assertThat(ANY_PLACES_LEFT.matcher(FirstPaintCopy.render(translations, summary, "/", "fr").text().toLowerCase(Locale.ROOT))
                .results()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theProfessionalsPageShowsTheStateWithItsDate(String language) {
        RecruitmentNotice closed = recruitment.set(RecruitmentState.CLOSED, null);
        String expected = messages.format("recruitment.public.pro", Locale.forLanguageTag(language), closed.arguments());

        UI.getCurrent().navigate(ProfessionalsView.class, QueryParameters.of("lang", language));
        assertThat(find(DescriptionList.class).single().getElement().getTextRecursively()).contains(expected);
        assertThat(FirstPaintCopy.render(translations, summary, "/professionals", language).select("dl.design dd").eachText())
                .contains(expected);
        assertThat(expected).startsWith(language.equals("fr") ? "Recrutement fermé — mis à jour le " : "Recruitment closed — updated on ");
    }
}
