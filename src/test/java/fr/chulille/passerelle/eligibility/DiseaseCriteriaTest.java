package fr.chulille.passerelle.eligibility;

import static fr.chulille.passerelle.eligibility.Patients.eligibleMan;
import static fr.chulille.passerelle.eligibility.Patients.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inclusion items 3 (relapsed/refractory definitions) and 7 (brain MRI). */
class DiseaseCriteriaTest {

    @ParameterizedTest(name = "{0} after {1} induction courses → {2}")
    @CsvSource({
            "PRIMARY_REFRACTORY, 0, NOT_MET, eligibility.reason.disease-status.primary-refractory.not-met",
            "PRIMARY_REFRACTORY, 1, NOT_MET, eligibility.reason.disease-status.primary-refractory.not-met",
            "PRIMARY_REFRACTORY, 2, MET, eligibility.reason.disease-status.primary-refractory.met",
            "PRIMARY_REFRACTORY, 3, MET, eligibility.reason.disease-status.primary-refractory.met",
            "SECONDARY_REFRACTORY, 1, MET, eligibility.reason.disease-status.secondary-refractory.met",
            "POST_TRANSPLANT_RELAPSE, 1, MET, eligibility.reason.disease-status.post-transplant-relapse.met",
            "OTHER, 2, NOT_MET, eligibility.reason.disease-status.other.not-met"})
    void relapsedOrRefractoryUnderOneOfThreeDefinitions(DiseaseStatus status, int courses, Outcome expected, String reasonKey) {
        CriterionEvaluation evaluation = evaluate(eligibleMan().diseaseStatus(status).inductionCourses(courses), "INC-03");

        assertThat(evaluation.outcome()).isEqualTo(expected);
        assertThat(evaluation.reason().key()).isEqualTo(reasonKey);
    }

    @Test
    void primaryRefractoryCarriesTheNumberOfCourses() {
        assertThat(evaluate(eligibleMan().diseaseStatus(DiseaseStatus.PRIMARY_REFRACTORY).inductionCourses(1), "INC-03")
                .reason().args()).containsEntry("courses", 1);
    }

    @Test
    void primaryRefractoryWithoutCourseCountIsUnknown() {
        CriterionEvaluation evaluation = evaluate(
                eligibleMan().diseaseStatus(DiseaseStatus.PRIMARY_REFRACTORY).inductionCourses(null), "INC-03");

        assertThat(evaluation.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(evaluation.missingFacts()).containsExactly(Fact.INDUCTION_COURSES);
    }

    @Test
    void otherDefinitionsDoNotNeedTheCourseCount() {
        assertThat(evaluate(eligibleMan().diseaseStatus(DiseaseStatus.POST_TRANSPLANT_RELAPSE).inductionCourses(null), "INC-03")
                .outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void missingDiseaseStatusIsUnknown() {
        CriterionEvaluation evaluation = evaluate(eligibleMan().diseaseStatus(null), "INC-03");

        assertThat(evaluation.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(evaluation.missingFacts()).containsExactly(Fact.DISEASE_STATUS);
    }

    @ParameterizedTest(name = "brain MRI {0} → {1}")
    @CsvSource({
            "NO_CNS_INVOLVEMENT, MET, eligibility.reason.brain-mri.no-involvement",
            "CNS_INVOLVEMENT, NOT_MET, eligibility.reason.brain-mri.involvement",
            "NOT_DONE, UNKNOWN, eligibility.reason.brain-mri.not-done"})
    void brainMriShowingNoCnsInvolvement(BrainMri mri, Outcome expected, String reasonKey) {
        CriterionEvaluation evaluation = evaluate(eligibleMan().brainMri(mri), "INC-07");

        assertThat(evaluation.outcome()).isEqualTo(expected);
        assertThat(evaluation.reason().key()).isEqualTo(reasonKey);
    }

    @Test
    void missingBrainMriIsUnknown() {
        CriterionEvaluation evaluation = evaluate(eligibleMan().brainMri(null), "INC-07");

        assertThat(evaluation.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(evaluation.missingFacts()).containsExactly(Fact.BRAIN_MRI);
    }
}
