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
                        AdviceKind.PROBABLY_NOT_ELIGIBLE, List.of("INC-02"), List.of()),
                Arguments.of("CD19 negative", eligibleMan().cd19PercentOfBlasts(dec("0")),
                        AdviceKind.PROBABLY_NOT_ELIGIBLE, List.of("INC-02", "EXC-02"), List.of()),
                Arguments.of("positive pregnancy test", eligibleWoman().pregnancyTest(PregnancyTest.POSITIVE),
                        AdviceKind.PROBABLY_NOT_ELIGIBLE, List.of("INC-18-1", "EXC-13"), List.of()),
                Arguments.of("prior CAR-T and no insurance",
                        eligibleMan().priorGeneticallyModifiedTCellTherapy(Answer.YES).medicalInsurance(Answer.NO),
                        AdviceKind.PROBABLY_NOT_ELIGIBLE, List.of("EXC-05", "EXC-16"), List.of()),
                Arguments.of("empty referral", ClinicalFacts.builder(),
                        AdviceKind.NO_ADVICE_YET, List.of(), ALL_IDS));
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
        assertThat(advice.headline().key()).isEqualTo("eligibility.advice.possibly-eligible");
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

    /** An exclusion is present, never "not met": failed inclusion and present exclusion criteria have their own heading. */
    @Test
    void probablyNotEligibleListsInclusionNotMetAndExclusionPresentUnderTwoHeadings() {
        Advice advice = Patients.check(eligibleMan().cd19PercentOfBlasts(dec("0")).uncontrolledInfection(Answer.YES)).advice();

        assertThat(advice.kind()).isEqualTo(AdviceKind.PROBABLY_NOT_ELIGIBLE);
        assertThat(advice.inclusionNotMetIds()).containsExactly("INC-02");
        assertThat(advice.exclusionPresentIds()).containsExactly("EXC-02", "EXC-06");
        assertThat(advice.sections()).extracting(section -> section.heading().orElseThrow().key())
                .containsExactly("eligibility.advice.inclusion-not-met", "eligibility.advice.exclusion-present");
        assertThat(advice.sections()).extracting(Advice.Section::criterionIds)
                .containsExactly(List.of("INC-02"), List.of("EXC-02", "EXC-06"));
        assertThat(advice.sections().get(1).heading().orElseThrow().args()).containsEntry("count", 2);
    }

    @Test
    void onlyExclusionsPresentGiveOnlyTheExclusionHeading() {
        Advice advice = Patients.check(eligibleMan().medicalInsurance(Answer.NO)).advice();

        assertThat(advice.sections()).singleElement().satisfies(section -> {
            assertThat(section.heading().orElseThrow().key()).isEqualTo("eligibility.advice.exclusion-present");
            assertThat(section.criterionIds()).containsExactly("EXC-16");
        });
    }

    /** An empty or nearly empty form never shows "possibly eligible": no advice yet, with how many criteria have data. */
    @Test
    void anEmptyOrNearlyEmptyFormGivesNoAdviceYet() {
        Advice empty = Patients.check(ClinicalFacts.builder()).advice();
        Advice fourCriteria = Patients.check(ClinicalFacts.builder().ageYears(60).ecog(0).lvefPercent(dec("55"))
                .platelets(Measurement.of("80", CellCountUnit.GIGA_PER_LITRE))).advice();

        assertThat(empty.kind()).isEqualTo(AdviceKind.NO_ADVICE_YET);
        assertThat(empty.headline().key()).isEqualTo("eligibility.advice.no-advice-yet");
        assertThat(empty.headline().args()).containsEntry("decided", 0).containsEntry("total", 37);
        assertThat(empty.sections()).isEmpty();
        assertThat(fourCriteria.kind()).isEqualTo(AdviceKind.NO_ADVICE_YET);
        assertThat(fourCriteria.headline().args()).containsEntry("decided", 4).containsEntry("total", 37);
        assertThat(IcuFormattingTest.format("en", fourCriteria.headline())).isEqualTo("No advice yet — 4 of 37 criteria have data.");
        assertThat(IcuFormattingTest.format("fr", fourCriteria.headline()))
                .isEqualTo("Pas encore d'avis — 4 critères sur 37 ont des données.");
    }

    @Test
    void aFailedCriterionStillGivesProbablyNotEligibleOnAnAlmostEmptyForm() {
        assertThat(Patients.check(ClinicalFacts.builder().ageYears(10)).advice().kind()).isEqualTo(AdviceKind.PROBABLY_NOT_ELIGIBLE);
    }

    @Test
    void resultCarriesTheCriteriaVersionAndProtocolOrder() {
        PreCheckResult result = Patients.check(eligibleWoman());

        assertThat(result.criteriaVersion()).isEqualTo(TrialCriteria.VERSION);
        assertThat(result.evaluations()).extracting(CriterionEvaluation::id).containsExactlyElementsOf(ALL_IDS);
        assertThat(result.evaluation("NOPE")).isEmpty();
    }
}
