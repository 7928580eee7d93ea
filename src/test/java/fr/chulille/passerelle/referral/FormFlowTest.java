package fr.chulille.passerelle.referral;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.chulille.passerelle.eligibility.BilirubinUnit;
import fr.chulille.passerelle.eligibility.CellCountUnit;
import fr.chulille.passerelle.eligibility.CreatinineUnit;
import fr.chulille.passerelle.eligibility.LiverEnzymeUnit;
import fr.chulille.passerelle.eligibility.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16, items 6 (less typing for the referrer) and 2 (knock-out questions first), without a browser. */
@SpringBootTest
class FormFlowTest extends SpringBrowserlessTest {

    private static final List<String> KNOCK_OUT_IDS = List.of("cd19PercentOfBlasts", "diseaseStatus", "inductionCourses",
            "ageYears", "ecog", "brainMri", "priorCd19TargetedTherapy", "priorGeneticallyModifiedTCellTherapy",
            "csfMalignantCellsOrBrainMetastases");

    @BeforeEach
    void openTheFormInEnglish() {
        navigate(ReferralView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void theReferrersFieldsTellTheBrowserWhatToFillAndThePatientsInitialsDoNot() {
        assertThat(autocomplete(find(TextField.class).id("referrerName"))).isEqualTo("name");
        assertThat(autocomplete(find(TextField.class).id("hospital"))).isEqualTo("organization");
        assertThat(autocomplete(find(EmailField.class).id("email"))).isEqualTo("email");
        assertThat(autocomplete(find(TextField.class).id("phone"))).isEqualTo("tel");
        assertThat(autocomplete(find(TextField.class).id("initials"))).isEqualTo("off");
    }

    @Test
    void sampleDatesStartEmptyAndCanBeTypedAsDayAndMonthInBothLanguages() {
        List<DatePicker> dates = find(DatePicker.class).all();
        assertThat(dates).extracting(picker -> picker.getId().orElseThrow()).containsExactlyInAnyOrder(
                "platelets-date", "lymphocytes-date", "creatinine-date", "alt-date", "ast-date", "bilirubin-date");
        for (DatePicker picker : dates) {
            assertThat(picker.getValue()).as(picker.getId().orElseThrow()).isNull();
            assertThat(picker.getI18n().getDateFormats()).as(picker.getId().orElseThrow())
                    .startsWith("dd/MM/yyyy", "dd/MM");
            assertThat(picker.getHelperText()).contains("12/11");
        }
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(dates.getFirst().getI18n().getDateFormats()).startsWith("dd/MM/yyyy", "dd/MM");
        assertThat(dates.getFirst().getHelperText()).contains("12/11").contains("cette année");
    }

    @Test
    void theLaboratorysUnitsAreChosenOnceAndEachCanStillBeChanged() {
        ChoiceSelect<?> labUnits = find(ChoiceSelect.class).id(LabUnits.ID);
        assertThat(labUnits.getValue()).isNull();
        assertThat(find(ChoiceSelect.class).id("platelets-unit").getValue()).isNull();

        assertThat(find(ChoiceSelect.class).id("ast-unit").getValue()).isNull();

        ChoiceSelectTester.of(labUnits).selectItem("G/L and µmol/L (ALT, AST in U/L)");

        assertThat(find(ChoiceSelect.class).id("platelets-unit").getValue()).isEqualTo(CellCountUnit.GIGA_PER_LITRE);
        assertThat(find(ChoiceSelect.class).id("lymphocytes-unit").getValue()).isEqualTo(CellCountUnit.GIGA_PER_LITRE);
        assertThat(find(ChoiceSelect.class).id("creatinine-unit").getValue()).isEqualTo(CreatinineUnit.MICROMOL_PER_L);
        assertThat(find(ChoiceSelect.class).id("bilirubin-unit").getValue()).isEqualTo(BilirubinUnit.MICROMOL_PER_L);
        // a laboratory prints the liver enzymes in U/L, with its upper limit of normal, which is then asked
        assertThat(find(ChoiceSelect.class).id("alt-unit").getValue()).isEqualTo(LiverEnzymeUnit.UNITS_PER_LITRE);
        assertThat(find(ChoiceSelect.class).id("ast-unit").getValue()).isEqualTo(LiverEnzymeUnit.UNITS_PER_LITRE);
        assertThat(number("ast-uln").isVisible()).isTrue();
        number("ast-value").setValue(new BigDecimal("150"));
        number("ast-uln").setValue(new BigDecimal("40"));
        assertThat(panel().row("INC-12").outcome()).isEqualTo(Outcome.NOT_MET);
        // "× ULN", the protocol's unit, is still a choice beside each enzyme
        ChoiceSelectTester.of(find(ChoiceSelect.class).id("ast-unit")).selectItem("× ULN");
        number("ast-value").setValue(new BigDecimal("1.2"));
        assertThat(panel().row("INC-12").outcome()).isEqualTo(Outcome.UNKNOWN);
        number("platelets-value").setValue(new BigDecimal("20"));
        assertThat(panel().row("INC-09").outcome()).isEqualTo(Outcome.NOT_MET);

        ChoiceSelectTester.of(find(ChoiceSelect.class).id("platelets-unit")).selectItem("/µL");
        number("platelets-value").setValue(new BigDecimal("30000"));
        assertThat(panel().row("INC-09").outcome()).isEqualTo(Outcome.MET);

        ChoiceSelectTester.of(labUnits).selectItem("/µL and mg/dL (ALT, AST in U/L)");
        assertThat(find(ChoiceSelect.class).id("creatinine-unit").getValue()).isEqualTo(CreatinineUnit.MG_PER_DL);
        assertThat(find(ChoiceSelect.class).id("ast-unit").getValue()).isEqualTo(LiverEnzymeUnit.UNITS_PER_LITRE);
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(labUnits.getLabel()).isEqualTo("Unités de votre laboratoire");
    }

    @Test
    void theKnockOutQuestionsComeFirstAndOnlyThere() {
        // the number of induction courses is asked for primary refractory disease only (DependentQuestions)
        ChoiceSelectTester.of(find(ChoiceSelect.class).id("diseaseStatus")).selectItem("Primary refractory (no first remission after intensive chemotherapy)");
        Section first = (Section) find(Section.class).all().stream()
                .filter(section -> section.hasClassName("form-section")).findFirst().orElseThrow();
        assertThat(first.getId()).contains("knock-out-section");
        // the three knock-out exclusions come after their "none of the following" shortcut
        List<String> inOrder = new ArrayList<>(KNOCK_OUT_IDS);
        inOrder.add(inOrder.indexOf("priorCd19TargetedTherapy"), "attest-knock-outs-group");
        assertThat(first.getChildren().map(component -> component.getId().orElse("")).filter(id -> !id.isEmpty()))
                .containsExactlyElementsOf(inOrder);
        List<String> everyId = find(Component.class).all().stream().map(component -> component.getId().orElse(""))
                .filter(KNOCK_OUT_IDS::contains).toList();
        assertThat(everyId).as("each knock-out question once in the form").hasSameSizeAs(KNOCK_OUT_IDS)
                .doesNotHaveDuplicates();
        // the section's title is its heading button's markup (issue 16, item 8)
        assertThat(first.getElement().getChild(0).getChild(0).getProperty("innerHTML")).contains("Questions that settle most");
    }

    @Test
    void afterTheKnockOutSectionAloneThePanelSaysProbablyNotEligibleAndWhy() {
        number("cd19PercentOfBlasts").setValue(new BigDecimal("85"));
        ChoiceSelectTester.of(find(ChoiceSelect.class).id("diseaseStatus")).selectItem("Secondary refractory (no remission after salvage treatment of a relapse)");
        find(IntegerField.class).id("ageYears").setValue(45);
        ChoiceSelectTester.of(find(ChoiceSelect.class).id("ecog")).selectItem("3 — Limited self-care; in bed or chair more than half of the day");
        ChoiceSelectTester.of(find(ChoiceSelect.class).id("priorCd19TargetedTherapy")).selectItem("No");

        assertThat(headline()).isEqualTo("Probably not eligible.");
        assertThat(find(Div.class).id("precheck-listed").getElement().getProperty("innerHTML"))
                .contains("<ul id=\"precheck-list-inclusion\"><li>ECOG &lt; 2</li></ul>");
        assertThat(panel().row("INC-05").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(panel().row("INC-05").reasonText()).startsWith("ECOG 3");
        assertThat(panel().row("INC-02").outcome()).isEqualTo(Outcome.MET);

        ChoiceSelectTester.of(find(ChoiceSelect.class).id("ecog")).selectItem("1 — Restricted in strenuous activity; walks, can do light work");

        assertThat(headline()).isNotEqualTo("Probably not eligible.");
    }

    private static String autocomplete(Component field) {
        return field.getElement().getAttribute("autocomplete");
    }

    private BigDecimalField number(String id) {
        return find(BigDecimalField.class).id(id);
    }

    private PreCheckPanel panel() {
        return find(PreCheckPanel.class).single();
    }

    private String headline() {
        return Shown.text(find(Paragraph.class).id("precheck-headline"));
    }
}
