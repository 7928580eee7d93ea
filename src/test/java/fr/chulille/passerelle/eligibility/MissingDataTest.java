package fr.chulille.passerelle.eligibility;

import static fr.chulille.passerelle.eligibility.Patients.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Missing data is always UNKNOWN, never NOT_MET. */
class MissingDataTest {

    @Test
    void emptyFactsLeaveEveryCriterionUnknown() {
        PreCheckResult result = EligibilityEngine.evaluate(ClinicalFacts.empty(), YEAR);

        assertThat(result.evaluations()).hasSize(TrialCriteria.all().size())
                .allSatisfy(evaluation -> {
                    assertThat(evaluation.outcome()).as(evaluation.id()).isEqualTo(Outcome.UNKNOWN);
                    assertThat(evaluation.missingFacts()).as(evaluation.id()).isNotEmpty();
                    assertThat(evaluation.criterion().facts()).as(evaluation.id()).containsAll(evaluation.missingFacts());
                });
    }

    @Test
    void nullFactsAreTreatedAsEmpty() {
        assertThat(EligibilityEngine.evaluate(null, YEAR).advice().kind()).isEqualTo(AdviceKind.NO_ADVICE_YET);
    }

    static Stream<Arguments> criteria() {
        return TrialCriteria.all().stream().map(criterion -> Arguments.of(criterion.id(), criterion));
    }

    @ParameterizedTest(name = "{0} unknown once its facts are removed")
    @MethodSource("criteria")
    void removingTheFactsOfACriterionMakesItUnknown(String id, Criterion criterion) {
        for (ClinicalFacts.Builder patient : List.of(Patients.eligibleMan(), Patients.eligibleWoman())) {
            CriterionEvaluation evaluation = Patients.evaluate(patient.build().without(criterion.facts()), id);

            assertThat(evaluation.outcome()).isEqualTo(Outcome.UNKNOWN);
            assertThat(criterion.facts()).containsAll(evaluation.missingFacts());
        }
    }

    @ParameterizedTest(name = "without {0} nothing fails")
    @EnumSource(Fact.class)
    void removingAnyOneFactNeverMakesACriterionFail(Fact fact) {
        for (ClinicalFacts.Builder patient : List.of(Patients.eligibleMan(), Patients.eligibleWoman())) {
            PreCheckResult result = EligibilityEngine.evaluate(patient.build().without(List.of(fact)), YEAR);

            assertThat(result.evaluations()).noneMatch(evaluation -> evaluation.outcome() == Outcome.NOT_MET);
            assertThat(result.advice().kind()).isNotEqualTo(AdviceKind.PROBABLY_NOT_ELIGIBLE);
        }
    }
}
