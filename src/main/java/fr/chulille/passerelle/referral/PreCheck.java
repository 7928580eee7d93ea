package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.AgeRange;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.CockcroftGault;
import fr.chulille.passerelle.eligibility.CreatinineClearanceEstimate;
import fr.chulille.passerelle.eligibility.NextQuestions;
import fr.chulille.passerelle.eligibility.PreCheckResult;
import fr.chulille.passerelle.eligibility.ValidationResult;

import java.util.List;
import java.util.Optional;

/**
 * One live pre-check: the impossible values (shown beside their fields), the engine's result on the
 * other values only, the Cockcroft-Gault estimate when it can be computed from an exact age, and the
 * facts to answer next ({@link NextQuestions}).
 */
public record PreCheck(ValidationResult validation, PreCheckResult result,
                       Optional<CreatinineClearanceEstimate> clearance, List<NextQuestions.NextQuestion> nextQuestions) {

    /** Done by {@link PreChecks}: the facts validated and evaluated once each. */
    static PreCheck of(ValidationResult validation, ClinicalFacts usable, PreCheckResult result, int referenceYear) {
        return new PreCheck(validation, result, estimate(usable, referenceYear), NextQuestions.suggest(usable, result));
    }

    private static Optional<CreatinineClearanceEstimate> estimate(ClinicalFacts facts, int referenceYear) {
        Optional<AgeRange> age = AgeRange.of(facts, referenceYear).filter(AgeRange::isExact);
        if (age.isEmpty() || facts.sex() == null || facts.weightKg() == null || facts.creatinine() == null) {
            return Optional.empty();
        }
        return Optional.of(CockcroftGault.estimate(age.get().oldest(), facts.sex(), facts.weightKg(), facts.creatinine()));
    }
}
