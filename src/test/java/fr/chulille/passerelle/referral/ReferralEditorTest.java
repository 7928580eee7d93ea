package fr.chulille.passerelle.referral;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Issue 16, item 7: the form is a component that fires its events (changed, submit) without a view, and
 * the view asks for the pre-check once per change and once per submit: the facts validated once and
 * evaluated once each time (before: per submit, evaluated three times and validated seven times).
 */
@SpringBootTest
class ReferralEditorTest extends SpringBrowserlessTest {

    /** The one way from the referral package to the validator and the engine, spied to count the calls. */
    @MockitoSpyBean
    PreChecks preChecks;

    @Test
    void theEditorFiresAChangeWithTheFactsReadAndASubmitWithTheSubmissionWithoutAView() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ReferralEditor editor = new ReferralEditor(new Texts(UI.getCurrent()));
        UI.getCurrent().add(editor);
        List<ClinicalFacts> changes = new ArrayList<>();
        List<ReferralSubmission> submissions = new ArrayList<>();
        editor.addChangeListener(change -> changes.add(change.facts()));
        editor.addSubmitListener(submit -> submissions.add(submit.submission()));

        find(BigDecimalField.class).id("cd19PercentOfBlasts").setValue(new BigDecimal("85"));

        assertThat(changes).hasSize(1);
        assertThat(changes.getFirst().cd19PercentOfBlasts()).isEqualByComparingTo("85");
        assertThat(submissions).isEmpty();

        test(find(Button.class).id("send-referral")).click();
        assertThat(submissions).as("identity missing: no submit").isEmpty();

        fillIdentity();
        test(find(Checkbox.class).id("consent-attested")).click();
        test(find(Button.class).id("send-referral")).click();

        assertThat(submissions).hasSize(1);
        ReferralSubmission sent = submissions.getFirst();
        assertThat(sent.patientInitials()).isEqualTo("JD");
        assertThat(sent.referrer().rpps()).isEqualTo("10003456789");
        assertThat(sent.facts().cd19PercentOfBlasts()).isEqualByComparingTo("85");
        assertThat(sent.consentAttested()).isTrue();
        assertThat(sent.language()).isEqualTo("en");
        assertThat(changes).as("sending is no change").hasSize(1);
        verify(preChecks, times(0)).evaluate(any(), anyInt());
    }

    @Test
    void thePreCheckRunsOncePerChangeAndOncePerSubmit() {
        navigate(ReferralView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        clearInvocations(preChecks);

        test(find(Select.class).id("ecog")).selectItem("1 — Restricted in strenuous activity; walks, can do light work");

        verify(preChecks, times(1)).evaluate(any(), anyInt());
        verify(preChecks, times(1)).validate(any(), anyInt());

        fillIdentity();
        test(find(Checkbox.class).id("consent-attested")).click();
        clearInvocations(preChecks);

        test(find(Button.class).id("send-referral")).click();

        assertThat(find(Span.class).id("referral-reference").getText()).matches("PAS-\\d{4}-\\d{4}");
        verify(preChecks, times(1)).evaluate(any(), anyInt());
        verify(preChecks, times(1)).validate(any(), anyInt());
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
