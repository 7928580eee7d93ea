package fr.chulille.passerelle.eligibility;

import static fr.chulille.passerelle.eligibility.Patients.YEAR;
import static fr.chulille.passerelle.eligibility.Patients.dec;
import static fr.chulille.passerelle.eligibility.Patients.eligibleMan;
import static fr.chulille.passerelle.eligibility.Patients.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeCriterionTest {

    @ParameterizedTest(name = "age {0} → {1}")
    @CsvSource({"15, NOT_MET", "16, NOT_MET", "17, UNKNOWN", "18, MET", "19, MET", "80, MET"})
    void statedAgeAtLeast18(int age, Outcome expected) {
        CriterionEvaluation evaluation = evaluate(eligibleMan().ageYears(age), "INC-01");

        assertThat(evaluation.outcome()).isEqualTo(expected);
        assertThat(evaluation.reason().args()).containsEntry("age", age);
    }

    @ParameterizedTest(name = "born {0}, referred 2025 → {1}")
    @CsvSource({
            "2009, NOT_MET, eligibility.reason.age.from-birth-year.not-met",
            "2008, UNKNOWN, eligibility.reason.age.at-consent.to-confirm",
            "2007, UNKNOWN, eligibility.reason.age.from-birth-year.to-confirm",
            "2006, MET, eligibility.reason.age.from-birth-year.met",
            "1950, MET, eligibility.reason.age.from-birth-year.met"})
    void birthYearGivesAgeWithinOneYear(int birthYear, Outcome expected, String reasonKey) {
        CriterionEvaluation evaluation = evaluate(eligibleMan().ageYears(null).birthYear(birthYear), "INC-01");

        assertThat(evaluation.outcome()).isEqualTo(expected);
        assertThat(evaluation.reason().key()).isEqualTo(reasonKey);
        if (reasonKey.contains("from-birth-year")) {
            assertThat(evaluation.reason().args())
                    .containsEntry("birthYear", String.valueOf(birthYear))
                    .containsEntry("youngest", YEAR - birthYear - 1)
                    .containsEntry("oldest", YEAR - birthYear);
        } else {
            assertThat(evaluation.reason().args()).containsEntry("age", YEAR - birthYear).containsEntry("limit", dec("18"));
        }
    }

    /** The protocol counts the age at the signature of the consent, after the referral: 17 now may be 18 then. */
    @ParameterizedTest(name = "stated age {0} → {1}")
    @CsvSource({"16, NOT_MET", "17, UNKNOWN", "18, MET"})
    void aStatedAgeOneYearShortIsLeftToConfirm(int age, Outcome expected) {
        CriterionEvaluation evaluation = evaluate(eligibleMan().ageYears(age), "INC-01");

        assertThat(evaluation.outcome()).isEqualTo(expected);
        if (expected == Outcome.UNKNOWN) {
            assertThat(evaluation.reason().key()).isEqualTo("eligibility.reason.age.at-consent.to-confirm");
            assertThat(evaluation.missingFacts()).containsExactly(Fact.AGE_YEARS);
        }
    }

    @Test
    void straddling18AsksForTheExactAge() {
        CriterionEvaluation evaluation = evaluate(eligibleMan().ageYears(null).birthYear(2007), "INC-01");

        assertThat(evaluation.missingFacts()).containsExactly(Fact.AGE_YEARS);
    }

    @Test
    void statedAgeSettlesWhatTheBirthYearLeavesOpen() {
        assertThat(evaluate(eligibleMan().ageYears(18).birthYear(2007), "INC-01").outcome()).isEqualTo(Outcome.MET);
        assertThat(evaluate(eligibleMan().ageYears(16).birthYear(2009), "INC-01").outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void noAgeNorBirthYearIsUnknown() {
        CriterionEvaluation evaluation = evaluate(eligibleMan().ageYears(null).birthYear(null), "INC-01");

        assertThat(evaluation.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(evaluation.reason().key()).isEqualTo("eligibility.reason.missing");
        assertThat(evaluation.missingFacts()).containsExactly(Fact.AGE_YEARS);
    }

    @Test
    void ageRangeFromBirthYear() {
        assertThat(AgeRange.fromBirthYear(2007, 2025)).isEqualTo(new AgeRange(17, 18));
        assertThat(AgeRange.fromBirthYear(2025, 2025)).isEqualTo(new AgeRange(0, 0));
        assertThat(AgeRange.exactly(40).isExact()).isTrue();
        assertThat(AgeRange.fromBirthYear(1985, 2025).isExact()).isFalse();
    }
}
