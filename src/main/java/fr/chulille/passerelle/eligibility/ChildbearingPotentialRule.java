package fr.chulille.passerelle.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applicability of inclusion item 18 (female patients of childbearing potential): wraps a rule so that it
 * is MET as "not applicable" for men and for women not of childbearing potential.
 */
record ChildbearingPotentialRule(Rule ruleForWomenOfChildbearingPotential) implements Rule {

    @Override
    public Verdict evaluate(ClinicalFacts facts, int referenceYear) {
        return notApplicableOrUnknown(facts)
                .orElseGet(() -> ruleForWomenOfChildbearingPotential.evaluate(facts, referenceYear));
    }

    /** Empty when the patient is a woman of childbearing potential. */
    private static Optional<Verdict> notApplicableOrUnknown(ClinicalFacts facts) {
        if (facts.sex() == Sex.MALE) {
            return Optional.of(Verdict.met(MessageKey.REASON_NOT_APPLICABLE_MALE.with()));
        }
        Answer potential = Answer.orUnknown(facts.childbearingPotential());
        if (potential == Answer.NO) {
            return Optional.of(Verdict.met(MessageKey.REASON_NOT_APPLICABLE_NO_CHILDBEARING_POTENTIAL.with()));
        }
        if (potential == Answer.YES) {
            return Optional.empty();
        }
        List<Fact> missing = new ArrayList<>();
        if (facts.sex() == null) {
            missing.add(Fact.SEX);
        }
        missing.add(Fact.CHILDBEARING_POTENTIAL);
        return Optional.of(Verdict.unknown(MessageKey.REASON_MISSING.with(), missing));
    }
}
