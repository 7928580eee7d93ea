package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;

/**
 * Exclusion item 2, "AML that does not express CD19": present when CD19 is negative by flow cytometry
 * (0 % of blasts), absent for any expression. How much of the blasts must express CD19 (≥ 70 %) is
 * inclusion item 2's own condition, so that one fact fails one criterion.
 */
final class Cd19NegativeRule implements Rule {

    @Override
    public Verdict evaluate(ClinicalFacts facts, int referenceYear) {
        BigDecimal percent = facts.cd19PercentOfBlasts();
        if (percent == null) {
            return Verdict.missing(Fact.CD19_PERCENT_OF_BLASTS);
        }
        return percent.signum() > 0
                ? Verdict.met(MessageKey.CD19_EXPRESSION_ABSENT.with("value", percent))
                : Verdict.notMet(MessageKey.CD19_EXPRESSION_PRESENT.with());
    }
}
