package fr.chulille.passerelle.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The overall advice with the ids of the criteria behind it, in protocol order.
 * Shown as: headline, then its sections (a heading and criteria, labels via {@link Criterion#shortLabel()}),
 * then the follow-up. A "probably not eligible" advice lists failed inclusion criteria and present
 * exclusion criteria under two headings: an exclusion is present, never "not met".
 *
 * @param decidedCount how many criteria the facts settle (met or not met; absent or present)
 */
public record Advice(AdviceKind kind, List<String> failedCriterionIds, List<String> unknownCriterionIds,
                     int decidedCount) {

    /** Listed criteria under a heading; the heading is empty for the criteria to confirm (the headline says it). */
    public record Section(Optional<Message> heading, CriterionKind criterionKind, List<String> criterionIds) {

        public Section {
            criterionIds = List.copyOf(criterionIds);
        }
    }

    public Advice {
        failedCriterionIds = List.copyOf(failedCriterionIds);
        unknownCriterionIds = List.copyOf(unknownCriterionIds);
    }

    static Advice from(List<CriterionEvaluation> evaluations) {
        List<String> failed = idsWith(evaluations, Outcome.NOT_MET);
        List<String> unknown = idsWith(evaluations, Outcome.UNKNOWN);
        int decided = evaluations.size() - unknown.size();
        AdviceKind kind = !failed.isEmpty() ? AdviceKind.PROBABLY_NOT_ELIGIBLE
                : tooLittleData(decided, evaluations.size()) ? AdviceKind.NO_ADVICE_YET
                : !unknown.isEmpty() ? AdviceKind.POSSIBLY_ELIGIBLE_TO_CONFIRM
                : AdviceKind.POSSIBLY_ELIGIBLE;
        return new Advice(kind, failed, unknown, decided);
    }

    /** An empty or nearly empty form gives no positive headline: fewer than half the criteria settled. */
    static boolean tooLittleData(int decided, int total) {
        return 2 * decided < total;
    }

    /** The criteria to list under the headline: failed ones, or those to confirm. */
    public List<String> listedCriterionIds() {
        return switch (kind) {
            case PROBABLY_NOT_ELIGIBLE -> failedCriterionIds;
            case POSSIBLY_ELIGIBLE_TO_CONFIRM -> unknownCriterionIds;
            case POSSIBLY_ELIGIBLE, NO_ADVICE_YET -> List.of();
        };
    }

    /** Failed inclusion criteria, in protocol order. */
    public List<String> inclusionNotMetIds() {
        return ofKind(failedCriterionIds, CriterionKind.INCLUSION);
    }

    /** Exclusion criteria found present, in protocol order. */
    public List<String> exclusionPresentIds() {
        return ofKind(failedCriterionIds, CriterionKind.EXCLUSION);
    }

    /** What to list under the headline, each list under its own heading. */
    public List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        switch (kind) {
            case PROBABLY_NOT_ELIGIBLE -> {
                List<String> inclusion = inclusionNotMetIds();
                List<String> exclusion = exclusionPresentIds();
                if (!inclusion.isEmpty()) {
                    sections.add(new Section(Optional.of(MessageKey.ADVICE_INCLUSION_NOT_MET.with("count", inclusion.size())),
                            CriterionKind.INCLUSION, inclusion));
                }
                if (!exclusion.isEmpty()) {
                    sections.add(new Section(Optional.of(MessageKey.ADVICE_EXCLUSION_PRESENT.with("count", exclusion.size())),
                            CriterionKind.EXCLUSION, exclusion));
                }
            }
            case POSSIBLY_ELIGIBLE_TO_CONFIRM -> sections.add(new Section(Optional.empty(), null, unknownCriterionIds));
            case POSSIBLY_ELIGIBLE, NO_ADVICE_YET -> {
            }
        }
        return sections;
    }

    public Message headline() {
        return kind.headline().with("count", listedCriterionIds().size(),
                "decided", decidedCount, "total", decidedCount + unknownCriterionIds.size());
    }

    /** "You can still send the referral or call the team", after the list of failed criteria. */
    public Optional<Message> followUp() {
        return kind == AdviceKind.PROBABLY_NOT_ELIGIBLE
                ? Optional.of(MessageKey.ADVICE_STILL_REFER.with())
                : Optional.empty();
    }

    private static List<String> ofKind(List<String> ids, CriterionKind kind) {
        return ids.stream().filter(id -> TrialCriteria.byId(id).map(Criterion::kind).orElse(null) == kind).toList();
    }

    private static List<String> idsWith(List<CriterionEvaluation> evaluations, Outcome outcome) {
        return evaluations.stream().filter(evaluation -> evaluation.outcome() == outcome)
                .map(CriterionEvaluation::id).toList();
    }
}
