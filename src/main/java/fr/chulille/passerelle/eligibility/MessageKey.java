package fr.chulille.passerelle.eligibility;

/**
 * Every fixed message key the engine and the validator can produce. Keys built from data
 * (criterion, field, choice and unit labels) are exposed by those types' {@code labelKey()} methods.
 */
public enum MessageKey {
    REASON_MISSING("eligibility.reason.missing"),
    REASON_ANSWERED_YES("eligibility.reason.answered-yes"),
    REASON_ANSWERED_NO("eligibility.reason.answered-no"),
    REASON_NOT_APPLICABLE_MALE("eligibility.reason.not-applicable.male"),
    REASON_NOT_APPLICABLE_FEMALE("eligibility.reason.not-applicable.female"),
    REASON_NOT_APPLICABLE_NO_CHILDBEARING_POTENTIAL("eligibility.reason.not-applicable.no-childbearing-potential"),

    AGE_MET("eligibility.reason.age.met"),
    AGE_NOT_MET("eligibility.reason.age.not-met"),
    AGE_FROM_BIRTH_YEAR_MET("eligibility.reason.age.from-birth-year.met"),
    AGE_FROM_BIRTH_YEAR_NOT_MET("eligibility.reason.age.from-birth-year.not-met"),
    AGE_FROM_BIRTH_YEAR_TO_CONFIRM("eligibility.reason.age.from-birth-year.to-confirm"),
    AGE_AT_CONSENT_TO_CONFIRM("eligibility.reason.age.at-consent.to-confirm"),
    CD19_MET("eligibility.reason.cd19.met"),
    CD19_NOT_MET("eligibility.reason.cd19.not-met"),
    CD19_EXPRESSION_ABSENT("eligibility.reason.cd19-expression.absent"),
    CD19_EXPRESSION_PRESENT("eligibility.reason.cd19-expression.present"),
    DISEASE_PRIMARY_REFRACTORY_MET("eligibility.reason.disease-status.primary-refractory.met"),
    DISEASE_PRIMARY_REFRACTORY_NOT_MET("eligibility.reason.disease-status.primary-refractory.not-met"),
    DISEASE_SECONDARY_REFRACTORY_MET("eligibility.reason.disease-status.secondary-refractory.met"),
    DISEASE_POST_TRANSPLANT_RELAPSE_MET("eligibility.reason.disease-status.post-transplant-relapse.met"),
    DISEASE_OTHER_NOT_MET("eligibility.reason.disease-status.other.not-met"),
    ECOG_MET("eligibility.reason.ecog.met"),
    ECOG_NOT_MET("eligibility.reason.ecog.not-met"),
    LIFE_EXPECTANCY_MET("eligibility.reason.life-expectancy.met"),
    LIFE_EXPECTANCY_NOT_MET("eligibility.reason.life-expectancy.not-met"),
    BRAIN_MRI_NO_INVOLVEMENT("eligibility.reason.brain-mri.no-involvement"),
    BRAIN_MRI_INVOLVEMENT("eligibility.reason.brain-mri.involvement"),
    BRAIN_MRI_NOT_DONE("eligibility.reason.brain-mri.not-done"),
    TOXICITY_MET("eligibility.reason.toxicity.met"),
    TOXICITY_NOT_MET("eligibility.reason.toxicity.not-met"),
    PLATELETS_MET("eligibility.reason.platelets.met"),
    PLATELETS_NOT_MET("eligibility.reason.platelets.not-met"),
    LYMPHOCYTES_MET("eligibility.reason.lymphocytes.met"),
    LYMPHOCYTES_NOT_MET("eligibility.reason.lymphocytes.not-met"),
    CLEARANCE_ESTIMATED_MET("eligibility.reason.creatinine-clearance.estimated.met"),
    CLEARANCE_ESTIMATED_NOT_MET("eligibility.reason.creatinine-clearance.estimated.not-met"),
    CLEARANCE_ESTIMATED_MET_WITH_MEASURED("eligibility.reason.creatinine-clearance.estimated.met.with-measured"),
    CLEARANCE_ESTIMATED_NOT_MET_WITH_MEASURED("eligibility.reason.creatinine-clearance.estimated.not-met.with-measured"),
    CLEARANCE_ESTIMATED_AND_MEASURED_DISAGREE("eligibility.reason.creatinine-clearance.estimated-and-measured-disagree"),
    CLEARANCE_MEASURED_ONLY("eligibility.reason.creatinine-clearance.measured-only"),
    CLEARANCE_AGE_TO_CONFIRM("eligibility.reason.creatinine-clearance.age-to-confirm"),
    CLEARANCE_MISSING("eligibility.reason.creatinine-clearance.missing"),
    LIVER_ENZYMES_MET("eligibility.reason.liver-enzymes.met"),
    LIVER_ENZYMES_ALT_ABOVE("eligibility.reason.liver-enzymes.alt-above"),
    LIVER_ENZYMES_AST_ABOVE("eligibility.reason.liver-enzymes.ast-above"),
    LIVER_ENZYMES_BOTH_ABOVE("eligibility.reason.liver-enzymes.both-above"),
    BILIRUBIN_MET("eligibility.reason.bilirubin.met"),
    BILIRUBIN_NOT_MET("eligibility.reason.bilirubin.not-met"),
    BILIRUBIN_GILBERT("eligibility.reason.bilirubin.gilbert"),
    BILIRUBIN_GILBERT_UNKNOWN("eligibility.reason.bilirubin.gilbert-unknown"),
    BILIRUBIN_GILBERT_NO_VALUE("eligibility.reason.bilirubin.gilbert-no-value"),
    LVEF_MET("eligibility.reason.lvef.met"),
    LVEF_NOT_MET("eligibility.reason.lvef.not-met"),
    SPO2_MET("eligibility.reason.spo2.met"),
    SPO2_NOT_MET("eligibility.reason.spo2.not-met"),
    PREGNANCY_TEST_NEGATIVE("eligibility.reason.pregnancy-test.negative"),
    PREGNANCY_TEST_POSITIVE("eligibility.reason.pregnancy-test.positive"),
    PREGNANCY_TEST_PENDING("eligibility.reason.pregnancy-test.pending"),
    PREGNANCY_TEST_NOT_DONE("eligibility.reason.pregnancy-test.not-done"),

