package fr.chulille.passerelle.inbox;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import fr.chulille.passerelle.i18n.LanguagePreference;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.StoredReferrals;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.referral.ReferralStatusChanged;
import fr.chulille.passerelle.referral.TestReferrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** "Tell the referrer" on a status change: ticked by default, its choice goes with the change and into the audit trail. */
@SpringBootTest
@RecordApplicationEvents
@WithMockUser(username = "coordinator.test", roles = "COORDINATOR")
class TellTheReferrerTest extends SpringBrowserlessTest {

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StoredReferrals referrals;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    ApplicationEvents events;

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    fr.chulille.passerelle.referral.ReferrerFollowUp followUp;

    @Test
    void staffWriteToTheReferrerAndSeeTheirReplyMarkedNewOnce() {
        Referral referral = TestReferrals.submit(transactions, referrals, publisher,
                TestReferrals.referral("Dr Hugo Morel", "hugo.morel@hopital.example", "en"));
        UI.getCurrent().navigate("inbox/" + referral.getId());
        LanguagePreference.choose(Messages.ENGLISH);

        test(find(com.vaadin.flow.component.textfield.TextArea.class).id("referrer-message-text"))
                .setValue("Please send the flow cytometry report");
        test(find(Button.class).id("referrer-message-send")).click();
        assertThat(find(ListItem.class).all()).extracting(item -> item.getElement().getTextRecursively())
                .anyMatch(text -> text.contains("The trial team") && text.contains("Please send the flow cytometry report"))
                .anyMatch(text -> text.contains("coordinator.test wrote to the referrer"));
        assertThat(events.stream(fr.chulille.passerelle.followup.MessageForReferrer.class)
                .filter(e -> e.referralId().equals(referral.getId()))).hasSize(1);

        assertThat(fr.chulille.passerelle.followup.FollowUpTestAccess.reply(context, followUp.issueLink(referral.getId()),
                "Report sent by fax")).isTrue();
        UI.getCurrent().navigate("inbox");
        UI.getCurrent().navigate("inbox/" + referral.getId());
        assertThat(find(ListItem.class).all()).filteredOn(item -> item.getElement().getTextRecursively().contains("Report sent by fax"))
                .singleElement().satisfies(item -> {
                    assertThat(item.getElement().getTextRecursively()).startsWith("New").contains("The referrer");
                    assertThat(item.hasClassName("unread")).isTrue();
                });
        assertThat(find(ListItem.class).all()).extracting(item -> item.getElement().getTextRecursively())
                .anyMatch(text -> text.contains("referrer answered on the status page"));

        UI.getCurrent().navigate("inbox");
        UI.getCurrent().navigate("inbox/" + referral.getId());
        assertThat(find(ListItem.class).all()).filteredOn(item -> item.getElement().getTextRecursively().contains("Report sent by fax"))
                .singleElement().satisfies(item -> assertThat(item.hasClassName("unread")).isFalse());
    }

    @Test
    @SuppressWarnings("unchecked")
    void tickedByDefaultUntickedForOneChangeAndAudited() {
        Referral referral = TestReferrals.submit(transactions, referrals, publisher,
                TestReferrals.referral("Dr Eva Blanc", "eva.blanc@hopital.example", "en"));
        UI.getCurrent().navigate("inbox/" + referral.getId());
        LanguagePreference.choose(Messages.ENGLISH);

        Checkbox tell = find(Checkbox.class).id("status-tell-referrer");
        assertThat(tell.getValue()).isTrue();
        assertThat(tell.getLabel()).isEqualTo("Tell the referrer");
        test(tell).click();
        test(find(Select.class).id("status-select")).selectItem("In review");
        test(find(Button.class).id("status-change")).click();

        assertThat(find(Checkbox.class).id("status-tell-referrer").getValue()).as("ticked again for the next change").isTrue();
        test(find(Select.class).id("status-select")).selectItem("Referrer contacted");
        test(find(Button.class).id("status-change")).click();

        assertThat(events.stream(ReferralStatusChanged.class).filter(e -> e.referralId().equals(referral.getId())))
                .extracting(ReferralStatusChanged::to, ReferralStatusChanged::tellReferrer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReferralStatus.IN_REVIEW, false),
                        org.assertj.core.groups.Tuple.tuple(ReferralStatus.CONTACTED, true));
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .anyMatch(text -> text.contains("changed the status NEW → IN_REVIEW; referrer not told"))
                .anyMatch(text -> text.contains("changed the status IN_REVIEW → CONTACTED; referrer told"));
    }
}
