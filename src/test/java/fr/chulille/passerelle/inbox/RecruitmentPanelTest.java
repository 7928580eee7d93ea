package fr.chulille.passerelle.inbox;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.chulille.passerelle.i18n.LanguagePreference;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.recruitment.Recruitment;
import fr.chulille.passerelle.recruitment.RecruitmentTestContext;
import fr.chulille.passerelle.recruitment.RecruitmentState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12, item 1: staff set the public recruitment state in the inbox; who and when is shown and audited. */
@SpringBootTest(properties = RecruitmentTestContext.OWN_CONTEXT)
@WithMockUser(username = "coordinator.panel", roles = "COORDINATOR")
class RecruitmentPanelTest extends SpringBrowserlessTest {

    @Autowired
    Recruitment recruitment;
    @Autowired
    AuditEntryRepository audit;

    @BeforeEach
    void openTheInboxInEnglish() {
        navigate(InboxView.class);
        LanguagePreference.choose(Messages.ENGLISH);
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffPauseRecruitmentWithPlacesLeftAndSeeWhoSetItAndWhen() {
        int auditLines = audit.findByActionOrderByAtAsc(AuditEntry.Action.RECRUITMENT).size();

        test((RadioButtonGroup<RecruitmentState>) find(RadioButtonGroup.class).id("recruitment-state")).selectItem("Paused");
        find(IntegerField.class).id("recruitment-places").setValue(3);
        test(find(Button.class).id("recruitment-publish")).click();

        assertThat(recruitment.current().state()).isEqualTo(RecruitmentState.PAUSED);
        assertThat(recruitment.current().placesLeft()).isEqualTo(3);
        assertThat(recruitment.current().setBy()).isEqualTo("coordinator.panel");
        assertThat(find(Paragraph.class).id("recruitment-current").getText())
                .startsWith("Shown now: paused, 3 places left — set by coordinator.panel on ");
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Recruitment state published.");
        assertThat(audit.findByActionOrderByAtAsc(AuditEntry.Action.RECRUITMENT)).hasSize(auditLines + 1)
                .last().satisfies(entry -> {
                    assertThat(entry.line().actor()).isEqualTo("coordinator.panel");
                    assertThat(entry.line().detail()).endsWith("→ PAUSED, places left: 3");
                });
    }

    @Test
    @SuppressWarnings("unchecked")
    void openWithNoPlaceLeftIsRefusedBesideTheFieldAndNothingIsPublished() {
        recruitment.set(RecruitmentState.PAUSED, null);
        navigate(InboxView.class);
        LanguagePreference.choose(Messages.ENGLISH);

        test((RadioButtonGroup<RecruitmentState>) find(RadioButtonGroup.class).id("recruitment-state")).selectItem("Open");
        IntegerField places = find(IntegerField.class).id("recruitment-places");
        places.setValue(0);
        test(find(Button.class).id("recruitment-publish")).click();

        assertThat(places.isInvalid()).isTrue();
        assertThat(places.getErrorMessage()).startsWith("Open with no place left would contradict itself");
        assertThat(recruitment.current().state()).isEqualTo(RecruitmentState.PAUSED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void closingDisablesThePlacesAndPublishesNoNumber() {
        recruitment.set(RecruitmentState.OPEN, 2);
        navigate(InboxView.class);
        LanguagePreference.choose(Messages.ENGLISH);
        assertThat(find(IntegerField.class).id("recruitment-places").getValue()).isEqualTo(2);

        test((RadioButtonGroup<RecruitmentState>) find(RadioButtonGroup.class).id("recruitment-state"))
                .selectItem("Closed to new referrals");
        assertThat(find(IntegerField.class).id("recruitment-places").isEnabled()).isFalse();
        test(find(Button.class).id("recruitment-publish")).click();

        assertThat(recruitment.current().state()).isEqualTo(RecruitmentState.CLOSED);
        assertThat(recruitment.current().placesLeft()).isNull();
        assertThat(find(Paragraph.class).id("recruitment-current").getText())
                .startsWith("Shown now: closed to new referrals, no number of places — set by coordinator.panel on ");
        assertThat(find(Paragraph.class).withClassName("inbox-places").single().getText()).contains("with the status Enrolled");
    }
}
