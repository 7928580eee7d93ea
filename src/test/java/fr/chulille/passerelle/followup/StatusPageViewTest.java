package fr.chulille.passerelle.followup;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import fr.chulille.passerelle.i18n.LanguagePreference;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.privacy.ReferralErasure;
import fr.chulille.passerelle.privacy.RetentionCategory;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.StoredReferrals;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.referral.ReferrerFollowUp;
import fr.chulille.passerelle.referral.TestReferrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The referrer opens the private link of their mail: their referral's page, without a login. */
@SpringBootTest
class StatusPageViewTest extends SpringBrowserlessTest {

    static final String TRIAL_PHONE = "+33 3 20 44 59 62";

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StoredReferrals referrals;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ReferrerFollowUp followUp;
    @Autowired
    ReferralErasure erasure;
    @Autowired
    ReferrerMessages messages;

    @Test
    void aValidLinkShowsTheReferenceTheDateTheHistoryInPlainWordsAndThePreCheckNeverThePatient() {
        Referral referral = stored("en", r -> {
            TestReferrals.changeStatus(r, ReferralStatus.IN_REVIEW, null, Instant.now().minusSeconds(60));
            TestReferrals.changeStatus(r, ReferralStatus.CONTACTED, null, Instant.now());
        });
        String token = followUp.issueLink(referral.getId());

        String page = open(token, Messages.ENGLISH);

        assertThat(find(H1.class).single().getText()).isEqualTo("Your referral");
        assertThat(page).contains(referral.getReference(), "Sent on ",
                "The trial team has contacted your patient", "The trial team is reviewing your referral", "Referral sent",
                "The pre-check as you sent it", "Pre-check advice: ");
        assertThat(page).doesNotContain(TestReferrals.INITIALS, String.valueOf(TestReferrals.BIRTH_YEAR),
                "Dr Anne", "anne@", "Comment", TestReferrals.CLINICAL_MARKER, "!followup.");
        // the newest step first
        assertThat(page.indexOf("contacted your patient")).isLessThan(page.indexOf("Referral sent"));
    }

    @Test
    void theSamePageInFrench() {
        Referral referral = stored("fr", r -> TestReferrals.changeStatus(r, ReferralStatus.SCREENING, null, Instant.now()));
        String page = open(followUp.issueLink(referral.getId()), Messages.FRENCH);

        assertThat(find(H1.class).single().getText()).isEqualTo("Votre adressage");
        assertThat(page).contains(referral.getReference(), "Envoyé le ", "Votre patient ou patiente est en cours de sélection",
                "Adressage envoyé", "La pré-vérification telle que vous l’avez envoyée");
    }

    @Test
    void aClosingStatusReadsWillNotTakePartNeverTheReason() {
        Referral referral = stored("en", r -> TestReferrals.changeStatus(r, ReferralStatus.DECLINED, "Prefers another hospital nearby", Instant.now()));
        String page = open(followUp.issueLink(referral.getId()), Messages.ENGLISH);

        assertThat(page).contains("Your patient will not take part").doesNotContain("Prefers another hospital");
    }

    @Test
    void aClosedReferralShowsTheCategoryStaffChoseNeverTheirReason() {
        Referral referral = stored("en", r -> TestReferrals.close(r, ReferralStatus.DECLINED, "Lives too far, says his daughter",
                fr.chulille.passerelle.referral.Closing.of(fr.chulille.passerelle.referral.ClosingCategory.PATIENT_TRAVEL_OR_TIME),
                Instant.now()));
        String page = open(followUp.issueLink(referral.getId()), Messages.ENGLISH);

        assertThat(page).contains("Your patient will not take part", "Travel or time constraints for the patient")
                .doesNotContain("Lives too far", "daughter");
    }

    @Test
    void aLinkOfAReferralClosedLongerThanThePeriodHasExpiredAndGivesTheTrialsPhone() {
        Referral referral = stored("en", r -> TestReferrals.changeStatus(r, ReferralStatus.NOT_ELIGIBLE, "Platelets",
                Instant.now().minus(Duration.ofDays(31))));
        String page = open(followUp.issueLink(referral.getId()), Messages.ENGLISH);

        assertThat(find(H1.class).single().getText()).isEqualTo("This link has expired");
        assertThat(page).contains(TRIAL_PHONE).doesNotContain(referral.getReference());
    }

