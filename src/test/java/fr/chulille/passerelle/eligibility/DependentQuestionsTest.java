package fr.chulille.passerelle.eligibility;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static fr.chulille.passerelle.eligibility.Patients.YEAR;
import static fr.chulille.passerelle.eligibility.Patients.eligibleMan;
import static fr.chulille.passerelle.eligibility.Patients.eligibleWoman;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16: a question is asked only when an answer to it could change the advice. */
class DependentQuestionsTest {

    private static final Measurement<BilirubinUnit> NORMAL_BILIRUBIN = Measurement.of("10", BilirubinUnit.MICROMOL_PER_L);
    private static final Measurement<BilirubinUnit> AT_THE_LIMIT = Measurement.of("1.5", BilirubinUnit.MG_PER_DL);
    private static final Measurement<BilirubinUnit> HIGH_BILIRUBIN = Measurement.of("40", BilirubinUnit.MICROMOL_PER_L);
    private static final Measurement<BilirubinUnit> IMPOSSIBLE_BILIRUBIN = Measurement.of("-3", BilirubinUnit.MICROMOL_PER_L);

    @Test
    void gilbertSyndromeIsAskedOnlyWhenTheBilirubinIsAboveTheLimit() {
        assertThat(needed(Fact.GILBERT_SYNDROME, eligibleMan().bilirubin(HIGH_BILIRUBIN))).isTrue();
        assertThat(needed(Fact.GILBERT_SYNDROME, eligibleMan().bilirubin(Measurement.of("1.6", BilirubinUnit.MG_PER_DL)))).isTrue();

        assertThat(needed(Fact.GILBERT_SYNDROME, eligibleMan().bilirubin(NORMAL_BILIRUBIN))).isFalse();
        assertThat(needed(Fact.GILBERT_SYNDROME, eligibleMan().bilirubin(AT_THE_LIMIT))).isFalse();
        assertThat(needed(Fact.GILBERT_SYNDROME, eligibleMan().bilirubin(null))).isFalse();
        // an impossible value counts as unknown, as in the pre-check
        assertThat(needed(Fact.GILBERT_SYNDROME, eligibleMan().bilirubin(IMPOSSIBLE_BILIRUBIN))).isFalse();
    }

    @Test
    void theNumberOfInductionCoursesIsAskedOnlyForPrimaryRefractoryDisease() {
        assertThat(needed(Fact.INDUCTION_COURSES, eligibleMan().diseaseStatus(DiseaseStatus.PRIMARY_REFRACTORY))).isTrue();

        assertThat(needed(Fact.INDUCTION_COURSES, eligibleMan().diseaseStatus(DiseaseStatus.SECONDARY_REFRACTORY))).isFalse();
        assertThat(needed(Fact.INDUCTION_COURSES, eligibleMan().diseaseStatus(DiseaseStatus.POST_TRANSPLANT_RELAPSE))).isFalse();
        assertThat(needed(Fact.INDUCTION_COURSES, eligibleMan().diseaseStatus(DiseaseStatus.OTHER))).isFalse();
        assertThat(needed(Fact.INDUCTION_COURSES, eligibleMan().diseaseStatus(null))).isFalse();
    }

    @Test
    void theReproductiveQuestionsAreAskedForTheRelevantPatientsOnly() {
        assertThat(needed(Fact.AGREES_TO_CONDOM_USE, eligibleMan())).isTrue();
        assertThat(needed(Fact.AGREES_TO_CONDOM_USE, eligibleWoman())).isFalse();
        assertThat(needed(Fact.AGREES_TO_CONDOM_USE, eligibleMan().sex(null))).isFalse();

        for (Fact womensQuestion : List.of(Fact.CHILDBEARING_POTENTIAL, Fact.PREGNANCY_TEST, Fact.AGREES_TO_CONTRACEPTION,
                Fact.AGREES_TO_AVOID_BREASTFEEDING, Fact.PREGNANT_BREASTFEEDING_OR_PLANNING_PREGNANCY)) {
            assertThat(needed(womensQuestion, eligibleWoman())).as("%s", womensQuestion).isTrue();
            assertThat(needed(womensQuestion, eligibleMan())).as("%s", womensQuestion).isFalse();
        }
        // sex not given: a woman's questions stay (not of childbearing potential settles item 18 whatever the sex)
        assertThat(needed(Fact.CHILDBEARING_POTENTIAL, ClinicalFacts.builder())).isTrue();

        ClinicalFacts.Builder notOfChildbearingPotential = eligibleWoman().childbearingPotential(Answer.NO)
                .pregnancyTest(null).agreesToContraception(null).agreesToAvoidBreastfeeding(null);
        assertThat(needed(Fact.AGREES_TO_CONTRACEPTION, notOfChildbearingPotential)).isFalse();
        assertThat(needed(Fact.AGREES_TO_AVOID_BREASTFEEDING, notOfChildbearingPotential)).isFalse();
        // a positive test would still exclude her (exclusion item 13)
        assertThat(needed(Fact.PREGNANCY_TEST, notOfChildbearingPotential)).isTrue();
        // unless pregnancy is already stated
        assertThat(needed(Fact.PREGNANCY_TEST, notOfChildbearingPotential.pregnantBreastfeedingOrPlanningPregnancy(Answer.YES))).isFalse();
        // a positive test settles exclusion item 13: "pregnant, breast-feeding or planning to?" adds nothing
        assertThat(needed(Fact.PREGNANT_BREASTFEEDING_OR_PLANNING_PREGNANCY, eligibleWoman().pregnancyTest(PregnancyTest.POSITIVE))).isFalse();
    }

