package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Inclusion item 1: at least 18 years old at the time of signing the consent, which comes after the
 * referral. A patient one year short of the limit may reach it by then: that is left to confirm, as is a
 * birth year straddling the limit. Only a patient who cannot reach it within a year fails.
 */
record AgeRule(Limit limit) implements Rule {

    @Override
    public Verdict evaluate(ClinicalFacts facts, int referenceYear) {
        Optional<AgeRange> age = AgeRange.of(facts, referenceYear);
        if (age.isEmpty()) {
            return Verdict.missing(Fact.AGE_YEARS);
        }
        AgeRange range = age.get();
        if (range.isExact()) {
            int ageYears = range.oldest();
            if (reached(ageYears)) {
                return Verdict.met(limit.message(MessageKey.AGE_MET, "age", ageYears));
            }
            return reached(ageYears + 1)
                    ? Verdict.unknown(limit.message(MessageKey.AGE_AT_CONSENT_TO_CONFIRM, "age", ageYears), List.of(Fact.AGE_YEARS))
                    : Verdict.notMet(limit.message(MessageKey.AGE_NOT_MET, "age", ageYears));
        }
        // The year goes as text: formatted as a number it would get a grouping separator ("2,007").
        Object[] args = {"birthYear", String.valueOf(facts.birthYear()), "youngest", range.youngest(), "oldest", range.oldest()};
        if (reached(range.youngest())) {
            return Verdict.met(limit.message(MessageKey.AGE_FROM_BIRTH_YEAR_MET, args));
        }
        if (reached(range.oldest())) {
            return Verdict.unknown(limit.message(MessageKey.AGE_FROM_BIRTH_YEAR_TO_CONFIRM, args), List.of(Fact.AGE_YEARS));
        }
        if (reached(range.oldest() + 1)) {
            return Verdict.unknown(limit.message(MessageKey.AGE_AT_CONSENT_TO_CONFIRM, "age", range.oldest()), List.of(Fact.AGE_YEARS));
        }
        return Verdict.notMet(limit.message(MessageKey.AGE_FROM_BIRTH_YEAR_NOT_MET, args));
    }

    private boolean reached(int ageYears) {
        return limit.threshold().isSatisfiedBy(BigDecimal.valueOf(ageYears));
    }
}
