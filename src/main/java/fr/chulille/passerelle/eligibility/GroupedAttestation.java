package fr.chulille.passerelle.eligibility;

import java.util.Arrays;
import java.util.List;

/**
 * "None of the following applies to my patient": yes/no questions (never a measured value) whose
 * unfavourable answer is rare among referred patients, answered in one click per group. Attesting gives
 * each question of the group the answer under which its criterion is met ("no" to each, "yes" to "covered
 * by medical insurance?"); a question already answered on its own (even "unknown") keeps its answer: an
 * individual answer wins. The record says which answers were attested ({@link AnswerSource}).
 *
 * <p>The groups, and why (to be confirmed by the principal investigator, see docs/eligibility-criteria.md):
 * <ul>
 *   <li>{@link Group#KNOCK_OUTS}: exclusion items 4 (prior CD19-targeted therapy), 5 (prior CAR or other
 *       genetically modified T-cell therapy) and 10 (CSF involvement or brain metastases), first on the form:
 *       each the absence of a past treatment or finding known from the file, and "no" for most referred
 *       patients; a "yes", answered on its own, still settles "probably not eligible" after a handful of inputs.</li>
 *   <li>{@link Group#EXCLUSIONS}: exclusion items 3 (other malignancy), 6 (uncontrolled infection), 7 (HIV or
 *       HTLV1), 8 and 9 (hepatitis C and B), 11 (non-malignant CNS disorder), 12 (guardianship or curatorship),
 *       14 (hypersensitivity to the product), 15 (contraindication to lymphodepletion) and 16 (no medical
 *       insurance): each the absence of a condition, known from the file.</li>
 *   <li>{@link Group#HEART_AND_LUNGS}: inclusion items 15 and 16, which the protocol itself words as absences
 *       ("No clinically significant electrocardiogram (ECG) findings", "No clinically significant pleural
 *       effusion"): a judgement on the screening ECG and imaging, not a measured value (the ejection fraction
 *       and the oxygen saturation, measured, stay typed).</li>
 * </ul>
 * Kept out, asked one by one: consent (exclusion item 1), deliberately; pregnancy (exclusion item
 * 13) and the contraception commitments (inclusion items 18 and 19), which depend on the patient's sex and
 * are the patient's own undertaking; and inclusion item 4 (no accessible untried targeted therapy), a
 * therapeutic judgement on this patient's disease rather than the absence of a condition.
 */
public final class GroupedAttestation {

    /** One "none of the following" attestation: its criteria, in protocol order, each a {@link QuestionRule}. */
    public enum Group {
        KNOCK_OUTS("EXC-04", "EXC-05", "EXC-10"),
        EXCLUSIONS("EXC-03", "EXC-06", "EXC-07", "EXC-08", "EXC-09", "EXC-11", "EXC-12", "EXC-14", "EXC-15", "EXC-16"),
        HEART_AND_LUNGS("INC-15", "INC-16");

        private final List<Criterion> criteria;

        Group(String... criterionIds) {
            criteria = Arrays.stream(criterionIds).map(id -> TrialCriteria.byId(id).orElseThrow()).toList();
        }

        public List<Criterion> criteria() {
            return criteria;
        }

        /** The questions of the group, in protocol order. */
        public List<Fact> facts() {
            return criteria.stream().map(criterion -> rule(criterion).fact()).toList();
        }

        public static Group of(Fact fact) {
            return Arrays.stream(values()).filter(group -> group.facts().contains(fact)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(fact + " is in no group"));
        }
    }

    /** The criteria of the exclusion group ({@link Group#EXCLUSIONS}), in protocol order. */
    public static final List<Criterion> CRITERIA = Group.EXCLUSIONS.criteria();

    private GroupedAttestation() {
    }

    /** The questions of every group, group by group. */
    public static List<Fact> facts() {
        return Arrays.stream(Group.values()).flatMap(group -> group.facts().stream()).toList();
    }

    public static boolean contains(Fact fact) {
        return facts().contains(fact);
    }

    /** The answer the group attestation gives to {@code fact}: the one under which its criterion is met. */
    public static Answer attestedAnswer(Fact fact) {
        return Arrays.stream(Group.values()).flatMap(group -> group.criteria().stream()).map(GroupedAttestation::rule)
                .filter(rule -> rule.fact() == fact).map(QuestionRule::favourable).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(fact + " is not in a group"));
    }

    /** The facts with every unanswered question of the exclusion group given its {@link #attestedAnswer}. */
    public static ClinicalFacts attest(ClinicalFacts facts) {
        return attest(Group.EXCLUSIONS, facts);
    }

    /** The facts with every unanswered question of {@code group} given its {@link #attestedAnswer}; answered ones unchanged. */
    public static ClinicalFacts attest(Group group, ClinicalFacts facts) {
        ClinicalFacts.Builder builder = facts.toBuilder();
        for (Fact fact : group.facts()) {
            if (fact.valueIn(facts) == null) {
                set(builder, fact, attestedAnswer(fact));
            }
        }
        return builder.build();
    }

    private static void set(ClinicalFacts.Builder builder, Fact fact, Answer answer) {
        switch (fact) {
            case PRIOR_CD19_TARGETED_THERAPY -> builder.priorCd19TargetedTherapy(answer);
            case PRIOR_GENETICALLY_MODIFIED_T_CELL_THERAPY -> builder.priorGeneticallyModifiedTCellTherapy(answer);
            case CSF_MALIGNANT_CELLS_OR_BRAIN_METASTASES -> builder.csfMalignantCellsOrBrainMetastases(answer);
            case OTHER_MALIGNANCY_HISTORY -> builder.otherMalignancyHistory(answer);
            case UNCONTROLLED_INFECTION -> builder.uncontrolledInfection(answer);
            case HIV_OR_HTLV1_HISTORY -> builder.hivOrHtlv1History(answer);
            case ACTIVE_HEPATITIS_C -> builder.activeHepatitisC(answer);
            case ACTIVE_HEPATITIS_B -> builder.activeHepatitisB(answer);
            case NON_MALIGNANT_CNS_DISORDER -> builder.nonMalignantCnsDisorder(answer);
            case UNDER_GUARDIANSHIP_OR_CURATORSHIP -> builder.underGuardianshipOrCuratorship(answer);
            case HYPERSENSITIVITY_TO_PRODUCT -> builder.hypersensitivityToProduct(answer);
            case LYMPHODEPLETION_CONTRAINDICATION -> builder.lymphodepletionContraindication(answer);
            case MEDICAL_INSURANCE -> builder.medicalInsurance(answer);
            case SIGNIFICANT_ECG_FINDING -> builder.significantEcgFinding(answer);
            case SIGNIFICANT_PLEURAL_EFFUSION -> builder.significantPleuralEffusion(answer);
            default -> throw new IllegalArgumentException(fact + " is not in a group");
        }
    }

    private static QuestionRule rule(Criterion criterion) {
        if (criterion.rule() instanceof QuestionRule question) {
            return question;
        }
        throw new IllegalStateException(criterion.id() + " is not a yes/no question");
    }
}
