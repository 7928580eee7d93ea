package fr.chulille.passerelle.eligibility;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "None of the following applies to my patient": the exclusion criteria that are absent for most
 * referred patients and asked as plain yes/no questions (never a measured value), answered in one click.
 * The criteria are exclusion items 3 (other malignancy), 6 (uncontrolled infection), 7 (HIV or HTLV1),
 * 8 and 9 (hepatitis C and B), 11 (non-malignant CNS disorder), 12 (guardianship or curatorship),
 * 14 (hypersensitivity to the product), 15 (contraindication to lymphodepletion) and 16 (no medical
 * insurance). The knock-out questions (prior CD19-targeted or CAR T-cell therapy, CSF or brain
 * involvement) are asked one by one, as are consent (item 1) and pregnancy (item 13).
 *
 * <p>Attesting gives each question of the group the answer under which its exclusion is absent: "no" to
 * each, and "yes" to "covered by medical insurance?" (item 16 excludes its absence). A question already
 * answered on its own (even "unknown") keeps its answer: an individual answer wins.
 */
public final class GroupedAttestation {

    private static final List<String> CRITERION_IDS = List.of("EXC-03", "EXC-06", "EXC-07", "EXC-08", "EXC-09",
            "EXC-11", "EXC-12", "EXC-14", "EXC-15", "EXC-16");

    /** The criteria of the group, in protocol order: each a question read by a {@link QuestionRule}. */
    public static final List<Criterion> CRITERIA = CRITERION_IDS.stream()
            .map(id -> TrialCriteria.byId(id).orElseThrow()).toList();

    private GroupedAttestation() {
    }

    /** The questions of the group, in protocol order. */
    public static List<Fact> facts() {
        return CRITERIA.stream().map(criterion -> rule(criterion).fact()).toList();
    }

    public static boolean contains(Fact fact) {
        return facts().contains(fact);
    }

    /** The answer the group attestation gives to {@code fact}: the one under which its exclusion is absent. */
    public static Answer attestedAnswer(Fact fact) {
        return CRITERIA.stream().map(GroupedAttestation::rule).filter(rule -> rule.fact() == fact)
                .map(QuestionRule::favourable).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(fact + " is not in the group"));
    }

    /** The facts with every unanswered question of the group given its {@link #attestedAnswer}; answered ones unchanged. */
    public static ClinicalFacts attest(ClinicalFacts facts) {
        Set<Fact> unanswered = facts().stream().filter(fact -> fact.valueIn(facts) == null).collect(Collectors.toSet());
        ClinicalFacts.Builder builder = facts.toBuilder();
        Function<Fact, Answer> answer = fact -> unanswered.contains(fact) ? attestedAnswer(fact) : (Answer) fact.valueIn(facts);
        return builder.otherMalignancyHistory(answer.apply(Fact.OTHER_MALIGNANCY_HISTORY))
                .uncontrolledInfection(answer.apply(Fact.UNCONTROLLED_INFECTION))
                .hivOrHtlv1History(answer.apply(Fact.HIV_OR_HTLV1_HISTORY))
                .activeHepatitisC(answer.apply(Fact.ACTIVE_HEPATITIS_C))
                .activeHepatitisB(answer.apply(Fact.ACTIVE_HEPATITIS_B))
                .nonMalignantCnsDisorder(answer.apply(Fact.NON_MALIGNANT_CNS_DISORDER))
                .underGuardianshipOrCuratorship(answer.apply(Fact.UNDER_GUARDIANSHIP_OR_CURATORSHIP))
                .hypersensitivityToProduct(answer.apply(Fact.HYPERSENSITIVITY_TO_PRODUCT))
                .lymphodepletionContraindication(answer.apply(Fact.LYMPHODEPLETION_CONTRAINDICATION))
                .medicalInsurance(answer.apply(Fact.MEDICAL_INSURANCE))
                .build();
    }

    private static QuestionRule rule(Criterion criterion) {
        if (criterion.rule() instanceof QuestionRule question) {
            return question;
        }
        throw new IllegalStateException(criterion.id() + " is not a yes/no question");
    }
}
