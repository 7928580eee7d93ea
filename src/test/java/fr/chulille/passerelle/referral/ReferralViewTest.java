package fr.chulille.passerelle.referral;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.chulille.passerelle.eligibility.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ReferralViewTest extends SpringBrowserlessTest {

    @Autowired
    ReferralRepository referrals;

    @BeforeEach
    void openTheFormInEnglish() {
        navigate(ReferralView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void theAdviceFollowsThePlateletCount() {
        assertThat(headline()).isEqualTo("No advice yet — 0 of 37 criteria have data.");

        enterLab("platelets", "20", "G/L");

        assertThat(headline()).isEqualTo("Probably not eligible.");
        assertThat(listed()).isEqualTo("<h3 class=\"precheck-advice-heading\" id=\"precheck-inclusion-not-met\">"
                + "Inclusion criterion not met:</h3><ul id=\"precheck-list-inclusion\"><li>Platelets ≥ 30 G/L</li></ul>");
        assertThat(panel().row("INC-09").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(panel().row("INC-09").word()).isEqualTo("Not met");
        assertThat(Shown.text(find(Paragraph.class).id("precheck-follow-up")))
                .isEqualTo("You can still send the referral or call the team.");

        number("platelets-value").setValue(new BigDecimal("45"));

        assertThat(headline()).isEqualTo("No advice yet — 1 of 37 criteria have data.");
        assertThat(panel().row("INC-09").word()).isEqualTo("Met");
    }

    /** An exclusion is present, never "not met": it comes under its own heading in the live panel. */
    @Test
    void aPresentExclusionIsListedUnderItsOwnHeading() {
        ChoiceSelectTester.of(find(ChoiceSelect.class).id("priorCd19TargetedTherapy")).selectItem("Yes");

        assertThat(headline()).isEqualTo("Probably not eligible.");
        assertThat(listed()).isEqualTo("<h3 class=\"precheck-advice-heading\" id=\"precheck-exclusion-present\">"
                + "Exclusion criterion present:</h3><ul id=\"precheck-list-exclusion\"><li>Prior CD19-targeted therapy</li></ul>");
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(listed()).contains("id=\"precheck-exclusion-present\">Critère de non-inclusion présent\u00a0:</h3>")
                .doesNotContain("precheck-inclusion-not-met");
    }

    @Test
    void theMeasuredClearanceFieldAsksForA24HourUrineClearanceNeverAnEgfr() {
        BigDecimalField measured = number("measuredCreatinineClearance");

        assertThat(measured.getLabel()).contains("24-hour urine");
        assertThat(measured.getHelperText()).contains("do not type the estimated GFR (CKD-EPI or MDRD)");
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(measured.getLabel()).contains("urines de 24 h");
        assertThat(measured.getHelperText()).contains("ne pas saisir le DFG estimé (CKD-EPI ou MDRD)");
    }

    @Test
    void cockcroftGaultDecidesAndAMeasuredClearanceOnTheOtherSideLeavesItToConfirm() {
        find(IntegerField.class).id("ageYears").setValue(54);
        ChoiceSelectTester.of(find(ChoiceSelect.class).id("sex")).selectItem("Male");
        number("weightKg").setValue(new BigDecimal("70"));
        enterLab("creatinine", "80", "µmol/L");
        number("measuredCreatinineClearance").setValue(new BigDecimal("35"));

        assertThat(panel().row("INC-11").outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(panel().row("INC-11").reasonText()).contains("92.4 mL/min").contains("35.0 mL/min");

        number("measuredCreatinineClearance").setValue(new BigDecimal("60"));

        assertThat(panel().row("INC-11").outcome()).isEqualTo(Outcome.MET);
        assertThat(panel().row("INC-11").reasonText()).contains("for information: 60.0 mL/min");
    }

    /** "Rattrapage" or "réinduction" after a failed induction is a second course: the question says so. */
    @Test
    void thePrimaryRefractoryQuestionCountsIntensiveCoursesWithAnExample() {
        // asked for primary refractory disease only (issue 16: DependentQuestions)
        ChoiceSelectTester.of(find(ChoiceSelect.class).id("diseaseStatus")).selectItem("Primary refractory (no first remission after intensive chemotherapy)");
        IntegerField courses = find(IntegerField.class).id("inductionCourses");

        assertThat(courses.getLabel())
                .isEqualTo("Number of intensive chemotherapy courses given to try to reach a first remission, without remission");
        assertThat(courses.getHelperText()).contains("an induction followed by a salvage course or re-induction").endsWith("= 2.");
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(courses.getLabel()).contains("chimiothérapie intensive").contains("première rémission");
        assertThat(courses.getHelperText()).contains("une induction suivie d’un rattrapage ou d’une réinduction = 2");
    }

    @Test
    void aValueInPerMicrolitreIsConvertedBeforeComparing() {
        enterLab("platelets", "30000", "/µL");

        assertThat(panel().row("INC-09").outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void anImpossibleValueIsShownBesideItsFieldAndNeverReachesTheEngine() {
        BigDecimalField cd19 = number("cd19PercentOfBlasts");
        cd19.setValue(new BigDecimal("120"));

        assertThat(cd19.isInvalid()).isTrue();
        assertThat(cd19.getErrorMessage()).isEqualTo("Enter a value between 0 and 100.");
        assertThat(panel().row("INC-02").outcome()).isEqualTo(Outcome.UNKNOWN);

        cd19.setValue(new BigDecimal("85"));

        assertThat(cd19.isInvalid()).isFalse();
        assertThat(panel().row("INC-02").outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void aBirthYearInTheFutureIsRefusedBesideTheField() {
        IntegerField birthYear = find(IntegerField.class).id("birthYear");
        birthYear.setValue(Year.now().getValue() + 1);

        assertThat(birthYear.isInvalid()).isTrue();
        assertThat(birthYear.getErrorMessage()).startsWith("The year cannot be later than");
    }

    @Test
    void aValueWithoutItsUnitAsksForTheUnit() {
        number("creatinine-value").setValue(new BigDecimal("80"));

        ChoiceSelect<?> unit = find(ChoiceSelect.class).id("creatinine-unit");
        assertThat(unit.isInvalid()).isTrue();
        assertThat(unit.getErrorMessage()).isEqualTo("Choose the unit of this value.");
    }

    @Test
    void theCockcroftGaultEstimateIsShownWithItsFormula() {
        find(IntegerField.class).id("ageYears").setValue(54);
        ChoiceSelectTester.of(find(ChoiceSelect.class).id("sex")).selectItem("Male");
        number("weightKg").setValue(new BigDecimal("70"));
        enterLab("creatinine", "80", "µmol/L");

        assertThat(Shown.text(find(Paragraph.class).id("clearance-estimate")))
                .isEqualTo("Estimated creatinine clearance (Cockcroft-Gault): (140 − 54) × 70 / (72 × 0.905) = 92.4 mL/min");
        assertThat(panel().row("INC-11").outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void everyClinicalSelectOffersUnknownAndNothingIsPreselected() {
        find(ChoiceSelect.class).all().stream().filter(select -> !select.getId().orElse("").endsWith("-unit")).forEach(select -> {
            assertThat(select.getValue()).as(select.getId().orElse("?")).isNull();
            assertThat(ChoiceSelectTester.of(select).getSuggestions()).as(select.getId().orElse("?"))
                    .containsAnyOf("Don't know", "Unknown / not available");
        });
    }

    @Test
    void aFailedRppsCheckDigitOnlyWarns() {
        TextField rpps = find(TextField.class).id("rpps");
        test(rpps).setValue("10003456788");

        assertThat(rpps.getHelperText()).contains("check digit");
        assertThat(rpps.isInvalid()).isFalse();
    }

    @Test
    void sendingWithoutTheAttestationShowsWhatIsMissingAndStoresNothing() {
        long before = referrals.count();
        fillIdentity();

        test(find(Button.class).id("send-referral")).click();

        assertThat(find(Paragraph.class).id("form-error").isVisible()).isTrue();
        Checkbox attestation = find(Checkbox.class).id("consent-attested");
        assertThat(attestation.isInvalid()).isTrue();
        assertThat(attestation.getErrorMessage()).isEqualTo("Please confirm that the patient agreed to be referred.");
        assertThat(find(Button.class).id("send-referral").isEnabled()).isTrue();
        assertThat(referrals.count()).isEqualTo(before);
    }

    @Test
    void aReferralProbablyNotEligibleIsSentAndTheConfirmationShowsItsReference() {
        long before = referrals.count();
        fillIdentity();
        enterLab("platelets", "20", "G/L");
        test(find(Checkbox.class).id("consent-attested")).click();

        test(find(Button.class).id("send-referral")).click();

        String reference = find(Span.class).id("referral-reference").getText();
        assertThat(reference).matches("PAS-\\d{4}-\\d{4}");
        assertThat(referrals.count()).isEqualTo(before + 1);
        Referral stored = referrals.findByReference(reference).orElseThrow();
        assertThat(stored.getAdvice()).isEqualTo("PROBABLY_NOT_ELIGIBLE");
        assertThat(stored.getPatient().initials()).isEqualTo("JD");
        assertThat(stored.getFormLanguage()).isEqualTo("en");
        assertThat(find(Button.class).id("print-referral").getText()).isEqualTo("Print this page");
        // the confirmation (and its printed copy) lists the failed inclusion criterion under its heading
        assertThat(find(Paragraph.class).id("confirmation-advice").getText()).isEqualTo("Probably not eligible.");
        assertThat(find(Paragraph.class).withClassName("advice-section-heading").all()).extracting(Paragraph::getText)
                .containsExactly("Inclusion criterion not met:");
        assertThat(find(UnorderedList.class).id("confirmation-inclusion").getElement().getTextRecursively())
                .isEqualTo("Platelets ≥ 30 G/L");
    }

    @Test
    void everyTextIsTranslatedInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            UI.getCurrent().setLocale(locale);
            enterLab("platelets", "20", "G/L");
            Stream<String> texts = find(Component.class).all().stream().flatMap(ReferralViewTest::textsOf);
            assertThat(texts).as(locale.toString()).noneMatch(text -> text.contains("!referral.") || text.contains("!eligibility.")
                    || text.contains("{") || text.contains("}"));
        }
    }

    private static Stream<String> textsOf(Component component) {
        Stream.Builder<String> texts = Stream.builder();
        if (component instanceof HasLabel labelled && labelled.getLabel() != null) {
            texts.add(labelled.getLabel());
        }
        if (component instanceof HasHelper helped && helped.getHelperText() != null) {
            texts.add(helped.getHelperText());
        }
        if (component instanceof HasText) {
            texts.add(Shown.text(component));
        }
        return texts.build();
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

    private String headline() {
        return panel().headlineText();
    }

    /** The criteria the advice lists, under their headings: written as the element's markup. */
    private String listed() {
        return find(Div.class).id("precheck-listed").getElement().getProperty("innerHTML");
    }
}
