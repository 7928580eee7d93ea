package fr.chulille.passerelle.inbox;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import fr.chulille.passerelle.i18n.LanguagePreference;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.StoredReferrals;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.referral.TestReferrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox header shows the triage time of the last 90 days in plain words, in the page's language. */
@SpringBootTest
@WithMockUser(username = "coordinator.test", roles = "COORDINATOR")
class TriageTimeHeaderTest extends SpringBrowserlessTest {

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StoredReferrals referrals;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    InboxService inbox;

    @Test
    void aHandledReferralShowsInTheTriageTime() {
        Referral referral = TestReferrals.submit(transactions, referrals, events,
                TestReferrals.referral("Dr Triageheader", "triage-header@hopital.example", "fr"));
        inbox.changeStatus(referral.getId(), ReferralStatus.IN_REVIEW, null);

        navigate(InboxView.class);
        LanguagePreference.choose(Messages.ENGLISH);
        String english = find(Paragraph.class).id("triage-time-summary").getText();
        LanguagePreference.choose(Messages.FRENCH);
        String french = find(Paragraph.class).id("triage-time-summary").getText();

        assertThat(english).startsWith("Triage time: ").contains("in the last 90 days.",
                "First status change after", "(median)", "handled within one working day.");
        assertThat(french).startsWith("Délai de prise en charge : ").contains("(médiane)");
        assertThat(inbox.triageTime().handled()).isPositive();
    }
}
