package fr.chulille.passerelle.eligibility;

import static fr.chulille.passerelle.eligibility.Patients.dec;
import static fr.chulille.passerelle.eligibility.Patients.eligibleMan;
import static fr.chulille.passerelle.eligibility.Patients.eligibleWoman;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AdviceTest {

    private static final List<String> ALL_IDS = TrialCriteria.all().stream().map(Criterion::id).toList();

    static Stream<Arguments> patients() {
        return Stream.of(
                Arguments.of("fully eligible man", eligibleMan(),
                        AdviceKind.POSSIBLY_ELIGIBLE, List.of(), List.of()),
                Arguments.of("fully eligible woman of childbearing potential", eligibleWoman(),
                        AdviceKind.POSSIBLY_ELIGIBLE, List.of(), List.of()),
                Arguments.of("eligible postmenopausal woman", eligibleWoman().childbearingPotential(Answer.NO)
                                .pregnancyTest(null).agreesToContraception(null).agreesToAvoidBreastfeeding(null),
                        AdviceKind.POSSIBLY_ELIGIBLE, List.of(), List.of()),
                Arguments.of("brain MRI not done yet", eligibleMan().brainMri(BrainMri.NOT_DONE),
                        AdviceKind.POSSIBLY_ELIGIBLE_TO_CONFIRM, List.of(), List.of("INC-07")),
                Arguments.of("birth year only, 17 or 18", eligibleMan().ageYears(null).birthYear(2007),
                        AdviceKind.POSSIBLY_ELIGIBLE_TO_CONFIRM, List.of(), List.of("INC-01")),
                Arguments.of("platelets 20 G/L", eligibleMan().platelets(Measurement.of("20", CellCountUnit.GIGA_PER_LITRE)),
                        AdviceKind.PROBABLY_NOT_ELIGIBLE, List.of("INC-09"), List.of()),
                Arguments.of("primary refractory after one course, MRI pending",
                        eligibleMan().diseaseStatus(DiseaseStatus.PRIMARY_REFRACTORY).inductionCourses(1).brainMri(BrainMri.NOT_DONE),
                        AdviceKind.PROBABLY_NOT_ELIGIBLE, List.of("INC-03"), List.of("INC-07")),
                Arguments.of("CD19 on 50 % of blasts", eligibleMan().cd19PercentOfBlasts(dec("50")),
                        AdviceKind.PROBABLY_NOT_ELIGIBLE, List.of("INC-02", "EXC-02"), List.of()),
                Arguments.of("positive pregnancy test", eligibleWoman().pregnancyTest(PregnancyTest.POSITIVE),
                        AdviceKind.PROBABLY_NOT_ELIGIBLE, List.of("INC-18-1", "EXC-13"), List.of()),
                Arguments.of("prior CAR-T and no insurance",
                        eligibleMan().priorGeneticallyModifiedTCellTherapy(Answer.YES).medicalInsurance(Answer.NO),
                        AdviceKind.PROBABLY_NOT_ELIGIBLE, List.of("EXC-05", "EXC-16"), List.of()),
                Arguments.of("empty referral", ClinicalFacts.builder(),
                        AdviceKind.POSSIBLY_ELIGIBLE_TO_CONFIRM, List.of(), ALL_IDS));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("patients")
    void adviceForWholePatients(String name, ClinicalFacts.Builder patient, AdviceKind kind,
                                List<String> failed, List<String> unknown) {
        Advice advice = Patients.check(patient).advice();

        assertThat(advice.kind()).isEqualTo(kind);
        assertThat(advice.failedCriterionIds()).containsExactlyElementsOf(failed);
        assertThat(advice.unknownCriterionIds()).containsExactlyElementsOf(unknown);
    }

    @Test
    void possiblyEligibleListsNothing() {
        Advice advice = Patients.check(eligibleMan()).advice();

        assertThat(advice.listedCriterionIds()).isEmpty();
        assertThat(advice.headline()).isEqualTo(new Message("eligibility.advice.possibly-eligible", Map.of("count", 0)));
        assertThat(advice.followUp()).isEmpty();
    }

    @Test
    void toConfirmListsTheUnknownCriteria() {
        Advice advice = Patients.check(eligibleMan().brainMri(BrainMri.NOT_DONE).ecog(null)).advice();

        assertThat(advice.listedCriterionIds()).containsExactly("INC-05", "INC-07");
        assertThat(advice.headline().key()).isEqualTo("eligibility.advice.possibly-eligible-to-confirm");
        assertThat(advice.headline().args()).containsEntry("count", 2);
        assertThat(advice.followUp()).isEmpty();
    }

    @Test
    void probablyNotEligibleListsTheFailedCriteriaThenOffersToReferAnyway() {
        Advice advice = Patients.check(eligibleMan().ecog(3).brainMri(BrainMri.NOT_DONE)).advice();

        assertThat(advice.listedCriterionIds()).containsExactly("INC-05");
        assertThat(advice.unknownCriterionIds()).containsExactly("INC-07");
        assertThat(advice.headline().key()).isEqualTo("eligibility.advice.probably-not-eligible");
        assertThat(advice.headline().args()).containsEntry("count", 1);
        assertThat(advice.followUp()).map(Message::key).contains("eligibility.advice.still-refer");
    }

    @Test
    void resultCarriesTheCriteriaVersionAndProtocolOrder() {
        PreCheckResult result = Patients.check(eligibleWoman());

        assertThat(result.criteriaVersion()).isEqualTo(TrialCriteria.VERSION);
        assertThat(result.evaluations()).extracting(CriterionEvaluation::id).containsExactlyElementsOf(ALL_IDS);
        assertThat(result.evaluation("NOPE")).isEmpty();
    }
}
