package fr.chulille.passerelle.eligibility;

import java.util.Optional;

/** The patient's age in whole years at referral; a birth year alone leaves one year of doubt. */
public record AgeRange(int youngest, int oldest) {

    public static AgeRange exactly(int ageYears) {
        return new AgeRange(ageYears, ageYears);
    }

    /** Born in 2007, referred in 2025: 17 before the birthday, 18 after it. */
    public static AgeRange fromBirthYear(int birthYear, int referenceYear) {
        int oldest = referenceYear - birthYear;
        return new AgeRange(Math.max(0, oldest - 1), oldest);
    }

    /** The stated age if any, else the range from the birth year, else empty. */
    public static Optional<AgeRange> of(ClinicalFacts facts, int referenceYear) {
        if (facts.ageYears() != null) {
            return Optional.of(exactly(facts.ageYears()));
        }
        if (facts.birthYear() != null) {
            return Optional.of(fromBirthYear(facts.birthYear(), referenceYear));
        }
        return Optional.empty();
    }

    public boolean isExact() {
        return youngest == oldest;
    }
}
