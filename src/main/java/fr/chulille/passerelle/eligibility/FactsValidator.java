package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Rejects impossible values before they reach the engine; each problem names its field. */
public final class FactsValidator {

    static final int MAXIMUM_AGE = 130;
    static final int MAXIMUM_WEIGHT_KG = 400;
    static final int MAXIMUM_LIFE_EXPECTANCY_MONTHS = 1200;
    static final int MAXIMUM_CLEARANCE_ML_PER_MIN = 500;
    static final int MAXIMUM_UPPER_LIMIT_OF_NORMAL = 1000;
    /** More would be no laboratory's precision, and would make rounding for display unboundedly slow (1E-999999999). */
    static final int MAXIMUM_DECIMALS = 6;

    // Beyond any human value, in the protocol's unit: such a number was typed in another unit.
    private static final BigDecimal MAXIMUM_PLATELETS_PER_MICROLITRE = new BigDecimal("10000000");
    private static final BigDecimal MAXIMUM_LYMPHOCYTES_PER_MICROLITRE = new BigDecimal("2000000");
    private static final BigDecimal MINIMUM_CREATININE_MG_PER_DL = new BigDecimal("0.05");
    private static final BigDecimal MAXIMUM_CREATININE_MG_PER_DL = new BigDecimal("50");
    private static final BigDecimal MAXIMUM_BILIRUBIN_MG_PER_DL = new BigDecimal("100");
    private static final BigDecimal MAXIMUM_TIMES_ULN = new BigDecimal("1000");
    private static final BigDecimal MAXIMUM_UNITS_PER_LITRE = new BigDecimal("100000");

    // Unit slips: possible in the unit chosen, but far more likely typed in the other one.
    private static final BigDecimal LOWEST_LIKELY_PLATELETS_PER_MICROLITRE = new BigDecimal("1000");
    private static final BigDecimal HIGHEST_LIKELY_PLATELETS_GIGA_PER_LITRE = new BigDecimal("2000");
    private static final BigDecimal LOWEST_LIKELY_LYMPHOCYTES_PER_MICROLITRE = new BigDecimal("10");
    private static final BigDecimal HIGHEST_LIKELY_LYMPHOCYTES_GIGA_PER_LITRE = new BigDecimal("100");
    private static final BigDecimal LOWEST_LIKELY_CREATININE_MICROMOL_PER_L = new BigDecimal("20");
    private static final BigDecimal HIGHEST_LIKELY_CREATININE_MG_PER_DL = new BigDecimal("20");
    private static final BigDecimal LOWEST_LIKELY_BILIRUBIN_MICROMOL_PER_L = new BigDecimal("2");
    private static final BigDecimal HIGHEST_LIKELY_BILIRUBIN_MG_PER_DL = new BigDecimal("30");

    private final List<FieldProblem> problems = new ArrayList<>();
    private final List<FieldProblem> warnings = new ArrayList<>();

    private FactsValidator() {
    }

