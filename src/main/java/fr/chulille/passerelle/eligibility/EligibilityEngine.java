package fr.chulille.passerelle.eligibility;

import java.util.List;

/** Entry point of the pre-check: pure, stateless, no human text in its output. */
public final class EligibilityEngine {

    private EligibilityEngine() {
    }

    /**
     * @param referenceYear the year of the referral, to turn a birth year into an age
     */
    public static PreCheckResult evaluate(ClinicalFacts facts, int referenceYear) {
        ClinicalFacts known = facts == null ? ClinicalFacts.empty() : facts;
        // The form validates first; should an invalid value slip through, it counts as unknown, never as a result.
        ClinicalFacts usable = known.without(FactsValidator.validate(known, referenceYear).invalidFacts());
        return evaluateValidated(usable, referenceYear);
    }

    /**
     * For a caller that has just validated the facts and removed the invalid ones
     * ({@code facts.without(validation.invalidFacts())}): the same result as {@link #evaluate}, without
     * validating them a second time.
     */
    public static PreCheckResult evaluateValidated(ClinicalFacts usable, int referenceYear) {
        List<CriterionEvaluation> evaluations = TrialCriteria.all().stream()
                .map(criterion -> criterion.evaluate(usable, referenceYear))
                .toList();
        return new PreCheckResult(TrialCriteria.VERSION, evaluations, Advice.from(evaluations));
    }
}