    @Test
    void aReferralClosedWithinThePeriodIsStillShown() {
        Referral referral = stored("en", r -> TestReferrals.changeStatus(r, ReferralStatus.ENROLLED, null,
                Instant.now().minus(Duration.ofDays(29))));
        String page = open(followUp.issueLink(referral.getId()), Messages.ENGLISH);

        assertThat(page).contains(referral.getReference(), "Your patient was enrolled");
    }

    @Test
    void anErasedReferralsLinkNoLongerWorks() {
        Referral referral = stored("en", r -> { });
        String token = followUp.issueLink(referral.getId());
        erasure.erase(referral.getId(), RetentionCategory.ON_REQUEST, Instant.now());

        String page = open(token, Messages.ENGLISH);

        assertThat(find(H1.class).single().getText()).isEqualTo("This link is not valid");
        assertThat(page).contains(TRIAL_PHONE).doesNotContain(referral.getReference());
    }

    @Test
    void anUnknownOrMangledTokenIsNotValid() {
        Referral referral = stored("en", r -> { });
        String token = followUp.issueLink(referral.getId());

        String page = open(token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A"), Messages.ENGLISH);

        assertThat(find(H1.class).single().getText()).isEqualTo("This link is not valid");
        assertThat(page).contains(TRIAL_PHONE).doesNotContain(referral.getReference());
    }

    @Test
    void tokensAreLongRandomAndEachMailGetsItsOwn() {
        Referral referral = stored("en", r -> { });
        String first = followUp.issueLink(referral.getId());
        String second = followUp.issueLink(referral.getId());

        assertThat(first).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(second);
        assertThat(followUp.byToken(first)).get().extracting(r -> r.reference()).isEqualTo(referral.getReference());
        assertThat(followUp.byToken(second)).get().extracting(r -> r.reference()).isEqualTo(referral.getReference());
    }

    @Test
    void theReferrerReadsTheTeamsMessageAndAnswersItOnThePage() {
        Referral referral = stored("en", r -> { });
        messages.writeToReferrer(referral.getId(), "staff.test", "Please send the flow cytometry report");
        String page = open(followUp.issueLink(referral.getId()), Messages.ENGLISH);
        assertThat(page).contains("Messages with the trial team", "From the trial team", "Please send the flow cytometry report");

        test(find(Button.class).id("status-reply-send")).click();
        assertThat(find(TextArea.class).id("status-reply-text").isInvalid()).isTrue();
        test(find(TextArea.class).id("status-reply-text")).setValue("x".repeat(ReferrerMessages.MAX_LENGTH + 1));
        test(find(Button.class).id("status-reply-send")).click();
        assertThat(find(TextArea.class).id("status-reply-text").isInvalid()).isTrue();
        assertThat(messages.thread(referral.getId())).hasSize(1);

        test(find(TextArea.class).id("status-reply-text")).setValue("Sent this morning by fax");
        test(find(Button.class).id("status-reply-send")).click();

        assertThat(find(StatusPageView.class).single().getElement().getTextRecursively()).contains("Your answer", "Sent this morning by fax");
        assertThat(messages.thread(referral.getId())).last().satisfies(reply -> {
            assertThat(reply.author()).isEqualTo(MessageAuthor.REFERRER);
            assertThat(reply.unread()).isTrue();
        });
    }

    private Referral stored(String language, Consumer<Referral> history) {
        Referral referral = TestReferrals.referral("Dr Anne Leroy", "anne@hopital.example", language);
        history.accept(referral);
        return TestReferrals.submit(transactions, referrals, events, referral);
    }

    private String open(String token, java.util.Locale locale) {
        LanguagePreference.choose(locale);
        UI.getCurrent().navigate("status/" + token);
        return find(StatusPageView.class).single().getElement().getTextRecursively();
    }
}