    public static ValidationResult validate(ClinicalFacts facts, int referenceYear) {
        FactsValidator validator = new FactsValidator();
        for (Fact fact : Fact.values()) {
            validator.checkDecimals(fact, fact.valueIn(facts));
        }
        validator.checkAge(facts, referenceYear);
        validator.positiveAtMost(Fact.WEIGHT_KG, facts.weightKg(), MAXIMUM_WEIGHT_KG);
        validator.inRange(Fact.CD19_PERCENT_OF_BLASTS, facts.cd19PercentOfBlasts(), 0, 100);
        validator.notNegative(Fact.INDUCTION_COURSES, Decimals.of(facts.inductionCourses()));
        validator.inRange(Fact.ECOG, Decimals.of(facts.ecog()), 0, 5);
        validator.notNegativeAtMost(Fact.LIFE_EXPECTANCY_MONTHS, facts.lifeExpectancyMonths(), MAXIMUM_LIFE_EXPECTANCY_MONTHS);
        validator.inRange(Fact.WORST_PRIOR_TOXICITY_GRADE, Decimals.of(facts.worstPriorToxicityGrade()), 0, 5);
        validator.notNegative(Fact.PLATELETS, value(facts.platelets()));
        validator.possibleInItsUnit(Fact.PLATELETS, facts.platelets(), BigDecimal.ZERO, MAXIMUM_PLATELETS_PER_MICROLITRE);
        validator.notNegative(Fact.LYMPHOCYTES, value(facts.lymphocytes()));
        validator.possibleInItsUnit(Fact.LYMPHOCYTES, facts.lymphocytes(), BigDecimal.ZERO, MAXIMUM_LYMPHOCYTES_PER_MICROLITRE);
        validator.positive(Fact.CREATININE, value(facts.creatinine()));
        // In µmol/L a value below the lowest possible one is a slip from mg/dL: a warning below, not an error.
        validator.possibleInItsUnit(Fact.CREATININE, facts.creatinine(),
                facts.creatinine() != null && facts.creatinine().unit() == CreatinineUnit.MICROMOL_PER_L
                        ? BigDecimal.ZERO : MINIMUM_CREATININE_MG_PER_DL, MAXIMUM_CREATININE_MG_PER_DL);
        validator.notNegativeAtMost(Fact.MEASURED_CREATININE_CLEARANCE, facts.measuredCreatinineClearance(), MAXIMUM_CLEARANCE_ML_PER_MIN);
        validator.checkLiverEnzyme(Fact.ALT, facts.alt());
        validator.checkLiverEnzyme(Fact.AST, facts.ast());
        validator.notNegative(Fact.BILIRUBIN, value(facts.bilirubin()));
        validator.possibleInItsUnit(Fact.BILIRUBIN, facts.bilirubin(), BigDecimal.ZERO, MAXIMUM_BILIRUBIN_MG_PER_DL);
        validator.inRange(Fact.LVEF_PERCENT, facts.lvefPercent(), 0, 100);
        validator.inRange(Fact.SPO2_ROOM_AIR_PERCENT, facts.spo2RoomAirPercent(), 0, 100);
        if (facts.sex() == Sex.MALE && facts.childbearingPotential() == Answer.YES) {
            validator.add(Fact.CHILDBEARING_POTENTIAL, MessageKey.VALIDATION_CHILDBEARING_POTENTIAL_MALE.with());
        }
        validator.slip(Fact.PLATELETS, facts.platelets(), CellCountUnit.PER_MICROLITRE,
                value -> !isWhole(value) || value.compareTo(LOWEST_LIKELY_PLATELETS_PER_MICROLITRE) < 0,
                value -> value.compareTo(HIGHEST_LIKELY_PLATELETS_GIGA_PER_LITRE) >= 0);
        validator.slip(Fact.LYMPHOCYTES, facts.lymphocytes(), CellCountUnit.PER_MICROLITRE,
                value -> !isWhole(value) || value.compareTo(LOWEST_LIKELY_LYMPHOCYTES_PER_MICROLITRE) < 0,
                value -> value.compareTo(HIGHEST_LIKELY_LYMPHOCYTES_GIGA_PER_LITRE) >= 0);
        validator.slip(Fact.CREATININE, facts.creatinine(), CreatinineUnit.MICROMOL_PER_L,
                value -> value.compareTo(LOWEST_LIKELY_CREATININE_MICROMOL_PER_L) < 0,
                value -> value.compareTo(HIGHEST_LIKELY_CREATININE_MG_PER_DL) >= 0);
        validator.slip(Fact.BILIRUBIN, facts.bilirubin(), BilirubinUnit.MICROMOL_PER_L,
                value -> value.compareTo(LOWEST_LIKELY_BILIRUBIN_MICROMOL_PER_L) < 0,
                value -> value.compareTo(HIGHEST_LIKELY_BILIRUBIN_MG_PER_DL) >= 0);
        return new ValidationResult(validator.problems, validator.warnings);
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
        boolean timesUln = enzyme.unit() == LiverEnzymeUnit.TIMES_ULN;
        BigDecimal highest = timesUln ? MAXIMUM_TIMES_ULN : MAXIMUM_UNITS_PER_LITRE;
        if (enzyme.value().compareTo(highest) > 0) {
            add(fact, MessageKey.VALIDATION_CHECK_UNIT.with("min", BigDecimal.ZERO, "max", highest));
        }
        BigDecimal upperLimit = enzyme.upperLimitOfNormal();
        if (!timesUln && upperLimit != null && upperLimit.signum() <= 0) {
            add(fact, MessageKey.VALIDATION_UPPER_LIMIT_OF_NORMAL_POSITIVE.with());
        }
        if (!timesUln && upperLimit != null && upperLimit.compareTo(BigDecimal.valueOf(MAXIMUM_UPPER_LIMIT_OF_NORMAL)) > 0) {
            add(fact, MessageKey.VALIDATION_MAXIMUM.with("max", MAXIMUM_UPPER_LIMIT_OF_NORMAL));
        }
    }

