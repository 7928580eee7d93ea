package fr.chulille.passerelle.eligibility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * "Answer next": the few unanswered facts that would settle the most criteria still to confirm. Pure and
 * deterministic.
 *
 * <p><b>Definitions.</b> A fact is <em>open</em> when its value is null in the facts given (an answer
 * "unknown", a stated value, even a pending test, is an answer: it is not asked again). A criterion
 * still to confirm (outcome UNKNOWN) is <em>settled by</em> a set S of open facts when the facts its rule
 * names as missing ({@link CriterionEvaluation#missingFacts()}, "the facts that would settle it") are not
 * empty and all belong to S: some answer to those facts then decides it, met or not met. A criterion whose
 * missing facts include an answered fact (a brain MRI "not done") or none at all (a measured clearance that
 * disagrees with Cockcroft-Gault) is settled by no set. {@link #settledBy} counts them: that count is the
 * measure, and it can only grow when facts are added to S.
 *
 * <p><b>Choice.</b> Among the sets of {@link #MAX} open facts named missing by some such criterion (fewer
 * when fewer are), the one with the highest count: no set of {@link #MAX} open facts whatever settles more.
 * Ties go to the set whose facts come first in {@link #PRIORITY} (compared fact by fact, each set in
 * priority order). Facts of that set that settle nothing are dropped, so that no suggestion is
 * idle: the count is unchanged, and, the count growing with the set, no other set of as many facts as are
 * left settles more. The result is listed in priority order, each with the criteria it helps settle.
 */
public final class NextQuestions {

    /** At most this many suggestions. */
    public static final int MAX = 3;

    /**
     * The knock-out facts, asked first because they settle eligibility most often: CD19 on blasts, disease
     * status, age, ECOG, prior CD19-targeted therapy, prior CAR or genetically modified T-cell therapy, CNS
     * involvement (brain MRI, then CSF malignant cells or brain metastases).
     */
    public static final List<Fact> KNOCK_OUT = List.of(Fact.CD19_PERCENT_OF_BLASTS, Fact.DISEASE_STATUS,
            Fact.AGE_YEARS, Fact.ECOG, Fact.PRIOR_CD19_TARGETED_THERAPY, Fact.PRIOR_GENETICALLY_MODIFIED_T_CELL_THERAPY,
            Fact.BRAIN_MRI, Fact.CSF_MALIGNANT_CELLS_OR_BRAIN_METASTASES);

    /** The fixed order of ties and of the list: the knock-out facts, then every other fact in {@link Fact} order. */
    public static final List<Fact> PRIORITY = Stream.concat(KNOCK_OUT.stream(),
            Arrays.stream(Fact.values()).filter(fact -> !KNOCK_OUT.contains(fact))).toList();

    /** One suggestion: the fact to answer and the criteria (ids, protocol order) it helps settle. */
    public record NextQuestion(Fact fact, boolean knockOut, List<String> settles) {

        public NextQuestion {
            settles = List.copyOf(settles);
        }
    }

    private NextQuestions() {
    }

    /** Evaluates the facts, then {@link #suggest(ClinicalFacts, PreCheckResult)}. */
    public static List<NextQuestion> suggest(ClinicalFacts facts, int referenceYear) {
        ClinicalFacts known = facts == null ? ClinicalFacts.empty() : facts;
        ClinicalFacts usable = known.without(FactsValidator.validate(known, referenceYear).invalidFacts());
        return suggest(usable, EligibilityEngine.evaluate(usable, referenceYear));
    }

    /**
     * @param facts  the facts the result was computed from (an invalid value removed: it is open again)
     * @param result their pre-check
     */
    public static List<NextQuestion> suggest(ClinicalFacts facts, PreCheckResult result) {
        List<Fact> open = open(facts);
        List<List<Fact>> settleable = settleable(facts, result);
        // only facts that appear in a settleable criterion can raise the count; the others are compared last
        List<Fact> useful = open.stream().filter(fact -> settleable.stream().anyMatch(missing -> missing.contains(fact))).toList();
        int size = Math.min(MAX, useful.size());
        int[] best = null;
        int bestCount = -1;
        int[] indices = new int[size];
        for (int i = 0; i < size; i++) {
            indices[i] = i;
        }
        // combinations in lexicographic order of priority ranks: the first set reaching the best count wins ties
        while (size > 0) {
            int count = count(settleable, useful, indices);
            if (count > bestCount) {
                bestCount = count;
                best = indices.clone();
            }
            if (!next(indices, useful.size())) {
                break;
            }
        }
        List<Fact> chosen = new ArrayList<>();
        if (best != null) {
            for (int index : best) {
                chosen.add(useful.get(index));
            }
        }
        Set<Fact> chosenSet = chosen.isEmpty() ? EnumSet.noneOf(Fact.class) : EnumSet.copyOf(chosen);
        List<NextQuestion> questions = new ArrayList<>();
        for (Fact fact : chosen) {
            List<String> settles = result.evaluations().stream()
                    .filter(evaluation -> isSettleable(facts, evaluation))
                    .filter(evaluation -> chosenSet.containsAll(evaluation.missingFacts()))
                    .filter(evaluation -> evaluation.missingFacts().contains(fact))
                    .map(CriterionEvaluation::id)
                    .toList();
            if (!settles.isEmpty()) {
                questions.add(new NextQuestion(fact, KNOCK_OUT.contains(fact), settles));
            }
        }
        return List.copyOf(questions);
    }

    /**
     * The measure: how many criteria still to confirm the set {@code answered} of open facts settles (see
     * the class comment). Answered facts in the set count for nothing.
     */
    public static int settledBy(ClinicalFacts facts, PreCheckResult result, Set<Fact> answered) {
        return (int) result.evaluations().stream()
                .filter(evaluation -> isSettleable(facts, evaluation))
                .filter(evaluation -> answered.containsAll(evaluation.missingFacts()))
                .count();
    }

    /** The facts with no value, in {@link #PRIORITY} order. */
    public static List<Fact> open(ClinicalFacts facts) {
        return PRIORITY.stream().filter(fact -> fact.valueIn(facts) == null).toList();
    }

    private static boolean isSettleable(ClinicalFacts facts, CriterionEvaluation evaluation) {
        return evaluation.outcome() == Outcome.UNKNOWN && !evaluation.missingFacts().isEmpty()
                && evaluation.missingFacts().stream().allMatch(fact -> fact.valueIn(facts) == null);
    }

    private static List<List<Fact>> settleable(ClinicalFacts facts, PreCheckResult result) {
        return result.evaluations().stream().filter(evaluation -> isSettleable(facts, evaluation))
                .map(CriterionEvaluation::missingFacts).toList();
    }

    private static int count(List<List<Fact>> settleable, List<Fact> facts, int[] indices) {
        Set<Fact> chosen = EnumSet.noneOf(Fact.class);
        for (int index : indices) {
            chosen.add(facts.get(index));
        }
        return (int) settleable.stream().filter(chosen::containsAll).count();
    }

    /** The next combination of {@code indices.length} among {@code n}, in lexicographic order; false after the last. */
    private static boolean next(int[] indices, int n) {
        int k = indices.length;
        int i = k - 1;
        while (i >= 0 && indices[i] == n - k + i) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        indices[i]++;
        for (int j = i + 1; j < k; j++) {
            indices[j] = indices[j - 1] + 1;
        }
        return true;
    }
}
