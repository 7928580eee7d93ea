package fr.chulille.passerelle.referral;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.recruitment.Recruitment;
import fr.chulille.passerelle.recruitment.RecruitmentNotice;
import fr.chulille.passerelle.recruitment.RecruitmentTestContext;
import fr.chulille.passerelle.recruitment.RecruitmentState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12, item 1: when staff pause or close recruitment, the form says so at its top and still sends the referral. */
@SpringBootTest(properties = RecruitmentTestContext.OWN_CONTEXT)
@WithMockUser(username = "pi.form", roles = "INVESTIGATOR")
class RecruitmentNoticeOnTheFormTest extends SpringBrowserlessTest {

    @Autowired
    Recruitment recruitment;
    @Autowired
    ReferralRepository referrals;

    private final Messages messages = Messages.fromClasspath();

    @Test
    void pausedRecruitmentIsSaidAtTheTopAndTheReferralIsStillSent() {
        RecruitmentNotice paused = recruitment.set(RecruitmentState.PAUSED, null);
        navigate(ReferralView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        Paragraph notice = find(Paragraph.class).id("recruitment-notice");
        assertThat(notice.isVisible()).isTrue();
        assertThat(Shown.text(notice)).isEqualTo(messages.format("recruitment.referral.notice", Locale.ENGLISH, paused.arguments()))
                .startsWith("Recruitment paused — updated on ").endsWith("You can still send a referral: the study team reads every referral and decides.");
        var page = find(ReferralView.class).single();
        assertThat(page.getChildren().toList().indexOf(notice)).isEqualTo(page.getChildren().toList().indexOf(find(H1.class).single()) + 1);

        long before = referrals.count();
        fillIdentity();
        test(find(Checkbox.class).id("consent-attested")).click();
        test(find(Button.class).id("send-referral")).click();

        assertThat(find(Span.class).id("referral-reference").getText()).matches("PAS-\\d{4}-\\d{4}");
        assertThat(referrals.count()).isEqualTo(before + 1);
    }

    @Test
    void closedRecruitmentIsSaidInFrench() {
        RecruitmentNotice closed = recruitment.set(RecruitmentState.CLOSED, null);
        navigate(ReferralView.class);
        UI.getCurrent().setLocale(Locale.FRENCH);

        Paragraph notice = find(Paragraph.class).id("recruitment-notice");
        assertThat(notice.isVisible()).isTrue();
        assertThat(Shown.text(notice)).isEqualTo(messages.format("recruitment.referral.notice", Locale.FRENCH, closed.arguments()))
                .startsWith("Recrutement fermé — mis à jour le ");
        assertThat(find(Button.class).id("send-referral").isEnabled()).isTrue();
    }

    @Test
    void openRecruitmentNeedsNoNotice() {
        recruitment.set(RecruitmentState.OPEN, 3);
        navigate(ReferralView.class);

        assertThat(find(ReferralView.class).single().getChildren()
                .filter(child -> child.getId().filter("recruitment-notice"::equals).isPresent()))
                .singleElement().satisfies(notice -> assertThat(notice.isVisible()).isFalse());
    }

    private void fillIdentity() {
        test(find(TextField.class).id("referrerName")).setValue("Dr Claire Martin");
        test(find(TextField.class).id("rpps")).setValue("10003456789");
        test(find(TextField.class).id("hospital")).setValue("CH de Valenciennes");
        test(find(TextField.class).id("department")).setValue("Hématologie");
        find(EmailField.class).id("email").setValue("c.martin@example.org");
        test(find(TextField.class).id("phone")).setValue("03 27 14 33 33");
        test(find(TextField.class).id("initials")).setValue("JD");
    }
}
