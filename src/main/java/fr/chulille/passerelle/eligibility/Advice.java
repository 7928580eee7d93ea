package fr.chulille.passerelle.eligibility;

import java.util.List;
import java.util.Optional;

/**
 * The overall advice with the ids of the criteria behind it, in protocol order.
 * Shown as: headline, then the listed criteria (labels via {@link Criterion#labelKey()}), then the follow-up.
 */
public record Advice(AdviceKind kind, List<String> failedCriterionIds, List<String> unknownCriterionIds) {

    public Advice {
        failedCriterionIds = List.copyOf(failedCriterionIds);
        unknownCriterionIds = List.copyOf(unknownCriterionIds);
    }

    static Advice from(List<CriterionEvaluation> evaluations) {
        List<String> failed = idsWith(evaluations, Outcome.NOT_MET);
        List<String> unknown = idsWith(evaluations, Outcome.UNKNOWN);
        AdviceKind kind = !failed.isEmpty() ? AdviceKind.PROBABLY_NOT_ELIGIBLE
                : !unknown.isEmpty() ? AdviceKind.POSSIBLY_ELIGIBLE_TO_CONFIRM
                : AdviceKind.POSSIBLY_ELIGIBLE;
        return new Advice(kind, failed, unknown);
    }

    /** The criteria to list under the headline: failed ones, or those to confirm. */
    public List<String> listedCriterionIds() {
        return switch (kind) {
            case PROBABLY_NOT_ELIGIBLE -> failedCriterionIds;
            case POSSIBLY_ELIGIBLE_TO_CONFIRM -> unknownCriterionIds;
            case POSSIBLY_ELIGIBLE -> List.of();
        };
    }

    public Message headline() {
        return kind.headline().with("count", listedCriterionIds().size());
    }

    /** "You can still send the referral or call the team", after the list of failed criteria. */
    public Optional<Message> followUp() {
        return kind == AdviceKind.PROBABLY_NOT_ELIGIBLE
                ? Optional.of(MessageKey.ADVICE_STILL_REFER.with())
                : Optional.empty();
    }

    private static List<String> idsWith(List<CriterionEvaluation> evaluations, Outcome outcome) {
        return evaluations.stream().filter(evaluation -> evaluation.outcome() == outcome)
                .map(CriterionEvaluation::id).toList();
    }
}
