package fr.chulille.passerelle.eligibility;

import org.junit.jupiter.api.Test;

import java.util.function.UnaryOperator;

import static fr.chulille.passerelle.eligibility.Patients.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

class GroupedAttestationTest {

    @Test
    void theGroupIsTheExclusionQuestionsAbsentForMostPatientsNeverAMeasuredValue() {
        assertThat(GroupedAttestation.CRITERIA).extracting(Criterion::id).containsExactly(
                "EXC-03", "EXC-06", "EXC-07", "EXC-08", "EXC-09", "EXC-11", "EXC-12", "EXC-14", "EXC-15", "EXC-16");
        assertThat(GroupedAttestation.CRITERIA).allSatisfy(criterion -> {
            assertThat(criterion.kind()).isEqualTo(CriterionKind.EXCLUSION);
            assertThat(criterion.assessment()).isEqualTo(Assessment.QUESTION);
            assertThat(criterion.facts()).hasSize(1);
        });
        assertThat(GroupedAttestation.Group.EXCLUSIONS.facts()).doesNotContain(Fact.PRIOR_CD19_TARGETED_THERAPY,
                Fact.PRIOR_GENETICALLY_MODIFIED_T_CELL_THERAPY, Fact.CSF_MALIGNANT_CELLS_OR_BRAIN_METASTASES);
        assertThat(GroupedAttestation.facts()).filteredOn(fact -> fact != Fact.MEDICAL_INSURANCE)
                .allSatisfy(fact -> assertThat(GroupedAttestation.attestedAnswer(fact)).isEqualTo(Answer.NO));
        // item 16 excludes the absence of insurance cover: "none applies" means covered
        assertThat(GroupedAttestation.attestedAnswer(Fact.MEDICAL_INSURANCE)).isEqualTo(Answer.YES);
    }

    @Test
    void thePreCheckAfterTheGroupAnswerIsIdenticalToAnsweringEachItemNo() {
        attestingIsAnsweringByHand(GroupedAttestation.Group.EXCLUSIONS, GroupedAttestationTest::eachUnansweredItemAnsweredByHand);
    }

    @Test
    void onAnEmptyFormTheGroupSettlesItsTenExclusionsAsAbsent() {
        PreCheckResult result = EligibilityEngine.evaluate(GroupedAttestation.attest(ClinicalFacts.empty()), YEAR);

        assertThat(result.evaluations()).filteredOn(evaluation -> evaluation.outcome() != Outcome.UNKNOWN)
                .extracting(CriterionEvaluation::id)
                .containsExactly("EXC-03", "EXC-06", "EXC-07", "EXC-08", "EXC-09", "EXC-11", "EXC-12", "EXC-14", "EXC-15", "EXC-16")
                .hasSize(10);
        assertThat(result.evaluations()).filteredOn(evaluation -> evaluation.outcome() != Outcome.UNKNOWN)
                .allSatisfy(evaluation -> assertThat(evaluation.outcome()).isEqualTo(Outcome.MET));
    }

