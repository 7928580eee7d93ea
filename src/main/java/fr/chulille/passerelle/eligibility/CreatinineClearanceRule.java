package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Inclusion item 11: creatinine clearance ≥ 40 mL/min. A measured clearance takes precedence;
 * otherwise Cockcroft-Gault from age, sex, weight and serum creatinine.
 */
final class CreatinineClearanceRule implements Rule {

    static final Threshold THRESHOLD = Threshold.atLeast("40");
    private static final int DISPLAY_SCALE = 1;

    private final Rule measured = new ThresholdRule(Fact.MEASURED_CREATININE_CLEARANCE,
            ClinicalFacts::measuredCreatinineClearance, THRESHOLD, DISPLAY_SCALE,
            MessageKey.CLEARANCE_MEASURED_MET, MessageKey.CLEARANCE_MEASURED_NOT_MET);

    @Override
    public Verdict evaluate(ClinicalFacts facts, int referenceYear) {
        if (facts.measuredCreatinineClearance() != null) {
            return measured.evaluate(facts, referenceYear);
        }
        Optional<AgeRange> age = AgeRange.of(facts, referenceYear);
        List<Fact> missing = missingInputs(facts, age.isPresent());
        if (!missing.isEmpty()) {
            return Verdict.unknown(MessageKey.CLEARANCE_MISSING.with(), missing);
        }
        // A birth year alone gives two possible ages; the older one gives the lower clearance.
        CreatinineClearanceEstimate lowest = estimate(facts, age.get().oldest());
        CreatinineClearanceEstimate highest = estimate(facts, age.get().youngest());
        if (THRESHOLD.isSatisfiedBy(lowest.mlPerMin())) {
            return Verdict.met(MessageKey.CLEARANCE_ESTIMATED_MET.with(lowest.formulaArgs(shown(lowest))));
        }
        if (!THRESHOLD.isSatisfiedBy(highest.mlPerMin())) {
            return Verdict.notMet(MessageKey.CLEARANCE_ESTIMATED_NOT_MET.with(highest.formulaArgs(shown(highest))));
        }
        return Verdict.unknown(MessageKey.CLEARANCE_AGE_TO_CONFIRM.with(
                "low", shown(lowest), "high", shown(highest)), List.of(Fact.AGE_YEARS));
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

    private static BigDecimal shown(CreatinineClearanceEstimate estimate) {
        return THRESHOLD.roundForDisplay(estimate.mlPerMin(), DISPLAY_SCALE);
    }
}
