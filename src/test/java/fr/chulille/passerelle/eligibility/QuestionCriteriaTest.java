package fr.chulille.passerelle.eligibility;

import static fr.chulille.passerelle.eligibility.Patients.eligibleMan;
import static fr.chulille.passerelle.eligibility.Patients.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every criterion decided by a single yes/no question. */
class QuestionCriteriaTest {

    private interface Setter extends BiFunction<ClinicalFacts.Builder, Answer, ClinicalFacts.Builder> {
    }

    static Stream<Arguments> questions() {
        return Stream.of(
                Arguments.of("INC-04", Fact.UNTRIED_TARGETED_THERAPY_AVAILABLE, (Setter) ClinicalFacts.Builder::untriedTargetedTherapyAvailable, Answer.NO),
                Arguments.of("INC-15", Fact.SIGNIFICANT_ECG_FINDING, (Setter) ClinicalFacts.Builder::significantEcgFinding, Answer.NO),
                Arguments.of("INC-16", Fact.SIGNIFICANT_PLEURAL_EFFUSION, (Setter) ClinicalFacts.Builder::significantPleuralEffusion, Answer.NO),
                Arguments.of("EXC-01", Fact.ABLE_TO_SIGN_CONSENT, (Setter) ClinicalFacts.Builder::ableToSignConsent, Answer.YES),
                Arguments.of("EXC-03", Fact.OTHER_MALIGNANCY_HISTORY, (Setter) ClinicalFacts.Builder::otherMalignancyHistory, Answer.NO),
                Arguments.of("EXC-04", Fact.PRIOR_CD19_TARGETED_THERAPY, (Setter) ClinicalFacts.Builder::priorCd19TargetedTherapy, Answer.NO),
                Arguments.of("EXC-05", Fact.PRIOR_GENETICALLY_MODIFIED_T_CELL_THERAPY, (Setter) ClinicalFacts.Builder::priorGeneticallyModifiedTCellTherapy, Answer.NO),
                Arguments.of("EXC-06", Fact.UNCONTROLLED_INFECTION, (Setter) ClinicalFacts.Builder::uncontrolledInfection, Answer.NO),
                Arguments.of("EXC-07", Fact.HIV_OR_HTLV1_HISTORY, (Setter) ClinicalFacts.Builder::hivOrHtlv1History, Answer.NO),
                Arguments.of("EXC-08", Fact.ACTIVE_HEPATITIS_C, (Setter) ClinicalFacts.Builder::activeHepatitisC, Answer.NO),
                Arguments.of("EXC-09", Fact.ACTIVE_HEPATITIS_B, (Setter) ClinicalFacts.Builder::activeHepatitisB, Answer.NO),
                Arguments.of("EXC-10", Fact.CSF_MALIGNANT_CELLS_OR_BRAIN_METASTASES, (Setter) ClinicalFacts.Builder::csfMalignantCellsOrBrainMetastases, Answer.NO),
                Arguments.of("EXC-11", Fact.NON_MALIGNANT_CNS_DISORDER, (Setter) ClinicalFacts.Builder::nonMalignantCnsDisorder, Answer.NO),
                Arguments.of("EXC-12", Fact.UNDER_GUARDIANSHIP_OR_CURATORSHIP, (Setter) ClinicalFacts.Builder::underGuardianshipOrCuratorship, Answer.NO),
                Arguments.of("EXC-14", Fact.HYPERSENSITIVITY_TO_PRODUCT, (Setter) ClinicalFacts.Builder::hypersensitivityToProduct, Answer.NO),
                Arguments.of("EXC-15", Fact.LYMPHODEPLETION_CONTRAINDICATION, (Setter) ClinicalFacts.Builder::lymphodepletionContraindication, Answer.NO),
                Arguments.of("EXC-16", Fact.MEDICAL_INSURANCE, (Setter) ClinicalFacts.Builder::medicalInsurance, Answer.YES));
    }

    @ParameterizedTest(name = "{0}: {3} is favourable")
    @MethodSource("questions")
    void favourableAnswerMeets(String id, Fact fact, Setter setter, Answer favourable) {
        CriterionEvaluation evaluation = evaluate(setter.apply(eligibleMan(), favourable), id);

        assertThat(evaluation.outcome()).isEqualTo(Outcome.MET);
        assertThat(evaluation.reason().key()).isEqualTo(favourable == Answer.YES
                ? "eligibility.reason.answered-yes" : "eligibility.reason.answered-no");
    }

    @ParameterizedTest(name = "{0}: the other answer fails")
    @MethodSource("questions")
    void otherAnswerFails(String id, Fact fact, Setter setter, Answer favourable) {
        Answer unfavourable = favourable == Answer.YES ? Answer.NO : Answer.YES;

        CriterionEvaluation evaluation = evaluate(setter.apply(eligibleMan(), unfavourable), id);

        assertThat(evaluation.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(evaluation.displayKey()).isEqualTo(id.startsWith("INC")
                ? "eligibility.outcome.not-met" : "eligibility.outcome.present");
    }

    @ParameterizedTest(name = "{0}: unknown or unanswered stays unknown")
    @MethodSource("questions")
    void unknownOrNullIsUnknown(String id, Fact fact, Setter setter, Answer favourable) {
        for (Answer answer : new Answer[] {Answer.UNKNOWN, null}) {
            CriterionEvaluation evaluation = evaluate(setter.apply(eligibleMan(), answer), id);

            assertThat(evaluation.outcome()).isEqualTo(Outcome.UNKNOWN);
            assertThat(evaluation.reason().key()).isEqualTo("eligibility.reason.missing");
            assertThat(evaluation.missingFacts()).containsExactly(fact);
        }
    }

    @Test
    void tableCoversEverySingleQuestionCriterion() {
        var tableIds = questions().map(arguments -> (String) arguments.get()[0]).toList();
        var questionRuleIds = TrialCriteria.all().stream()
                .filter(criterion -> criterion.rule() instanceof QuestionRule)
                .map(Criterion::id).toList();

        assertThat(tableIds).containsExactlyElementsOf(questionRuleIds);
    }
}
