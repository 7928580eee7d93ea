package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Inclusion item 11: creatinine clearance "as estimated by Cockcroft Gault" ≥ 40 mL/min. Cockcroft-Gault
 * from age, sex, weight and serum creatinine decides. A measured 24-hour urine clearance is shown beside
 * it for information; when the two fall on different sides of the limit, the criterion is left to confirm.
 * A measured clearance alone is left to confirm too: the protocol names Cockcroft-Gault.
 */
record CreatinineClearanceRule(Limit limit) implements Rule {

    private static final int DISPLAY_SCALE = 1;

    @Override
    public Verdict evaluate(ClinicalFacts facts, int referenceYear) {
        BigDecimal measured = facts.measuredCreatinineClearance();
        Optional<AgeRange> age = AgeRange.of(facts, referenceYear);
        List<Fact> missing = missingInputs(facts, age.isPresent());
        if (!missing.isEmpty()) {
            return measured == null
                    ? Verdict.unknown(limit.message(MessageKey.CLEARANCE_MISSING), missing)
                    : Verdict.unknown(limit.message(MessageKey.CLEARANCE_MEASURED_ONLY, "measured", shown(measured)), missing);
        }
        // A birth year alone gives two possible ages; the older one gives the lower clearance.
        CreatinineClearanceEstimate lowest = estimate(facts, age.get().oldest());
        CreatinineClearanceEstimate highest = estimate(facts, age.get().youngest());
        Threshold threshold = limit.threshold();
        if (!threshold.isSatisfiedBy(lowest.mlPerMin()) && threshold.isSatisfiedBy(highest.mlPerMin())) {
            return Verdict.unknown(limit.message(MessageKey.CLEARANCE_AGE_TO_CONFIRM,
                    "low", shown(lowest.mlPerMin()), "high", shown(highest.mlPerMin())), List.of(Fact.AGE_YEARS));
        }
        boolean estimatedMet = threshold.isSatisfiedBy(lowest.mlPerMin());
        CreatinineClearanceEstimate shownEstimate = estimatedMet ? lowest : highest;
        Object[] formula = shownEstimate.formulaArgs(shown(shownEstimate.mlPerMin()));
        if (measured == null) {
            return estimatedMet
                    ? Verdict.met(limit.message(MessageKey.CLEARANCE_ESTIMATED_MET, formula))
                    : Verdict.notMet(limit.message(MessageKey.CLEARANCE_ESTIMATED_NOT_MET, formula));
        }
        Object[] withMeasured = with(formula, "measured", shown(measured));
        if (threshold.isSatisfiedBy(measured) != estimatedMet) {
            return Verdict.unknown(limit.message(MessageKey.CLEARANCE_ESTIMATED_AND_MEASURED_DISAGREE, withMeasured), List.of());
        }
        return estimatedMet
                ? Verdict.met(limit.message(MessageKey.CLEARANCE_ESTIMATED_MET_WITH_MEASURED, withMeasured))
                : Verdict.notMet(limit.message(MessageKey.CLEARANCE_ESTIMATED_NOT_MET_WITH_MEASURED, withMeasured));
    }

    private static List<Fact> missingInputs(ClinicalFacts facts, boolean ageKnown) {
        List<Fact> missing = new ArrayList<>();
        if (!ageKnown) {
            missing.add(Fact.AGE_YEARS);
        }
        if (facts.sex() == null) {
            missing.add(Fact.SEX);
        }
        if (facts.weightKg() == null) {
            missing.add(Fact.WEIGHT_KG);
        }
        if (facts.creatinine() == null) {
            missing.add(Fact.CREATININE);
        }
        return missing;
    }

    private static CreatinineClearanceEstimate estimate(ClinicalFacts facts, int ageYears) {
        return CockcroftGault.estimate(ageYears, facts.sex(), facts.weightKg(), facts.creatinine());
    }

    private BigDecimal shown(BigDecimal mlPerMin) {
        return limit.threshold().roundForDisplay(mlPerMin, DISPLAY_SCALE);
    }

    private static Object[] with(Object[] args, String name, Object value) {
        Object[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = name;
        all[args.length + 1] = value;
        return all;
    }
}
