package fr.chulille.passerelle.inbox;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fr.chulille.passerelle.eligibility.Answer;
import fr.chulille.passerelle.eligibility.CellCountUnit;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.Criterion;
import fr.chulille.passerelle.eligibility.Measurement;
import fr.chulille.passerelle.eligibility.Sex;
import fr.chulille.passerelle.i18n.LanguagePreference;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.referral.ClosingCategory;
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

import java.math.BigDecimal;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15 item 4: closing a referral asks for a category; "not eligible" offers the criteria, pre-filled from the pre-check. */
@SpringBootTest
@WithMockUser(username = "coordinator.test", roles = "COORDINATOR")
class ClosingCategoryViewTest extends SpringBrowserlessTest {

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StoredReferrals referrals;
    @Autowired
    ApplicationEventPublisher events;

    private Referral openReferralFailingSomeCriteria() {
        ClinicalFacts facts = ClinicalFacts.builder().ageYears(60).sex(Sex.MALE)
                .platelets(Measurement.of("20", CellCountUnit.GIGA_PER_LITRE))
                .cd19PercentOfBlasts(BigDecimal.ZERO).uncontrolledInfection(Answer.YES).build();
        Referral referral = TestReferrals.submit(transactions, referrals, events,
                TestReferrals.referral("Dr Closing", "closing@hopital.example", "en", facts));
        UI.getCurrent().navigate("inbox/" + referral.getId());
        LanguagePreference.choose(Messages.ENGLISH);
        return referral;
    }

    @Test
    @SuppressWarnings("unchecked")
    void notEligibleOffersItsCategoriesAndTheCriteriaPrefilledWithThoseThePreCheckFoundNotMet() {
        openReferralFailingSomeCriteria();
        Select<ReferralStatus> status = find(Select.class).id("status-select");
        status.setValue(ReferralStatus.NOT_ELIGIBLE);
        Select<ClosingCategory> category = find(Select.class).id("closing-category");
        MultiSelectComboBox<Criterion> criteria = find(MultiSelectComboBox.class).id("closing-criteria");
        assertThat(category.getParent().orElseThrow().isVisible()).isTrue();
        assertThat(category.getListDataView().getItems().toList()).containsExactly(ClosingCategory.CRITERIA_NOT_MET,
                ClosingCategory.DATA_UNAVAILABLE, ClosingCategory.INVESTIGATOR_DECISION);
        assertThat(criteria.isVisible()).isTrue();
        assertThat(criteria.getValue()).extracting(Criterion::id).contains("INC-09", "EXC-02", "EXC-06")
                .doesNotContain("INC-01");
        assertThat(criteria.getListDataView().getItemCount()).isEqualTo(37);
        assertThat(criteria.getItemLabelGenerator().apply(criteria.getValue().stream()
                .filter(c -> c.id().equals("INC-09")).findFirst().orElseThrow())).isEqualTo("INC-09 — Platelets ≥ 30 G/L");

        category.setValue(ClosingCategory.DATA_UNAVAILABLE);
        assertThat(criteria.isVisible()).as("criteria only for 'criteria not met'").isFalse();

        status.setValue(ReferralStatus.IN_REVIEW);
        assertThat(category.getParent().orElseThrow().isVisible()).as("hidden for an open status").isFalse();
        status.setValue(ReferralStatus.DECLINED);
        assertThat(category.getListDataView().getItems().toList()).containsExactly(ClosingCategory.PATIENT_DID_NOT_WISH,
                ClosingCategory.PATIENT_CHOSE_OTHER_TREATMENT, ClosingCategory.PATIENT_TRAVEL_OR_TIME);
        assertThat(category.getItemLabelGenerator().apply(ClosingCategory.PATIENT_DID_NOT_WISH))
                .isEqualTo("The patient did not wish to take part");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClosingStatusIsRefusedWithoutACategoryAndRecordedWithIt() {
        Referral referral = openReferralFailingSomeCriteria();
        Select<ReferralStatus> status = find(Select.class).id("status-select");
        status.setValue(ReferralStatus.NOT_ELIGIBLE);
        find(TextArea.class).id("status-reason").setValue("Platelets confirmed low on 2 samples");

        test(find(Button.class).id("status-change")).click();

        Select<ClosingCategory> category = find(Select.class).id("closing-category");
        assertThat(category.isInvalid()).isTrue();
        assertThat(category.getErrorMessage()).isEqualTo("Choose a category to close this referral.");
        assertThat(referrals.findById(referral.getId()).orElseThrow().getStatus()).isEqualTo(ReferralStatus.NEW);

        MultiSelectComboBox<Criterion> criteria = find(MultiSelectComboBox.class).id("closing-criteria");
        category.setValue(ClosingCategory.CRITERIA_NOT_MET);
        criteria.setValue(Set.of());
        test(find(Button.class).id("status-change")).click();
        assertThat(criteria.isInvalid()).isTrue();
        assertThat(referrals.findById(referral.getId()).orElseThrow().getStatus()).isEqualTo(ReferralStatus.NEW);

        criteria.setValue(Set.of(fr.chulille.passerelle.eligibility.TrialCriteria.byId("INC-09").orElseThrow()));
        test(find(Button.class).id("status-change")).click();

        Referral stored = referrals.findById(referral.getId()).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(ReferralStatus.NOT_ELIGIBLE);
        assertThat(stored.closingCategory()).contains(ClosingCategory.CRITERIA_NOT_MET);
        assertThat(stored.failedCriteria()).containsExactly("INC-09");
        assertThat(find(Paragraph.class).withClassName("detail-field").all()).extracting(p -> p.getElement().getTextRecursively())
                .anyMatch(text -> text.contains("Not eligible — Eligibility criteria not met (INC-09)"));
    }
}
