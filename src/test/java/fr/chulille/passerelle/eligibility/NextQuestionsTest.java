package fr.chulille.passerelle.eligibility;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import static fr.chulille.passerelle.eligibility.Patients.YEAR;
import static fr.chulille.passerelle.eligibility.Patients.dec;
import static org.assertj.core.api.Assertions.assertThat;

class NextQuestionsTest {

    /** Fixed seeds: 5 kinds of patient × 4 shares of unanswered facts × 20 seeds = 400 partially filled cases. */
    static List<ClinicalFacts> partiallyFilledCases() {
        List<Supplier<ClinicalFacts.Builder>> bases = List.of(
                Patients::eligibleMan,
                Patients::eligibleWoman,
                () -> Patients.eligibleWoman().childbearingPotential(Answer.NO),
                // a birth year only, a bilirubin above the limit (Gilbert's syndrome matters), AST in U/L without its ULN
                () -> Patients.eligibleMan().ageYears(null).birthYear(YEAR - 18)
                        .bilirubin(Measurement.of("40", BilirubinUnit.MICROMOL_PER_L)).gilbertSyndrome(null)
                        .ast(new LiverEnzyme(dec("30"), LiverEnzymeUnit.UNITS_PER_LITRE, null)),
                // some answers that fail, some "unknown", a pending pregnancy test
                () -> Patients.eligibleWoman().ecog(2).hivOrHtlv1History(Answer.UNKNOWN)
                        .pregnancyTest(PregnancyTest.PENDING).brainMri(BrainMri.NOT_DONE));
        double[] shares = {0.3, 0.5, 0.7, 0.95};
        List<ClinicalFacts> cases = new ArrayList<>();
        for (int base = 0; base < bases.size(); base++) {
            for (double share : shares) {
                for (int seed = 0; seed < 20; seed++) {
                    Random random = new Random(1000L * base + 100L * Math.round(share * 100) + seed);
                    ClinicalFacts full = bases.get(base).get().build();
                    List<Fact> cleared = Arrays.stream(Fact.values()).filter(fact -> random.nextDouble() < share).toList();
                    cases.add(full.without(cleared));
                }
            }
        }
        return cases;
    }

    @Test
    void theSuggestedFactsSettleAtLeastAsManyCriteriaAsAnyOtherChoiceOfAsManyFacts() {
        int compared = 0;
        for (ClinicalFacts facts : partiallyFilledCases()) {
            PreCheckResult result = EligibilityEngine.evaluate(facts, YEAR);
            List<NextQuestions.NextQuestion> suggested = NextQuestions.suggest(facts, YEAR);
            Set<Fact> chosen = facts(suggested);
            List<Fact> open = Arrays.stream(Fact.values()).filter(fact -> fact.valueIn(facts) == null).toList();
            assertThat(open).containsAll(chosen);
            assertThat(suggested).hasSizeLessThanOrEqualTo(3);
            long[] settleable = settleableMasks(facts, result);
            int mine = settled(settleable, mask(chosen));
            assertThat(mine).as("the measure and its brute-force copy agree").isEqualTo(NextQuestions.settledBy(facts, result, chosen));
            // every other choice of as many facts, and every choice of three (the suggestions are never too few)
            for (int size : new int[] {chosen.size(), Math.min(3, open.size())}) {
                int best = 0;
                for (long other : combinations(open, size)) {
                    best = Math.max(best, settled(settleable, other));
                    compared++;
                }
                assertThat(best).as("best of %d facts against %s in %s", size, chosen, facts).isLessThanOrEqualTo(mine);
            }
            // no idle suggestion: each one settles at least one criterion with the others
            suggested.forEach(question -> assertThat(question.settles()).isNotEmpty());
        }
        assertThat(compared).isGreaterThan(100_000);
    }

    /** "Settles" means some answer to the suggested facts decides the criterion, met or not met. */
    @Test
    void eachCriterionCountedAsSettledIsDecidedBySomeAnswerToTheSuggestedFacts() {
        for (ClinicalFacts facts : partiallyFilledCases()) {
            List<NextQuestions.NextQuestion> suggested = NextQuestions.suggest(facts, YEAR);
            List<Fact> chosen = List.copyOf(facts(suggested));
            suggested.stream().flatMap(question -> question.settles().stream()).distinct().forEach(id ->
                    assertThat(someAnswerDecides(facts, chosen, 0, id)).as("%s by %s in %s", id, chosen, facts).isTrue());
        }
    }

    @Test
    void theSameFactsGiveTheSameSuggestions() {
        ClinicalFacts facts = Patients.eligibleWoman().build().without(List.of(Fact.ECOG, Fact.SEX, Fact.ALT, Fact.PLATELETS));
        assertThat(NextQuestions.suggest(facts, YEAR)).isEqualTo(NextQuestions.suggest(facts, YEAR));
    }