    /**
     * A laboratory value no patient can have in the unit chosen, such as 30 000 G/L of platelets: the
     * doctor is told the possible range in that unit. Compared as typed, before any conversion.
     */
    private void possibleInItsUnit(Fact fact, Measurement<?> measurement, BigDecimal lowest, BigDecimal highest) {
        if (measurement == null || measurement.value().signum() <= 0) {
            return;
        }
        BigDecimal min = measurement.unit().fromProtocolUnit(lowest);
        BigDecimal max = measurement.unit().fromProtocolUnit(highest);
        if (measurement.value().compareTo(min) < 0 || measurement.value().compareTo(max) > 0) {
            add(fact, MessageKey.VALIDATION_CHECK_UNIT.with("min", min, "max", max));
        }
    }

    /**
     * A value possible in its unit but more likely typed in the other one, in either direction: platelets
     * "45" in /µL (meant G/L), or "150 000" ... in G/L. Only for a positive value that is not already an error.
     *
     * @param smallUnit the unit in which a too small value is suspect (the other one: a too large value)
     */
    private <U extends Enum<U> & MeasurementUnit> void slip(Fact fact, Measurement<U> measurement, U smallUnit,
                                                         java.util.function.Predicate<BigDecimal> suspectInSmallUnit,
                                                         java.util.function.Predicate<BigDecimal> suspectInOtherUnit) {
        if (measurement == null || measurement.value().signum() <= 0
                || problems.stream().anyMatch(problem -> problem.field() == fact)) {
            return;
        }
        boolean suspect = measurement.unit() == smallUnit
                ? suspectInSmallUnit.test(measurement.value())
                : suspectInOtherUnit.test(measurement.value());
        if (suspect) {
            warnings.add(new FieldProblem(fact, new Message(measurement.unit().slipWarningKey(),
                    java.util.Map.of("value", measurement.value()))));
        }
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    private void checkDecimals(Fact fact, Object value) {
        Stream<BigDecimal> numbers = switch (value) {
            case BigDecimal number -> Stream.of(number);
            case Measurement<?> measurement -> Stream.of(measurement.value());
            case LiverEnzyme enzyme -> Stream.of(enzyme.value(), enzyme.upperLimitOfNormal());
            case null, default -> Stream.empty();
        };
        if (numbers.anyMatch(number -> number != null && number.scale() > MAXIMUM_DECIMALS)) {
            add(fact, MessageKey.VALIDATION_DECIMALS.with("max", MAXIMUM_DECIMALS));
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

    private void notNegativeAtMost(Fact fact, BigDecimal value, int max) {
        notNegative(fact, value);
        if (value != null && value.compareTo(BigDecimal.valueOf(max)) > 0) {
            add(fact, MessageKey.VALIDATION_MAXIMUM.with("max", max));
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
