package fr.chulille.passerelle.eligibility;

import java.util.List;
import java.util.Optional;

/** Inclusion item 1: at least 18 years old; a birth year straddling 18 is left to confirm. */
final class AgeRule implements Rule {

    static final int MINIMUM_AGE = 18;

    @Override
    public Verdict evaluate(ClinicalFacts facts, int referenceYear) {
        Optional<AgeRange> age = AgeRange.of(facts, referenceYear);
        if (age.isEmpty()) {
            return Verdict.missing(Fact.AGE_YEARS);
        }
        AgeRange range = age.get();
        if (range.isExact()) {
            int ageYears = range.oldest();
            return ageYears >= MINIMUM_AGE
                    ? Verdict.met(MessageKey.AGE_MET.with("age", ageYears))
                    : Verdict.notMet(MessageKey.AGE_NOT_MET.with("age", ageYears));
        }
        // The year goes as text: formatted as a number it would get a grouping separator ("2,007").
        Object[] args = {"birthYear", String.valueOf(facts.birthYear()), "youngest", range.youngest(), "oldest", range.oldest()};
        if (range.youngest() >= MINIMUM_AGE) {
            return Verdict.met(MessageKey.AGE_FROM_BIRTH_YEAR_MET.with(args));
        }
        if (range.oldest() < MINIMUM_AGE) {
            return Verdict.notMet(MessageKey.AGE_FROM_BIRTH_YEAR_NOT_MET.with(args));
        }
        return Verdict.unknown(MessageKey.AGE_FROM_BIRTH_YEAR_TO_CONFIRM.with(args), List.of(Fact.AGE_YEARS));
    }
}
