package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.CriterionEvaluation;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.PreCheckResult;

import java.util.List;
import java.util.Map;

/**
 * The pre-check as stored with a referral: language-neutral (message keys and their arguments), so
 * that it can be shown again in either language, with the criteria version it was computed against.
 */
record PreCheckSnapshot(String criteriaVersion, String advice, List<String> failedCriteria,
                        List<String> criteriaToConfirm, List<CriterionSnapshot> criteria) {

    record CriterionSnapshot(String id, String kind, String outcome, String reasonKey,
                             Map<String, Object> reasonArgs, List<String> missingFacts) {
    }

    static PreCheckSnapshot of(PreCheckResult result) {
        return new PreCheckSnapshot(result.criteriaVersion(), result.advice().kind().name(),
                result.advice().failedCriterionIds(), result.advice().unknownCriterionIds(),
                result.evaluations().stream().map(PreCheckSnapshot::criterion).toList());
    }

    private static CriterionSnapshot criterion(CriterionEvaluation evaluation) {
        return new CriterionSnapshot(evaluation.id(), evaluation.criterion().kind().name(), evaluation.outcome().name(),
                evaluation.reason().key(), evaluation.reason().args(),
                evaluation.missingFacts().stream().map(Fact::fieldName).toList());
    }
}