    @Test
    void everyOtherQuestionIsAlwaysNeeded() {
        for (Fact fact : Fact.values()) {
            if (!DependentQuestions.FACTS.contains(fact)) {
                assertThat(DependentQuestions.isNeeded(fact, eligibleMan().build(), YEAR)).as("%s", fact).isTrue();
            }
        }
        assertThat(DependentQuestions.notNeeded(eligibleMan().build(), YEAR)).containsExactlyInAnyOrder(Fact.INDUCTION_COURSES,
                Fact.GILBERT_SYNDROME, Fact.CHILDBEARING_POTENTIAL, Fact.PREGNANCY_TEST, Fact.AGREES_TO_CONTRACEPTION,
                Fact.AGREES_TO_AVOID_BREASTFEEDING, Fact.PREGNANT_BREASTFEEDING_OR_PLANNING_PREGNANCY);
    }

    /**
     * Over every case, for every dependent question: evaluated with each possible answer and without any,
     * the criteria's outcomes are the same exactly when the question is said not needed. So hiding a question
     * never changes an outcome, and a question that could change one is never hidden.
     */
    @Test
    void aQuestionIsHiddenExactlyWhenNoAnswerToItChangesAnyOutcome() {
        List<ClinicalFacts> cases = cases();
        assertThat(cases).hasSizeGreaterThan(500);
        int hidden = 0;
        for (ClinicalFacts facts : cases) {
            for (Fact fact : DependentQuestions.FACTS) {
                Set<List<Outcome>> outcomes = new HashSet<>();
                outcomes.add(outcomes(with(facts, fact, null)));
                for (Object answer : possibleAnswers(fact)) {
                    outcomes.add(outcomes(with(facts, fact, answer)));
                }
                boolean needed = DependentQuestions.isNeeded(fact, facts, YEAR);
                assertThat(needed).as("%s needed for %s", fact, facts).isEqualTo(outcomes.size() > 1);
                if (!needed) {
                    hidden++;
                }
            }
        }
        assertThat(hidden).as("some questions are hidden in these cases").isPositive();
    }

    private static boolean needed(Fact fact, ClinicalFacts.Builder facts) {
        boolean needed = DependentQuestions.isNeeded(fact, facts.build(), YEAR);
        assertThat(DependentQuestions.notNeeded(facts.build(), YEAR).contains(fact)).isEqualTo(!needed);
        return needed;
    }

    private static List<Outcome> outcomes(ClinicalFacts facts) {
        return EligibilityEngine.evaluate(facts, YEAR).evaluations().stream().map(CriterionEvaluation::outcome).toList();
    }

    private static List<ClinicalFacts> cases() {
        List<ClinicalFacts> cases = new ArrayList<>();
        List<ClinicalFacts> bases = List.of(eligibleMan().build(), eligibleWoman().build(), ClinicalFacts.empty(),
                GroupedAttestation.attest(ClinicalFacts.empty()));
        List<Answer> answers = Arrays.asList(null, Answer.YES, Answer.NO, Answer.UNKNOWN);
        for (ClinicalFacts base : bases) {
            for (Sex sex : Arrays.asList(null, Sex.MALE, Sex.FEMALE)) {
                for (Answer potential : answers) {
                    for (PregnancyTest test : Arrays.asList(null, PregnancyTest.NEGATIVE, PregnancyTest.POSITIVE, PregnancyTest.PENDING)) {
                        for (Answer pregnant : Arrays.asList(null, Answer.YES, Answer.NO)) {
                            cases.add(base.toBuilder().sex(sex).childbearingPotential(potential).pregnancyTest(test)
                                    .pregnantBreastfeedingOrPlanningPregnancy(pregnant).build());
                        }
                    }
                }
            }
            for (DiseaseStatus status : Stream.concat(Stream.of((DiseaseStatus) null), Arrays.stream(DiseaseStatus.values())).toList()) {
                for (Measurement<BilirubinUnit> bilirubin : Arrays.asList(null, NORMAL_BILIRUBIN, AT_THE_LIMIT, HIGH_BILIRUBIN,
                        IMPOSSIBLE_BILIRUBIN)) {
                    for (Answer gilbert : answers) {
                        cases.add(base.toBuilder().diseaseStatus(status).bilirubin(bilirubin).gilbertSyndrome(gilbert).build());
                    }
                }
            }
        }
        return cases;
    }

    private static List<?> possibleAnswers(Fact fact) {
        return switch (fact) {
            case INDUCTION_COURSES -> List.of(0, 1, 2, 3, 6);
            case PREGNANCY_TEST -> List.of(PregnancyTest.values());
            default -> List.of(Answer.values());
        };
    }

    private static ClinicalFacts with(ClinicalFacts facts, Fact fact, Object value) {
        ClinicalFacts.Builder builder = facts.toBuilder();
        switch (fact) {
            case INDUCTION_COURSES -> builder.inductionCourses((Integer) value);
            case GILBERT_SYNDROME -> builder.gilbertSyndrome((Answer) value);
            case CHILDBEARING_POTENTIAL -> builder.childbearingPotential((Answer) value);
            case PREGNANCY_TEST -> builder.pregnancyTest((PregnancyTest) value);
            case AGREES_TO_CONTRACEPTION -> builder.agreesToContraception((Answer) value);
            case AGREES_TO_AVOID_BREASTFEEDING -> builder.agreesToAvoidBreastfeeding((Answer) value);
            case PREGNANT_BREASTFEEDING_OR_PLANNING_PREGNANCY -> builder.pregnantBreastfeedingOrPlanningPregnancy((Answer) value);
            case AGREES_TO_CONDOM_USE -> builder.agreesToCondomUse((Answer) value);
            default -> throw new IllegalArgumentException(fact.name());
        }
        return builder.build();
    }
}
