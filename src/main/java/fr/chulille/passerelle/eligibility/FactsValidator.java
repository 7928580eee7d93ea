package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Rejects impossible values before they reach the engine; each problem names its field. */
public final class FactsValidator {

    static final int MAXIMUM_AGE = 130;
    static final int MAXIMUM_WEIGHT_KG = 400;

    private final List<FieldProblem> problems = new ArrayList<>();

    private FactsValidator() {
    }

    public static ValidationResult validate(ClinicalFacts facts, int referenceYear) {
        FactsValidator validator = new FactsValidator();
        validator.checkAge(facts, referenceYear);
        validator.positiveAtMost(Fact.WEIGHT_KG, facts.weightKg(), MAXIMUM_WEIGHT_KG);
        validator.inRange(Fact.CD19_PERCENT_OF_BLASTS, facts.cd19PercentOfBlasts(), 0, 100);
        validator.notNegative(Fact.INDUCTION_COURSES, Decimals.of(facts.inductionCourses()));
        validator.inRange(Fact.ECOG, Decimals.of(facts.ecog()), 0, 5);
        validator.notNegative(Fact.LIFE_EXPECTANCY_MONTHS, facts.lifeExpectancyMonths());
        validator.inRange(Fact.WORST_PRIOR_TOXICITY_GRADE, Decimals.of(facts.worstPriorToxicityGrade()), 0, 5);
        validator.notNegative(Fact.PLATELETS, value(facts.platelets()));
        validator.notNegative(Fact.LYMPHOCYTES, value(facts.lymphocytes()));
        validator.positive(Fact.CREATININE, value(facts.creatinine()));
        validator.notNegative(Fact.MEASURED_CREATININE_CLEARANCE, facts.measuredCreatinineClearance());
        validator.checkLiverEnzyme(Fact.ALT, facts.alt());
        validator.checkLiverEnzyme(Fact.AST, facts.ast());
        validator.notNegative(Fact.BILIRUBIN, value(facts.bilirubin()));
        validator.inRange(Fact.LVEF_PERCENT, facts.lvefPercent(), 0, 100);
        validator.inRange(Fact.SPO2_ROOM_AIR_PERCENT, facts.spo2RoomAirPercent(), 0, 100);
        if (facts.sex() == Sex.MALE && facts.childbearingPotential() == Answer.YES) {
            validator.add(Fact.CHILDBEARING_POTENTIAL, MessageKey.VALIDATION_CHILDBEARING_POTENTIAL_MALE.with());
        }
        return new ValidationResult(validator.problems);
    }

    private void checkAge(ClinicalFacts facts, int referenceYear) {
        Integer ageYears = facts.ageYears();
        Integer birthYear = facts.birthYear();
        boolean ageValid = inRange(Fact.AGE_YEARS, Decimals.of(ageYears), 0, MAXIMUM_AGE);
        boolean birthYearValid = birthYear == null || checkBirthYear(birthYear, referenceYear);
        if (ageYears != null && birthYear != null && ageValid && birthYearValid) {
            checkAgeMatchesBirthYear(ageYears, AgeRange.fromBirthYear(birthYear, referenceYear), birthYear);
        }
    }

    private boolean checkBirthYear(int birthYear, int referenceYear) {
        // Years go as text: formatted as numbers they would get a grouping separator ("2,025").
        if (birthYear > referenceYear) {
            add(Fact.BIRTH_YEAR, MessageKey.VALIDATION_YEAR_IN_FUTURE.with("year", String.valueOf(referenceYear)));
            return false;
        }
        if (birthYear < referenceYear - MAXIMUM_AGE) {
            add(Fact.BIRTH_YEAR, MessageKey.VALIDATION_YEAR_TOO_OLD.with("year", String.valueOf(referenceYear - MAXIMUM_AGE)));
            return false;
        }
        return true;
    }

    private void checkAgeMatchesBirthYear(int ageYears, AgeRange fromBirthYear, int birthYear) {
        if (ageYears < fromBirthYear.youngest() || ageYears > fromBirthYear.oldest()) {
            // Which of the two is wrong cannot be known: both are set aside.
            Message mismatch = MessageKey.VALIDATION_AGE_BIRTH_YEAR_MISMATCH.with("birthYear", String.valueOf(birthYear),
                    "youngest", fromBirthYear.youngest(), "oldest", fromBirthYear.oldest());
            add(Fact.AGE_YEARS, mismatch);
            add(Fact.BIRTH_YEAR, mismatch);
        }
    }

    private void checkLiverEnzyme(Fact fact, LiverEnzyme enzyme) {
        if (enzyme == null) {
            return;
        }
        notNegative(fact, enzyme.value());
        BigDecimal upperLimit = enzyme.upperLimitOfNormal();
        if (enzyme.unit() == LiverEnzymeUnit.UNITS_PER_LITRE && upperLimit != null && upperLimit.signum() <= 0) {
            add(fact, MessageKey.VALIDATION_UPPER_LIMIT_OF_NORMAL_POSITIVE.with());
        }
    }

    /** @return whether the value is absent or in range */
    private boolean inRange(Fact fact, BigDecimal value, int min, int max) {
        if (value != null && (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0)) {
            add(fact, MessageKey.VALIDATION_RANGE.with("min", min, "max", max));
            return false;
        }
        return true;
    }

    private void notNegative(Fact fact, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            add(fact, MessageKey.VALIDATION_NOT_NEGATIVE.with());
        }
    }

    private void positive(Fact fact, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            add(fact, MessageKey.VALIDATION_POSITIVE.with());
        }
    }

    private void positiveAtMost(Fact fact, BigDecimal value, int max) {
        positive(fact, value);
        if (value != null && value.compareTo(BigDecimal.valueOf(max)) > 0) {
            add(fact, MessageKey.VALIDATION_MAXIMUM.with("max", max));
        }
    }

    private void add(Fact fact, Message message) {
        problems.add(new FieldProblem(fact, message));
    }

    private static BigDecimal value(Measurement<?> measurement) {
        return measurement == null ? null : measurement.value();
    }
}
