package fr.chulille.passerelle.referral;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.Fact;
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

        ChoiceSelectTester.of(find(ChoiceSelect.class).id("ecog")).selectItem("1 — Restricted in strenuous activity; walks, can do light work");

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

    /** Issue 16, item 5: each section says how many of its fields are filled, in both languages. */
    @Test
    void eachSectionSaysHowManyOfItsFieldsAreFilled() {
        navigate(ReferralView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        List<FormSection> sections = find(FormSection.class).all();
        FormSection knockOut = sections.getFirst();
        FormSection patient = sections.get(2);
        assertThat(knockOut.filledText()).isEqualTo("0 of 9 filled");
        assertThat(patient.filledText()).isEqualTo("0 of 4 filled");

        find(IntegerField.class).id("birthYear").setValue(1970);
        test(find(TextField.class).id("initials")).setValue("JD");

        assertThat(patient.filledText()).isEqualTo("2 of 4 filled");
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(patient.filledText()).isEqualTo("2 sur 4 renseignés");
        find(IntegerField.class).id("birthYear").clear();
        assertThat(patient.filledText()).isEqualTo("1 sur 4 renseigné");
        assertThat(knockOut.filledText()).isEqualTo("0 sur 9 renseigné");
        // the laboratory's units and the sample dates are not counted: the values are
        ChoiceSelectTester.of(find(ChoiceSelect.class).id("platelets-unit")).selectItem("G/L");
        assertThat(sections.get(5).filledText()).startsWith("0 sur ");
    }

    /** On a phone the sections but the first and the last start collapsed; "answer next" opens the one it needs. */
    @Test
    void collapsedSectionsOpenWithTheirButtonAndForTheFieldToAnswerNext() {
        navigate(ReferralView.class);
        ReferralEditor editor = find(ReferralEditor.class).single();
        List<FormSection> sections = editor.sections();
        assertThat(sections).allMatch(FormSection::isOpen);

        editor.collapseForANarrowScreen();

        assertThat(sections.getFirst().isOpen()).isTrue();
        assertThat(sections.getLast().isOpen()).isTrue();
        assertThat(sections.subList(1, sections.size() - 1)).noneMatch(FormSection::isOpen)
                .allMatch(section -> section.hasClassName(FormSection.COLLAPSED));
        NativeButton toggle = find(NativeButton.class).withClassName("form-section-toggle").all().get(1);
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        ComponentUtil.fireEvent(toggle, new ClickEvent<>(toggle));
        assertThat(sections.get(1).isOpen()).isTrue();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");

        editor.focus(Fact.PLATELETS);

        FormSection labs = sections.stream().filter(section -> section.fields().contains(find(BigDecimalField.class)
                .id("platelets-value"))).findFirst().orElseThrow();
        assertThat(labs.isOpen()).isTrue();
    }

    /**
     * On a phone the panel's 37 rows start folded under one line, so that the page is not several screens longer under
     * the form; the advice, its lists of criteria not met and "answer next" stay outside, in sight.
     */
    @Test
    void onAPhoneThePanelsRowsStartFoldedUnderTheAdvice() {
        navigate(ReferralView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        Details criteria = find(Details.class).id("precheck-criteria");
        PreCheckPanel panel = find(PreCheckPanel.class).single();
        assertThat(criteria.isOpened()).as("a wide screen: every row shown").isTrue();
        assertThat(criteria.getSummaryText()).isEqualTo("The 37 criteria, one by one");
        assertThat(criteria.getContent()).as("the rows' lists inside the fold").contains(panel.row("INC-01").getParent().orElseThrow());

        find(ReferralView.class).single().fitANarrowScreen();

        assertThat(criteria.isOpened()).isFalse();
        List<FormSection> sections = find(ReferralEditor.class).single().sections();
        assertThat(sections.subList(1, sections.size() - 1)).noneMatch(FormSection::isOpen);
        for (String outside : List.of("precheck-advice", "answer-next")) {
            assertThat(panel.getChildren().map(child -> child.getId().orElse(""))).as("%s beside the fold", outside)
                    .contains(outside);
        }
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(criteria.getSummaryText()).isEqualTo("Les 37 critères, un par un");
    }

    /** The sticky line at the bottom of a phone's screen: the verdict in a few words, and the way to the panel. */
    @Test
    void theStickyLineCountsTheCriteriaNotMetAndToConfirmAndLeadsToThePanel() {
        navigate(ReferralView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        Button sticky = find(Button.class).id("precheck-sticky");
        assertThat(sticky.getText()).isEqualTo("0 not met · 37 to confirm");

        ChoiceSelectTester.of(find(ChoiceSelect.class).id("platelets-unit")).selectItem("G/L");
        find(BigDecimalField.class).id("platelets-value").setValue(new BigDecimal("20"));

        assertThat(sticky.getText()).isEqualTo("1 not met · 36 to confirm");
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(sticky.getText()).isEqualTo("1 non rempli · 36 à confirmer");
        ChoiceSelectTester.of(find(ChoiceSelect.class).id("priorCd19TargetedTherapy")).selectItem("Oui");
        assertThat(sticky.getText()).isEqualTo("2 non remplis · 35 à confirmer");
        // its target: the panel's heading, which can take the focus
        assertThat(sticky.getElement().getAttribute("aria-describedby")).isEqualTo("precheck-heading");
        assertThat(find(H2.class).id("precheck-heading").getElement().getAttribute("tabindex")).isEqualTo("-1");
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
