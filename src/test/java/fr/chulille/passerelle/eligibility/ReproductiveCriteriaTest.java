package fr.chulille.passerelle.eligibility;

import static fr.chulille.passerelle.eligibility.Patients.eligibleMan;
import static fr.chulille.passerelle.eligibility.Patients.eligibleWoman;
import static fr.chulille.passerelle.eligibility.Patients.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Inclusion items 18 (women of childbearing potential) and 19 (men), exclusion item 13 (pregnancy). */
class ReproductiveCriteriaTest {

    @ParameterizedTest(name = "pregnancy test {0} → {1}")
    @CsvSource({
            "NEGATIVE, MET, eligibility.reason.pregnancy-test.negative",
            "POSITIVE, NOT_MET, eligibility.reason.pregnancy-test.positive",
            "PENDING, UNKNOWN, eligibility.reason.pregnancy-test.pending",
            "NOT_DONE, UNKNOWN, eligibility.reason.pregnancy-test.not-done"})
    void negativeBloodPregnancyTest(PregnancyTest test, Outcome expected, String reasonKey) {
        CriterionEvaluation evaluation = evaluate(eligibleWoman().pregnancyTest(test), "INC-18-1");

        assertThat(evaluation.outcome()).isEqualTo(expected);
        assertThat(evaluation.reason().key()).isEqualTo(reasonKey);
    }

    @Test
    void pregnancyTestNotEnteredIsUnknown() {
        CriterionEvaluation evaluation = evaluate(eligibleWoman().pregnancyTest(null), "INC-18-1");

        assertThat(evaluation.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(evaluation.missingFacts()).containsExactly(Fact.PREGNANCY_TEST);
    }

    @ParameterizedTest(name = "{0} not applicable to men")
    @ValueSource(strings = {"INC-18-1", "INC-18-2", "INC-18-3"})
    void womenOfChildbearingPotentialItemsDoNotApplyToMen(String id) {
        CriterionEvaluation evaluation = evaluate(eligibleMan(), id);

        assertThat(evaluation.outcome()).isEqualTo(Outcome.MET);
        assertThat(evaluation.reason().key()).isEqualTo("eligibility.reason.not-applicable.male");
    }

    @ParameterizedTest(name = "{0} not applicable without childbearing potential")
    @ValueSource(strings = {"INC-18-1", "INC-18-2", "INC-18-3"})
    void womenOfChildbearingPotentialItemsDoNotApplyOtherwise(String id) {
        ClinicalFacts.Builder postmenopausal = eligibleWoman().childbearingPotential(Answer.NO)
                .pregnancyTest(null).agreesToContraception(null).agreesToAvoidBreastfeeding(null);

        CriterionEvaluation evaluation = evaluate(postmenopausal, id);

        assertThat(evaluation.outcome()).isEqualTo(Outcome.MET);
        assertThat(evaluation.reason().key()).isEqualTo("eligibility.reason.not-applicable.no-childbearing-potential");
    }

    @ParameterizedTest(name = "{0} unknown while childbearing potential is")
    @ValueSource(strings = {"INC-18-1", "INC-18-2", "INC-18-3"})
    void childbearingPotentialNotStatedIsUnknown(String id) {
        CriterionEvaluation woman = evaluate(eligibleWoman().childbearingPotential(Answer.UNKNOWN), id);
        CriterionEvaluation anybody = evaluate(eligibleWoman().sex(null).childbearingPotential(null), id);

        assertThat(woman.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(woman.missingFacts()).containsExactly(Fact.CHILDBEARING_POTENTIAL);
        assertThat(anybody.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(anybody.missingFacts()).containsExactly(Fact.SEX, Fact.CHILDBEARING_POTENTIAL);
    }

    @ParameterizedTest(name = "contraception {0} → {1}")
    @CsvSource(value = {"YES, MET", "NO, NOT_MET", "UNKNOWN, UNKNOWN", "NULL, UNKNOWN"}, nullValues = "NULL")
    void contraceptionCommitment(Answer answer, Outcome expected) {
        assertThat(evaluate(eligibleWoman().agreesToContraception(answer), "INC-18-2").outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "no breast-feeding {0} → {1}")
    @CsvSource(value = {"YES, MET", "NO, NOT_MET", "UNKNOWN, UNKNOWN", "NULL, UNKNOWN"}, nullValues = "NULL")
    void breastFeedingAbstention(Answer answer, Outcome expected) {
        assertThat(evaluate(eligibleWoman().agreesToAvoidBreastfeeding(answer), "INC-18-3").outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "man agrees to condom {0} → {1}")
    @CsvSource(value = {"YES, MET", "NO, NOT_MET", "UNKNOWN, UNKNOWN", "NULL, UNKNOWN"}, nullValues = "NULL")
    void maleContraception(Answer answer, Outcome expected) {
        assertThat(evaluate(eligibleMan().agreesToCondomUse(answer), "INC-19").outcome()).isEqualTo(expected);
    }

    @Test
    void maleContraceptionDoesNotApplyToWomen() {
        CriterionEvaluation evaluation = evaluate(eligibleWoman().agreesToCondomUse(null), "INC-19");

        assertThat(evaluation.outcome()).isEqualTo(Outcome.MET);
        assertThat(evaluation.reason().key()).isEqualTo("eligibility.reason.not-applicable.female");
    }

    @Test
    void maleContraceptionNeedsTheSex() {
        CriterionEvaluation evaluation = evaluate(eligibleMan().sex(null), "INC-19");

        assertThat(evaluation.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(evaluation.missingFacts()).containsExactly(Fact.SEX);
    }

    @ParameterizedTest(name = "pregnant/breast-feeding/planning {0} → {1}")
    @CsvSource(value = {"NO, MET", "YES, NOT_MET", "UNKNOWN, UNKNOWN", "NULL, UNKNOWN"}, nullValues = "NULL")
    void pregnancyExclusion(Answer answer, Outcome expected) {
        assertThat(evaluate(eligibleWoman().pregnantBreastfeedingOrPlanningPregnancy(answer), "EXC-13").outcome())
                .isEqualTo(expected);
    }

    @Test
    void positivePregnancyTestMeansTheExclusionIsPresent() {
        CriterionEvaluation evaluation = evaluate(eligibleWoman().pregnancyTest(PregnancyTest.POSITIVE)
                .pregnantBreastfeedingOrPlanningPregnancy(Answer.NO), "EXC-13");

        assertThat(evaluation.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(evaluation.displayKey()).isEqualTo("eligibility.outcome.present");
    }

    @Test
    void pregnancyExclusionDoesNotApplyToMen() {
        CriterionEvaluation evaluation = evaluate(eligibleMan(), "EXC-13");

        assertThat(evaluation.outcome()).isEqualTo(Outcome.MET);
        assertThat(evaluation.reason().key()).isEqualTo("eligibility.reason.not-applicable.male");
    }
}
