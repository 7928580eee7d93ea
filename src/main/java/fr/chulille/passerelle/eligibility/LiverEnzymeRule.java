package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Inclusion item 12: ALT and AST each ≤ 2.5 × ULN; one value above is enough to fail. */
record LiverEnzymeRule(Limit limit) implements Rule {

    private static final int DISPLAY_SCALE = 2;

    @Override
    public Verdict evaluate(ClinicalFacts facts, int referenceYear) {
        Optional<BigDecimal> alt = timesUpperLimit(facts.alt());
        Optional<BigDecimal> ast = timesUpperLimit(facts.ast());
        Threshold threshold = limit.threshold();
        boolean altAbove = alt.filter(value -> !threshold.isSatisfiedBy(value)).isPresent();
        boolean astAbove = ast.filter(value -> !threshold.isSatisfiedBy(value)).isPresent();
        if (altAbove && astAbove) {
            return Verdict.notMet(limit.message(MessageKey.LIVER_ENZYMES_BOTH_ABOVE, "alt", shown(alt), "ast", shown(ast)));
        }
        if (altAbove) {
            return Verdict.notMet(limit.message(MessageKey.LIVER_ENZYMES_ALT_ABOVE, "alt", shown(alt)));
        }
        if (astAbove) {
            return Verdict.notMet(limit.message(MessageKey.LIVER_ENZYMES_AST_ABOVE, "ast", shown(ast)));
        }
        List<Fact> missing = new ArrayList<>();
        if (alt.isEmpty()) {
            missing.add(Fact.ALT);
        }
        if (ast.isEmpty()) {
            missing.add(Fact.AST);
        }
        return missing.isEmpty()
                ? Verdict.met(limit.message(MessageKey.LIVER_ENZYMES_MET, "alt", shown(alt), "ast", shown(ast)))
                : Verdict.unknown(MessageKey.REASON_MISSING.with(), missing);
    }

    private static Optional<BigDecimal> timesUpperLimit(LiverEnzyme enzyme) {
        return enzyme == null ? Optional.empty() : enzyme.timesUpperLimitOfNormal();
    }

    private BigDecimal shown(Optional<BigDecimal> value) {
        return limit.threshold().roundForDisplay(value.orElseThrow(), DISPLAY_SCALE);
    }
}
