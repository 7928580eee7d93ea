package fr.chulille.passerelle.referral;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.chulille.passerelle.eligibility.Answer;
import fr.chulille.passerelle.eligibility.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16: the form asks a dependent question only when its answer could change the advice. */
@SpringBootTest
class DependentQuestionsViewTest extends SpringBrowserlessTest {

    private static final List<String> WOMENS_QUESTIONS = List.of("childbearingPotential", "pregnancyTest",
            "agreesToContraception", "agreesToAvoidBreastfeeding", "pregnantBreastfeedingOrPlanningPregnancy");

    @Autowired
    ReferralRepository referrals;
    @Autowired
    JsonMapper json;

    @BeforeEach
    void openTheFormInEnglish() {
        navigate(ReferralView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void theNumberOfInductionCoursesIsAskedForPrimaryRefractoryDiseaseOnly() {
        assertThat(shown("inductionCourses")).isFalse();

        ChoiceSelectTester.of(find(ChoiceSelect.class).id("diseaseStatus")).selectItem("Primary refractory (no first remission after intensive chemotherapy)");
        assertThat(shown("inductionCourses")).isTrue();

        ChoiceSelectTester.of(find(ChoiceSelect.class).id("diseaseStatus")).selectItem("Secondary refractory (no remission after salvage treatment of a relapse)");
        assertThat(shown("inductionCourses")).isFalse();
        assertThat(panel().row("INC-03").outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void gilbertSyndromeIsAskedWhenTheBilirubinIsAboveTheLimitAndAnAnswerGivenIsKept() {
        assertThat(shown("gilbertSyndrome")).isFalse();
        enterLab("bilirubin", "10", "µmol/L");
        assertThat(shown("gilbertSyndrome")).isFalse();
        assertThat(panel().row("INC-13").outcome()).isEqualTo(Outcome.MET);

        number("bilirubin-value").setValue(new BigDecimal("40"));
        assertThat(shown("gilbertSyndrome")).isTrue();
        assertThat(panel().row("INC-13").outcome()).isEqualTo(Outcome.UNKNOWN);
        ChoiceSelectTester.of(find(ChoiceSelect.class).id("gilbertSyndrome")).selectItem("Yes");
        assertThat(panel().row("INC-13").outcome()).isEqualTo(Outcome.MET);

        // the value corrected: the answer given is kept, and stays in sight
        number("bilirubin-value").setValue(new BigDecimal("10"));
        assertThat(shown("gilbertSyndrome")).isTrue();
        assertThat(find(ChoiceSelect.class).id("gilbertSyndrome").getValue()).isEqualTo(Answer.YES);
    }

    @Test
    void theReproductiveQuestionsFollowTheSex() {
        assertThat(shown("agreesToCondomUse")).isFalse();
        assertThat(shown("childbearingPotential")).isTrue();

        ChoiceSelectTester.of(find(ChoiceSelect.class).id("sex")).selectItem("Male");
        assertThat(shown("agreesToCondomUse")).isTrue();
        assertThat(WOMENS_QUESTIONS).noneMatch(this::shown);
        assertThat(panel().row("INC-18-2").outcome()).isEqualTo(Outcome.MET);

        ChoiceSelectTester.of(find(ChoiceSelect.class).id("sex")).selectItem("Female");
        assertThat(shown("agreesToCondomUse")).isFalse();
        assertThat(shown("childbearingPotential")).isTrue();
        assertThat(shown("agreesToContraception")).isFalse();
        ChoiceSelectTester.of(find(ChoiceSelect.class).id("childbearingPotential")).selectItem("Yes");
        assertThat(WOMENS_QUESTIONS).allMatch(this::shown);
    }

    @Test
    void anAnswerToAQuestionNoLongerNeededIsStoredAsGiven() {
        fillIdentity();
        ChoiceSelectTester.of(find(ChoiceSelect.class).id("diseaseStatus")).selectItem("Primary refractory (no first remission after intensive chemotherapy)");
        find(IntegerField.class).id("inductionCourses").setValue(2);
        ChoiceSelectTester.of(find(ChoiceSelect.class).id("diseaseStatus")).selectItem("Relapse after allogeneic HCT");
        assertThat(shown("inductionCourses")).isTrue();
        test(find(Checkbox.class).id("consent-attested")).click();
        test(find(Button.class).id("send-referral")).click();

        Referral stored = referrals.findByReference(find(Span.class).id("referral-reference").getText()).orElseThrow();
        JsonNode facts = json.readTree(stored.getClinicalFactsJson()).path("facts");
        assertThat(facts.path("inductionCourses").asInt()).isEqualTo(2);
        assertThat(facts.path("diseaseStatus").asString()).isEqualTo("POST_TRANSPLANT_RELAPSE");
    }

    /** Looked up in the whole component tree: queries skip what is not shown. */
    private boolean shown(String id) {
        return component(find(ReferralView.class).single(), id).orElseThrow(() -> new AssertionError("no " + id)).isVisible();
    }

    private static Optional<Component> component(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(child -> component(child, id)).flatMap(Optional::stream).findFirst();
    }

    private void enterLab(String fact, String value, String unitLabel) {
        ChoiceSelectTester.of(find(ChoiceSelect.class).id(fact + "-unit")).selectItem(unitLabel);
        number(fact + "-value").setValue(new BigDecimal(value));
    }

    private BigDecimalField number(String id) {
        return find(BigDecimalField.class).id(id);
    }

    private PreCheckPanel panel() {
        return find(PreCheckPanel.class).single();
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