    FORMULA_COCKCROFT_GAULT("eligibility.formula.cockcroft-gault"),

    ADVICE_POSSIBLY_ELIGIBLE("eligibility.advice.possibly-eligible"),
    ADVICE_POSSIBLY_ELIGIBLE_TO_CONFIRM("eligibility.advice.possibly-eligible-to-confirm"),
    ADVICE_PROBABLY_NOT_ELIGIBLE("eligibility.advice.probably-not-eligible"),
    ADVICE_NO_ADVICE_YET("eligibility.advice.no-advice-yet"),
    ADVICE_INCLUSION_NOT_MET("eligibility.advice.inclusion-not-met"),
    ADVICE_EXCLUSION_PRESENT("eligibility.advice.exclusion-present"),
    ADVICE_STILL_REFER("eligibility.advice.still-refer"),

    HELP_MEASURED_CREATININE_CLEARANCE("eligibility.help.measured-creatinine-clearance"),

    VALIDATION_RANGE("eligibility.validation.range"),
    VALIDATION_NOT_NEGATIVE("eligibility.validation.not-negative"),
    VALIDATION_POSITIVE("eligibility.validation.positive"),
    VALIDATION_MAXIMUM("eligibility.validation.maximum"),
    VALIDATION_YEAR_IN_FUTURE("eligibility.validation.year-in-future"),
    VALIDATION_YEAR_TOO_OLD("eligibility.validation.year-too-old"),
    VALIDATION_AGE_BIRTH_YEAR_MISMATCH("eligibility.validation.age-birth-year-mismatch"),
    VALIDATION_UPPER_LIMIT_OF_NORMAL_POSITIVE("eligibility.validation.upper-limit-of-normal-positive"),
    VALIDATION_CHILDBEARING_POTENTIAL_MALE("eligibility.validation.childbearing-potential-male"),
    VALIDATION_CHECK_UNIT("eligibility.validation.check-unit"),
    VALIDATION_DECIMALS("eligibility.validation.decimals");

    private final String key;

    MessageKey(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** @param namesAndValues alternating ICU argument names and values */
    public Message with(Object... namesAndValues) {
        return Message.of(key, namesAndValues);
    }
}