    @Test
    void anIndividualAnswerWinsEvenUnknown() {
        ClinicalFacts facts = ClinicalFacts.builder().hivOrHtlv1History(Answer.YES).activeHepatitisC(Answer.UNKNOWN).build();

        ClinicalFacts attested = GroupedAttestation.attest(facts);

        assertThat(attested.hivOrHtlv1History()).isEqualTo(Answer.YES);
        assertThat(attested.activeHepatitisC()).isEqualTo(Answer.UNKNOWN);
        assertThat(attested.activeHepatitisB()).isEqualTo(Answer.NO);
        PreCheckResult result = EligibilityEngine.evaluate(attested, YEAR);
        assertThat(result.evaluation("EXC-07").orElseThrow().outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(result.evaluation("EXC-08").orElseThrow().outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void theHeartAndLungsGroupIsTheTwoFindingsTheProtocolWordsAsAbsences() {
        assertThat(GroupedAttestation.Group.HEART_AND_LUNGS.criteria()).extracting(Criterion::id).containsExactly("INC-15", "INC-16");
        assertThat(GroupedAttestation.Group.HEART_AND_LUNGS.facts())
                .containsExactly(Fact.SIGNIFICANT_ECG_FINDING, Fact.SIGNIFICANT_PLEURAL_EFFUSION)
                .allSatisfy(fact -> assertThat(GroupedAttestation.attestedAnswer(fact)).isEqualTo(Answer.NO));
        // never a measured value, never consent, never a commitment of the patient's, never untried targeted therapy
        assertThat(GroupedAttestation.facts()).doesNotContain(Fact.LVEF_PERCENT, Fact.SPO2_ROOM_AIR_PERCENT,
                Fact.ABLE_TO_SIGN_CONSENT, Fact.UNTRIED_TARGETED_THERAPY_AVAILABLE, Fact.AGREES_TO_CONDOM_USE,
                Fact.AGREES_TO_CONTRACEPTION, Fact.AGREES_TO_AVOID_BREASTFEEDING,
                Fact.PREGNANT_BREASTFEEDING_OR_PLANNING_PREGNANCY).doesNotHaveDuplicates();
        assertThat(GroupedAttestation.Group.of(Fact.SIGNIFICANT_PLEURAL_EFFUSION)).isEqualTo(GroupedAttestation.Group.HEART_AND_LUNGS);
        assertThat(GroupedAttestation.Group.of(Fact.HIV_OR_HTLV1_HISTORY)).isEqualTo(GroupedAttestation.Group.EXCLUSIONS);
    }

    @Test
    void theKnockOutGroupIsTheThreeKnockOutExclusionsEachAnsweredNo() {
        assertThat(GroupedAttestation.Group.KNOCK_OUTS.criteria()).extracting(Criterion::id).containsExactly("EXC-04", "EXC-05", "EXC-10");
        assertThat(GroupedAttestation.Group.KNOCK_OUTS.facts())
                .containsExactly(Fact.PRIOR_CD19_TARGETED_THERAPY, Fact.PRIOR_GENETICALLY_MODIFIED_T_CELL_THERAPY,
                        Fact.CSF_MALIGNANT_CELLS_OR_BRAIN_METASTASES)
                .allSatisfy(fact -> {
                    assertThat(GroupedAttestation.attestedAnswer(fact)).isEqualTo(Answer.NO);
                    assertThat(GroupedAttestation.Group.of(fact)).isEqualTo(GroupedAttestation.Group.KNOCK_OUTS);
                });
        // each answer in exactly one group
        assertThat(GroupedAttestation.facts()).doesNotHaveDuplicates().hasSize(3 + 10 + 2);
    }

    @Test
    void thePreCheckAfterTheKnockOutAnswerIsIdenticalToAnsweringEachItemNoAndAYesStillExcludes() {
        attestingIsAnsweringByHand(GroupedAttestation.Group.KNOCK_OUTS, facts -> {
            ClinicalFacts.Builder oneByOne = facts.toBuilder();
            if (facts.priorCd19TargetedTherapy() == null) oneByOne.priorCd19TargetedTherapy(Answer.NO);
            if (facts.priorGeneticallyModifiedTCellTherapy() == null) oneByOne.priorGeneticallyModifiedTCellTherapy(Answer.NO);
            if (facts.csfMalignantCellsOrBrainMetastases() == null) oneByOne.csfMalignantCellsOrBrainMetastases(Answer.NO);
            return oneByOne.build();
        });
        ClinicalFacts priorCarT = ClinicalFacts.builder().priorGeneticallyModifiedTCellTherapy(Answer.YES).build();
        ClinicalFacts attested = GroupedAttestation.attest(GroupedAttestation.Group.KNOCK_OUTS, priorCarT);
        PreCheckResult result = EligibilityEngine.evaluate(attested, YEAR);
        assertThat(result.evaluation("EXC-05").orElseThrow().outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(result.evaluation("EXC-04").orElseThrow().outcome()).isEqualTo(Outcome.MET);
        assertThat(result.evaluation("EXC-10").orElseThrow().outcome()).isEqualTo(Outcome.MET);
        // the other groups leave the knock-outs alone
        assertThat(GroupedAttestation.attest(ClinicalFacts.empty()).priorCd19TargetedTherapy()).isNull();
    }

    @Test
    void thePreCheckAfterTheHeartAndLungsAnswerIsIdenticalToAnsweringEachItemIndividually() {
        attestingIsAnsweringByHand(GroupedAttestation.Group.HEART_AND_LUNGS, facts -> {
            ClinicalFacts.Builder oneByOne = facts.toBuilder();
            if (facts.significantEcgFinding() == null) oneByOne.significantEcgFinding(Answer.NO);
            if (facts.significantPleuralEffusion() == null) oneByOne.significantPleuralEffusion(Answer.NO);
            return oneByOne.build();
        });
        // an individual answer wins
        ClinicalFacts withEffusion = ClinicalFacts.builder().significantPleuralEffusion(Answer.YES).build();
        ClinicalFacts attested = GroupedAttestation.attest(GroupedAttestation.Group.HEART_AND_LUNGS, withEffusion);
        assertThat(attested.significantPleuralEffusion()).isEqualTo(Answer.YES);
        assertThat(attested.significantEcgFinding()).isEqualTo(Answer.NO);
        assertThat(EligibilityEngine.evaluate(attested, YEAR).evaluation("INC-16").orElseThrow().outcome()).isEqualTo(Outcome.NOT_MET);
        // the exclusion group's attestation leaves these two alone
        assertThat(GroupedAttestation.attest(ClinicalFacts.empty()).significantEcgFinding()).isNull();
    }

    /** On every partially filled case, the group's attestation gives the same facts, and pre-check, as {@code byHand}. */
    private static void attestingIsAnsweringByHand(GroupedAttestation.Group group, UnaryOperator<ClinicalFacts> byHand) {
        for (ClinicalFacts facts : NextQuestionsTest.partiallyFilledCases()) {
            ClinicalFacts oneByOne = byHand.apply(facts);
            ClinicalFacts attested = GroupedAttestation.attest(group, facts);

            assertThat(attested).as("%s", facts).isEqualTo(oneByOne);
            assertThat(EligibilityEngine.evaluate(attested, YEAR)).as("%s", facts).isEqualTo(EligibilityEngine.evaluate(oneByOne, YEAR));
        }
    }

    /** Each question of the group left unanswered, answered "no" on its own (and "yes, covered" for insurance). */
    private static ClinicalFacts eachUnansweredItemAnsweredByHand(ClinicalFacts facts) {
        ClinicalFacts.Builder builder = facts.toBuilder();
        if (facts.otherMalignancyHistory() == null) builder.otherMalignancyHistory(Answer.NO);
        if (facts.uncontrolledInfection() == null) builder.uncontrolledInfection(Answer.NO);
        if (facts.hivOrHtlv1History() == null) builder.hivOrHtlv1History(Answer.NO);
        if (facts.activeHepatitisC() == null) builder.activeHepatitisC(Answer.NO);
        if (facts.activeHepatitisB() == null) builder.activeHepatitisB(Answer.NO);
        if (facts.nonMalignantCnsDisorder() == null) builder.nonMalignantCnsDisorder(Answer.NO);
        if (facts.underGuardianshipOrCuratorship() == null) builder.underGuardianshipOrCuratorship(Answer.NO);
        if (facts.hypersensitivityToProduct() == null) builder.hypersensitivityToProduct(Answer.NO);
        if (facts.lymphodepletionContraindication() == null) builder.lymphodepletionContraindication(Answer.NO);
        if (facts.medicalInsurance() == null) builder.medicalInsurance(Answer.YES);
        return builder.build();
    }

}