    @Test
    void onATieKnockOutFactsComeFirstThenFormOrder() {
        // each of these settles exactly one criterion
        ClinicalFacts facts = Patients.eligibleMan().build().without(List.of(Fact.SPO2_ROOM_AIR_PERCENT, Fact.LVEF_PERCENT,
                Fact.PLATELETS, Fact.ECOG, Fact.DISEASE_STATUS));

        assertThat(NextQuestions.suggest(facts, YEAR)).extracting(NextQuestions.NextQuestion::fact)
                .containsExactly(Fact.DISEASE_STATUS, Fact.ECOG, Fact.PLATELETS);
        assertThat(NextQuestions.suggest(facts, YEAR).getFirst())
                .isEqualTo(new NextQuestions.NextQuestion(Fact.DISEASE_STATUS, true, List.of("INC-03")));
    }

    @Test
    void aFactThatSettlesMoreCriteriaWinsOverAKnockOutFact() {
        // sex settles the male contraception item and, with childbearing potential, the three female items
        ClinicalFacts facts = Patients.eligibleWoman().build().without(List.of(Fact.ECOG, Fact.DISEASE_STATUS,
                Fact.SEX, Fact.CHILDBEARING_POTENTIAL));

        List<NextQuestions.NextQuestion> suggested = NextQuestions.suggest(facts, YEAR);

        assertThat(suggested).extracting(NextQuestions.NextQuestion::fact)
                .containsExactly(Fact.DISEASE_STATUS, Fact.SEX, Fact.CHILDBEARING_POTENTIAL);
        assertThat(suggested.get(1).settles()).containsExactly("INC-11", "INC-18-1", "INC-18-2", "INC-18-3", "INC-19");
        assertThat(suggested.get(2).settles()).containsExactly("INC-18-1", "INC-18-2", "INC-18-3");
    }

    @Test
    void aFactNeededWithAnotherOneIsSuggestedWithIt() {
        ClinicalFacts facts = Patients.eligibleMan().build().without(List.of(Fact.ALT, Fact.AST));

        assertThat(NextQuestions.suggest(facts, YEAR)).containsExactly(
                new NextQuestions.NextQuestion(Fact.ALT, false, List.of("INC-12")),
                new NextQuestions.NextQuestion(Fact.AST, false, List.of("INC-12")));
    }

    @Test
    void anAnsweredFactIsNeverAskedAgainAndACompleteFormHasNoSuggestion() {
        ClinicalFacts pending = Patients.eligibleWoman().pregnancyTest(PregnancyTest.PENDING).brainMri(BrainMri.NOT_DONE)
                .ecog(null).build();

        assertThat(NextQuestions.suggest(pending, YEAR)).extracting(NextQuestions.NextQuestion::fact).containsExactly(Fact.ECOG);
        assertThat(NextQuestions.suggest(Patients.eligibleMan().build(), YEAR)).isEmpty();
    }

    @Test
    void anImpossibleValueIsOpenAgain() {
        ClinicalFacts facts = Patients.eligibleMan().ecog(9).build();

        assertThat(NextQuestions.suggest(facts, YEAR)).extracting(NextQuestions.NextQuestion::fact).containsExactly(Fact.ECOG);
    }

    private static Set<Fact> facts(List<NextQuestions.NextQuestion> questions) {
        Set<Fact> facts = EnumSet.noneOf(Fact.class);
        questions.forEach(question -> facts.add(question.fact()));
        return facts;
    }

    // --- the brute force, on bit masks (one bit per Fact ordinal) ---

    private static long mask(Iterable<Fact> facts) {
        long mask = 0;
        for (Fact fact : facts) {
            mask |= 1L << fact.ordinal();
        }
        return mask;
    }

    /** The missing facts of each criterion still to confirm whose missing facts are all unanswered. */
    private static long[] settleableMasks(ClinicalFacts facts, PreCheckResult result) {
        return result.evaluations().stream()
                .filter(evaluation -> evaluation.outcome() == Outcome.UNKNOWN && !evaluation.missingFacts().isEmpty())
                .filter(evaluation -> evaluation.missingFacts().stream().allMatch(fact -> fact.valueIn(facts) == null))
                .mapToLong(evaluation -> mask(evaluation.missingFacts()))
                .toArray();
    }

    private static int settled(long[] settleable, long answered) {
        int count = 0;
        for (long missing : settleable) {
            if ((missing & ~answered) == 0) {
                count++;
            }
        }
        return count;
    }

