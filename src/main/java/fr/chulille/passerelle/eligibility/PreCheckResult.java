package fr.chulille.passerelle.eligibility;

import java.util.List;
import java.util.Optional;

/**
 * The whole pre-check of one referral.
 *
 * @param criteriaVersion {@link TrialCriteria#VERSION} at evaluation time
 * @param evaluations     one per criterion, inclusion then exclusion, in protocol order
 */
public record PreCheckResult(String criteriaVersion, List<CriterionEvaluation> evaluations, Advice advice) {

    public PreCheckResult {
        evaluations = List.copyOf(evaluations);
    }

    public Optional<CriterionEvaluation> evaluation(String criterionId) {
        return evaluations.stream().filter(evaluation -> evaluation.id().equals(criterionId)).findFirst();
    }
}
