package fr.chulille.passerelle.referral;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.chulille.passerelle.eligibility.Answer;
import fr.chulille.passerelle.eligibility.Criterion;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.GroupedAttestation;
import fr.chulille.passerelle.eligibility.TrialCriteria;
import fr.chulille.passerelle.i18n.LanguagePreference;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.layout.Markup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** "None of the following applies to my patient" on the form, in the stored referral and in the inbox. */
@SpringBootTest
@WithMockUser(username = "coordinator.test", roles = "COORDINATOR")
class GroupAttestationViewTest extends SpringBrowserlessTest {

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
    void theListIsShownInFullInTheProtocolWording() {
        assertThat(find(Checkbox.class).id("attest-none").getLabel()).isEqualTo("None of the following applies to my patient:");
        assertThat(listed("attest-none")).hasSize(10).contains("History of HIV or HTLV-1 infection", "No medical insurance cover");
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(listed("attest-none")).hasSize(10).doesNotContain("No medical insurance cover");
    }

    @Test
    void thePreCheckAfterTheGroupAnswerIsIdenticalToAnsweringEachItemNo() {
        test(find(Checkbox.class).id("attest-none")).click();
        List<String> afterTheGroupAnswer = preCheckShown();

        navigate(ReferralView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        for (Fact fact : GroupedAttestation.Group.EXCLUSIONS.facts()) {
            // "No" to each question; to "covered by medical insurance?", "Yes": the exclusion is its absence
            ChoiceSelectTester.of(question(fact)).selectItem(fact == Fact.MEDICAL_INSURANCE ? "Yes" : "No");
        }
        List<String> eachAnsweredNo = preCheckShown();

        assertThat(afterTheGroupAnswer).isEqualTo(eachAnsweredNo);
        assertThat(afterTheGroupAnswer).contains("EXC-07 Absent", "EXC-16 Absent", "EXC-04 To confirm");
    }

    @Test
    void anIndividualAnswerWinsBeforeAndAfterTheGroupAnswer() {
        ChoiceSelectTester.of(question(Fact.HIV_OR_HTLV1_HISTORY)).selectItem("Yes");

        test(find(Checkbox.class).id("attest-none")).click();

        assertThat(question(Fact.HIV_OR_HTLV1_HISTORY).getValue()).isEqualTo(Answer.YES);
        assertThat(question(Fact.ACTIVE_HEPATITIS_B).getValue()).isEqualTo(Answer.NO);
        assertThat(question(Fact.MEDICAL_INSURANCE).getValue()).isEqualTo(Answer.YES);
        assertThat(preCheckShown()).contains("EXC-07 Present", "EXC-09 Absent");

        ChoiceSelectTester.of(question(Fact.ACTIVE_HEPATITIS_C)).selectItem("Yes");
        assertThat(preCheckShown()).contains("EXC-08 Present");

        // taking the group answer back clears only what the group answered
        test(find(Checkbox.class).id("attest-none")).click();

        assertThat(question(Fact.ACTIVE_HEPATITIS_B).getValue()).isNull();
        assertThat(question(Fact.HIV_OR_HTLV1_HISTORY).getValue()).isEqualTo(Answer.YES);
        assertThat(question(Fact.ACTIVE_HEPATITIS_C).getValue()).isEqualTo(Answer.YES);
        assertThat(preCheckShown()).contains("EXC-09 To confirm", "EXC-07 Present", "EXC-08 Present");
    }

    @Test
    void theStoredReferralSaysWhichAnswersWereAttestedAsAGroupAndTheInboxShowsIt() {
        Referral stored = sentAfter(Fact.OTHER_MALIGNANCY_HISTORY, "No", "attest-none");
        JsonNode snapshot = json.readTree(stored.getClinicalFactsJson());
        assertThat(snapshot.path("facts").path("hivOrHtlv1History").asString()).isEqualTo("NO");
        assertThat(snapshot.path("facts").path("otherMalignancyHistory").asString()).isEqualTo("NO");
        assertThat(snapshot.path("answerSources").path("hivOrHtlv1History").asString()).isEqualTo("ATTESTED_IN_GROUP");
        assertThat(snapshot.path("answerSources").path("medicalInsurance").asString()).isEqualTo("ATTESTED_IN_GROUP");
        assertThat(snapshot.path("answerSources").path("otherMalignancyHistory").asString()).isEqualTo("ANSWERED");
        assertThat(snapshot.path("answerSources").propertyNames()).hasSize(10);

        UI.getCurrent().navigate("inbox/" + stored.getId());
        LanguagePreference.choose(Messages.ENGLISH);

        List<String> fields = find(Paragraph.class).withClassName("detail-field").all().stream()
                .map(p -> p.getElement().getTextRecursively()).toList();
        assertThat(fields).filteredOn(text -> text.contains("attested as a group")).hasSize(9)
                .anyMatch(text -> text.startsWith("History of HIV or HTLV-1 infection?"));
        assertThat(fields).filteredOn(text -> text.startsWith("History of another cancer"))
                .singleElement().asString().doesNotContain("attested as a group");
    }

    @Test
    void theHeartAndLungsGroupAnswersItsTwoQuestionsAsAnsweringEachNo() {
        assertThat(find(Checkbox.class).id("attest-heart-lungs").getLabel()).isEqualTo("Neither of the following in my patient:");
        assertThat(listed("attest-heart-lungs"))
                .containsExactly("a clinically significant abnormality on the ECG", "a clinically significant pleural effusion");
        test(find(Checkbox.class).id("attest-heart-lungs")).click();
        assertThat(question(Fact.SIGNIFICANT_ECG_FINDING).getValue()).isEqualTo(Answer.NO);
        assertThat(question(Fact.SIGNIFICANT_PLEURAL_EFFUSION).getValue()).isEqualTo(Answer.NO);
        // the exclusion group is a separate attestation
        assertThat(question(Fact.ACTIVE_HEPATITIS_B).getValue()).isNull();
        List<String> afterTheGroupAnswer = preCheckShown();

        // taken back, then each answered "No" by hand
        test(find(Checkbox.class).id("attest-heart-lungs")).click();
        assertThat(question(Fact.SIGNIFICANT_ECG_FINDING).getValue()).isNull();
        ChoiceSelectTester.of(question(Fact.SIGNIFICANT_ECG_FINDING)).selectItem("No");
        ChoiceSelectTester.of(question(Fact.SIGNIFICANT_PLEURAL_EFFUSION)).selectItem("No");
        assertThat(afterTheGroupAnswer).isEqualTo(preCheckShown()).contains("INC-15 Met", "INC-16 Met");
    }

    @Test
    void anIndividualHeartAndLungsAnswerWinsAndTheRecordSaysWhichWasAttested() {
        Referral stored = sentAfter(Fact.SIGNIFICANT_PLEURAL_EFFUSION, "Yes", "attest-heart-lungs");
        JsonNode snapshot = json.readTree(stored.getClinicalFactsJson());
        assertThat(snapshot.path("facts").path("significantEcgFinding").asString()).isEqualTo("NO");
        assertThat(snapshot.path("facts").path("significantPleuralEffusion").asString()).isEqualTo("YES");
        assertThat(snapshot.path("answerSources").path("significantEcgFinding").asString()).isEqualTo("ATTESTED_IN_GROUP");
        assertThat(snapshot.path("answerSources").path("significantPleuralEffusion").asString()).isEqualTo("ANSWERED");
    }

    @Test
    void theKnockOutGroupAnswersItsThreeQuestionsAsAnsweringEachNoAndAYesStillSettlesIt() {
        assertThat(find(Checkbox.class).id("attest-knock-outs").getLabel()).isEqualTo("None of the following in my patient:");
        assertThat(listed("attest-knock-outs")).containsExactly("Prior CD19-targeted therapy",
                "Prior CAR therapy or other genetically modified T-cell therapy",
                "Malignant cells in the cerebrospinal fluid (CSF) or brain metastases, now or in the past");
        assertThat(find(FormSection.class).id("knock-out-section").filledText()).isEqualTo("0 of 9 filled");

        test(find(Checkbox.class).id("attest-knock-outs")).click();
        for (Fact fact : GroupedAttestation.Group.KNOCK_OUTS.facts()) {
            assertThat(question(fact).getValue()).as(fact.name()).isEqualTo(Answer.NO);
        }
        // the exclusion group is a separate attestation; the shortcut is not counted as a field
        assertThat(question(Fact.ACTIVE_HEPATITIS_B).getValue()).isNull();
        assertThat(find(FormSection.class).id("knock-out-section").filledText()).isEqualTo("3 of 9 filled");
        List<String> afterTheGroupAnswer = preCheckShown();

        // taken back, then each answered "No" by hand
        test(find(Checkbox.class).id("attest-knock-outs")).click();
        assertThat(question(Fact.PRIOR_CD19_TARGETED_THERAPY).getValue()).isNull();
        for (Fact fact : GroupedAttestation.Group.KNOCK_OUTS.facts()) {
            ChoiceSelectTester.of(question(fact)).selectItem("No");
        }
        assertThat(afterTheGroupAnswer).isEqualTo(preCheckShown()).contains("EXC-04 Absent", "EXC-05 Absent", "EXC-10 Absent");

        // a "yes" answered on its own wins over the group and still settles the advice
        navigate(ReferralView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ChoiceSelectTester.of(question(Fact.PRIOR_GENETICALLY_MODIFIED_T_CELL_THERAPY)).selectItem("Yes");
        test(find(Checkbox.class).id("attest-knock-outs")).click();
        assertThat(question(Fact.PRIOR_GENETICALLY_MODIFIED_T_CELL_THERAPY).getValue()).isEqualTo(Answer.YES);
        assertThat(preCheckShown()).contains("EXC-05 Present", "EXC-04 Absent", "EXC-10 Absent")
                .anyMatch(shown -> shown.startsWith("Probably not eligible"));
    }

    @Test
    void theStoredReferralSaysWhichKnockOutAnswersWereAttested() {
        Referral stored = sentAfter(Fact.CSF_MALIGNANT_CELLS_OR_BRAIN_METASTASES, "No", "attest-knock-outs");
        JsonNode sources = json.readTree(stored.getClinicalFactsJson()).path("answerSources");
        assertThat(sources.path("priorCd19TargetedTherapy").asString()).isEqualTo("ATTESTED_IN_GROUP");
        assertThat(sources.path("priorGeneticallyModifiedTCellTherapy").asString()).isEqualTo("ATTESTED_IN_GROUP");
        assertThat(sources.path("csfMalignantCellsOrBrainMetastases").asString()).isEqualTo("ANSWERED");
        assertThat(sources.propertyNames()).hasSize(3);
    }

    /** Every criterion's id and shown result ("EXC-07 Absent"), and the advice. */
    private List<String> preCheckShown() {
        PreCheckPanel panel = find(PreCheckPanel.class).single();
        List<String> shown = new java.util.ArrayList<>(TrialCriteria.all().stream().map(Criterion::id)
                .map(id -> id + " " + panel.row(id).word()).toList());
        TrialCriteria.all().forEach(criterion -> shown.add(criterion.id() + ": " + panel.row(criterion.id()).reasonText()));
        shown.add(panel.headlineText());
        return shown;
    }

    @SuppressWarnings("unchecked")
    private ChoiceSelect<Answer> question(Fact fact) {
        return find(ChoiceSelect.class).id(fact.fieldName());
    }

    /** A referral sent after answering {@code fact} on its own, then ticking the group shortcut {@code groupId}. */
    private Referral sentAfter(Fact fact, String answer, String groupId) {
        fillIdentity();
        ChoiceSelectTester.of(question(fact)).selectItem(answer);
        test(find(Checkbox.class).id(groupId)).click();
        test(find(Checkbox.class).id("consent-attested")).click();
        test(find(Button.class).id("send-referral")).click();
        return referrals.findByReference(find(Span.class).id("referral-reference").getText()).orElseThrow();
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

    /** The items of the group's list, as the browser shows them: its markup, one {@code <li>} per item, each escaped. */
    private List<String> listed(String id) {
        GroupAttestation group = (GroupAttestation) find(com.vaadin.flow.component.html.Div.class).id(id + "-group");
        UnorderedList list = find(UnorderedList.class).id(id + "-list");
        assertThat(list.getElement().getProperty("innerHTML")).isEqualTo(group.items().stream()
                .map(item -> "<li>" + Markup.text(item) + "</li>").collect(java.util.stream.Collectors.joining()));
        assertThat(list.getElement().getChildCount()).isZero();
        return group.items();
    }
}
