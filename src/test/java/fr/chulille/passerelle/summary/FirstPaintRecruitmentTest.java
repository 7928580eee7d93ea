package fr.chulille.passerelle.summary;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.i18n.TranslationProvider;
import fr.chulille.passerelle.recruitment.Recruitment;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.ReferralRecords;
import fr.chulille.passerelle.referral.StoredReferrals;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.referral.TestReferrals;
import fr.chulille.passerelle.trial.Trial;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Issue 12, item 1, before any staff member sets a recruitment state: the lay summary (the Vaadin view
 * and its copy in the first HTML response alike) shows the record's status as the record's, with the
 * record's date, and never a number of places left, however many referrals are marked enrolled.
 */
@SpringBootTest
class FirstPaintRecruitmentTest extends SpringBrowserlessTest {

    @Autowired
    TranslationProvider translations;
    @Autowired
    SummaryService summary;
    @Autowired
    Recruitment recruitment;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StoredReferrals referrals;
    @Autowired
    ReferralRecords records;
    @Autowired
    ApplicationEventPublisher events;

    private final Messages messages = Messages.fromClasspath();
    private final Trial trial = Trial.NCT06649227;

    @BeforeEach
    void twoReferralsMarkedEnrolled() {
        assumeFalse(recruitment.current().setByStaff(), "a test of this context set a recruitment state");
        for (int i = 0; i < 2; i++) {
            Referral referral = TestReferrals.submit(transactions, referrals, events,
                    TestReferrals.referral("Dr Enrolled " + i, "enrolled@hopital.example", "fr"));
            records.changeStatus(referral.getId(), ReferralStatus.ENROLLED, null, Instant.now());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theViewAndTheFirstPaintCopyShowTheRecordsStatusWithItsDateAndNoPlacesLeft(String language) {
        Locale locale = Locale.forLanguageTag(language);
        UI.getCurrent().navigate(SummaryView.class, QueryParameters.of("lang", language));
        Element copy = FirstPaintCopy.render(translations, summary, "/", language);

        String expected = messages.format("summary.lay.where.status", locale, Map.of("status", "RECRUITING",
                "updated", SummaryMessages.noonUtc(trial.recordLastUpdated())));
        String shown = find(Paragraph.class).withClassName(SummaryContent.RECRUITMENT_CLASS).single().getElement().getTextRecursively();
        assertThat(shown).isEqualTo(expected)
                .contains(language.equals("fr") ? "5 décembre 2025" : "December 5, 2025");
        assertThat(FirstPaintCopy.textOf(copy, SummaryContent.RECRUITMENT_CLASS)).isEqualTo(shown);

        String where = RenderedPage.byId("section-where").getTextRecursively();
        String whereInCopy = copy.getElementById("section-where").text();
        for (String text : new String[] {where, whereInCopy}) {
            assertThat(text).contains(language.equals("fr") ? "5 personnes peuvent participer en tout." : "5 people can take part in all.")
                    .doesNotContainIgnoringCase("left").doesNotContain("reste").doesNotContain("3 places");
        }
        assertThat(copy.selectFirst("h1").text()).isEqualTo(find(H1.class).single().getText())
                .isEqualTo(messages.format("summary.page.heading", locale));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theProfessionalsPageGivesTheRecordsStatusWithItsDate(String language) {
        Element copy = FirstPaintCopy.render(translations, summary, "/professionals", language);

        assertThat(copy.select("dl.design dd").eachText()).contains(messages.format("summary.pro.design.status.value",
                Locale.forLanguageTag(language), Map.of("status", "RECRUITING", "updated", SummaryMessages.noonUtc(trial.recordLastUpdated()))));
    }
}