    private static List<Long> combinations(List<Fact> facts, int size) {
        List<Long> all = new ArrayList<>();
        combine(facts, size, 0, 0L, all);
        return all;
    }

    private static void combine(List<Fact> facts, int left, int from, long chosen, List<Long> all) {
        if (left == 0) {
            all.add(chosen);
            return;
        }
        for (int i = from; i <= facts.size() - left; i++) {
            combine(facts, left - 1, i + 1, chosen | 1L << facts.get(i).ordinal(), all);
        }
    }

    // --- "some answer decides": every combination of a few plausible values of the suggested facts ---

    private static final Map<Fact, List<Object>> SAMPLE_VALUES = Map.ofEntries(
            Map.entry(Fact.AGE_YEARS, List.of(16, 17, 18, 45, 80)),
            Map.entry(Fact.BIRTH_YEAR, List.of(1945, 1980, YEAR - 18)),
            Map.entry(Fact.SEX, List.of(Sex.MALE, Sex.FEMALE)),
            Map.entry(Fact.WEIGHT_KG, List.of(dec("40"), dec("70"), dec("120"))),
            Map.entry(Fact.CD19_PERCENT_OF_BLASTS, List.of(dec("0"), dec("50"), dec("85"))),
            Map.entry(Fact.DISEASE_STATUS, List.of((Object[]) DiseaseStatus.values())),
            Map.entry(Fact.INDUCTION_COURSES, List.of(1, 2)),
            Map.entry(Fact.ECOG, List.of(0, 1, 2, 3)),
            Map.entry(Fact.LIFE_EXPECTANCY_MONTHS, List.of(dec("1"), dec("6"))),
            Map.entry(Fact.BRAIN_MRI, List.of((Object[]) BrainMri.values())),
            Map.entry(Fact.WORST_PRIOR_TOXICITY_GRADE, List.of(0, 1, 2, 3)),
            Map.entry(Fact.PLATELETS, List.of(Measurement.of("20", CellCountUnit.GIGA_PER_LITRE), Measurement.of("50", CellCountUnit.GIGA_PER_LITRE))),
            Map.entry(Fact.LYMPHOCYTES, List.of(Measurement.of("0.1", CellCountUnit.GIGA_PER_LITRE), Measurement.of("0.5", CellCountUnit.GIGA_PER_LITRE))),
            Map.entry(Fact.CREATININE, List.of(Measurement.of("50", CreatinineUnit.MICROMOL_PER_L), Measurement.of("80", CreatinineUnit.MICROMOL_PER_L),
                    Measurement.of("300", CreatinineUnit.MICROMOL_PER_L))),
            Map.entry(Fact.MEASURED_CREATININE_CLEARANCE, List.of(dec("20"), dec("60"), dec("120"))),
            Map.entry(Fact.ALT, List.of(LiverEnzyme.timesUpperLimit("1"), LiverEnzyme.timesUpperLimit("3"))),
            Map.entry(Fact.AST, List.of(LiverEnzyme.timesUpperLimit("1"), LiverEnzyme.timesUpperLimit("3"))),
            Map.entry(Fact.BILIRUBIN, List.of(Measurement.of("10", BilirubinUnit.MICROMOL_PER_L), Measurement.of("40", BilirubinUnit.MICROMOL_PER_L))),
            Map.entry(Fact.LVEF_PERCENT, List.of(dec("40"), dec("55"))),
            Map.entry(Fact.SPO2_ROOM_AIR_PERCENT, List.of(dec("90"), dec("97"))),
            Map.entry(Fact.PREGNANCY_TEST, List.of((Object[]) PregnancyTest.values())));

    private static List<Object> samples(Fact fact) {
        return SAMPLE_VALUES.getOrDefault(fact, List.of(Answer.YES, Answer.NO));
    }

    private static boolean someAnswerDecides(ClinicalFacts facts, List<Fact> chosen, int index, String criterionId) {
        if (index == chosen.size()) {
            return Patients.evaluate(facts, criterionId).outcome() != Outcome.UNKNOWN;
        }
        Fact fact = chosen.get(index);
        for (Object value : samples(fact)) {
            if (someAnswerDecides(with(facts, fact, value), chosen, index + 1, criterionId)) {
                return true;
            }
        }
        return false;
    }

    /** The builder's setter named like the fact. */
    private static ClinicalFacts with(ClinicalFacts facts, Fact fact, Object value) {
        try {
            ClinicalFacts.Builder builder = facts.toBuilder();
            for (Method method : ClinicalFacts.Builder.class.getMethods()) {
                if (method.getName().equals(fact.fieldName()) && method.getParameterCount() == 1) {
                    method.invoke(builder, value);
                    return builder.build();
                }
            }
            throw new IllegalArgumentException(fact.fieldName());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
