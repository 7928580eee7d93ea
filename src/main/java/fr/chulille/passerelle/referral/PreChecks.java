package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.EligibilityEngine;
import fr.chulille.passerelle.eligibility.FactsValidator;
import fr.chulille.passerelle.eligibility.PreCheckResult;
import fr.chulille.passerelle.eligibility.ValidationResult;
import org.springframework.stereotype.Component;

/**
 * The referral package's one way to the pure {@code eligibility} package: the facts validated once, then
 * evaluated once (issue 16, item 7). A bean, so that a test can count the calls per change and per submit.
 */
@Component
class PreChecks {

    ValidationResult validate(ClinicalFacts facts, int referenceYear) {
        return FactsValidator.validate(facts, referenceYear);
    }

    /** @param usable facts already validated, their invalid values removed */
    PreCheckResult evaluate(ClinicalFacts usable, int referenceYear) {
        return EligibilityEngine.evaluateValidated(usable, referenceYear);
    }

    PreCheck preCheck(ClinicalFacts facts, int referenceYear) {
        return preCheck(facts, validate(facts, referenceYear), referenceYear);
    }

    /**
     * The result alone, as a submit stores it: the facts evaluated once, without the live form's extras (the
     * questions to answer next, the Cockcroft-Gault estimate). Finding the questions to answer next evaluates the
     * criteria again for each candidate answer: a quarter of a submit's CPU under load (issue 17,
     * docs/performance.md), for suggestions nobody sees once the referral is sent.
     *
     * @param validation the facts' validation, already done by the caller
     */
    PreCheckResult result(ClinicalFacts facts, ValidationResult validation, int referenceYear) {
        return evaluate(facts.without(validation.invalidFacts()), referenceYear);
    }

    /** @param validation the facts' validation, already done by the caller */
    PreCheck preCheck(ClinicalFacts facts, ValidationResult validation, int referenceYear) {
        ClinicalFacts usable = facts.without(validation.invalidFacts());
        return PreCheck.of(validation, usable, evaluate(usable, referenceYear), referenceYear);
    }
}
