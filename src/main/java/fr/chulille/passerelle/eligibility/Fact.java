package fr.chulille.passerelle.eligibility;

import java.util.function.Consumer;
import java.util.function.Function;

/** One field of {@link ClinicalFacts}, named as in the record and the JSON API. */
public enum Fact {
    AGE_YEARS("ageYears", ClinicalFacts::ageYears, b -> b.ageYears(null)),
    BIRTH_YEAR("birthYear", ClinicalFacts::birthYear, b -> b.birthYear(null)),
    SEX("sex", ClinicalFacts::sex, b -> b.sex(null)),
    WEIGHT_KG("weightKg", ClinicalFacts::weightKg, b -> b.weightKg(null)),
    CD19_PERCENT_OF_BLASTS("cd19PercentOfBlasts", ClinicalFacts::cd19PercentOfBlasts, b -> b.cd19PercentOfBlasts(null)),
    DISEASE_STATUS("diseaseStatus", ClinicalFacts::diseaseStatus, b -> b.diseaseStatus(null)),
    INDUCTION_COURSES("inductionCourses", ClinicalFacts::inductionCourses, b -> b.inductionCourses(null)),
    UNTRIED_TARGETED_THERAPY_AVAILABLE("untriedTargetedTherapyAvailable", ClinicalFacts::untriedTargetedTherapyAvailable, b -> b.untriedTargetedTherapyAvailable(null)),
    ECOG("ecog", ClinicalFacts::ecog, b -> b.ecog(null)),
    LIFE_EXPECTANCY_MONTHS("lifeExpectancyMonths", ClinicalFacts::lifeExpectancyMonths, b -> b.lifeExpectancyMonths(null)),
    BRAIN_MRI("brainMri", ClinicalFacts::brainMri, b -> b.brainMri(null)),
    WORST_PRIOR_TOXICITY_GRADE("worstPriorToxicityGrade", ClinicalFacts::worstPriorToxicityGrade, b -> b.worstPriorToxicityGrade(null)),
    PLATELETS("platelets", ClinicalFacts::platelets, b -> b.platelets(null)),
    LYMPHOCYTES("lymphocytes", ClinicalFacts::lymphocytes, b -> b.lymphocytes(null)),
    CREATININE("creatinine", ClinicalFacts::creatinine, b -> b.creatinine(null)),
    MEASURED_CREATININE_CLEARANCE("measuredCreatinineClearance", ClinicalFacts::measuredCreatinineClearance, b -> b.measuredCreatinineClearance(null)),
    ALT("alt", ClinicalFacts::alt, b -> b.alt(null)),
    AST("ast", ClinicalFacts::ast, b -> b.ast(null)),
    BILIRUBIN("bilirubin", ClinicalFacts::bilirubin, b -> b.bilirubin(null)),
    GILBERT_SYNDROME("gilbertSyndrome", ClinicalFacts::gilbertSyndrome, b -> b.gilbertSyndrome(null)),
    LVEF_PERCENT("lvefPercent", ClinicalFacts::lvefPercent, b -> b.lvefPercent(null)),
    SIGNIFICANT_ECG_FINDING("significantEcgFinding", ClinicalFacts::significantEcgFinding, b -> b.significantEcgFinding(null)),
    SIGNIFICANT_PLEURAL_EFFUSION("significantPleuralEffusion", ClinicalFacts::significantPleuralEffusion, b -> b.significantPleuralEffusion(null)),
    SPO2_ROOM_AIR_PERCENT("spo2RoomAirPercent", ClinicalFacts::spo2RoomAirPercent, b -> b.spo2RoomAirPercent(null)),
    CHILDBEARING_POTENTIAL("childbearingPotential", ClinicalFacts::childbearingPotential, b -> b.childbearingPotential(null)),
    PREGNANCY_TEST("pregnancyTest", ClinicalFacts::pregnancyTest, b -> b.pregnancyTest(null)),
    AGREES_TO_CONTRACEPTION("agreesToContraception", ClinicalFacts::agreesToContraception, b -> b.agreesToContraception(null)),
    AGREES_TO_AVOID_BREASTFEEDING("agreesToAvoidBreastfeeding", ClinicalFacts::agreesToAvoidBreastfeeding, b -> b.agreesToAvoidBreastfeeding(null)),
    AGREES_TO_CONDOM_USE("agreesToCondomUse", ClinicalFacts::agreesToCondomUse, b -> b.agreesToCondomUse(null)),
    ABLE_TO_SIGN_CONSENT("ableToSignConsent", ClinicalFacts::ableToSignConsent, b -> b.ableToSignConsent(null)),
    OTHER_MALIGNANCY_HISTORY("otherMalignancyHistory", ClinicalFacts::otherMalignancyHistory, b -> b.otherMalignancyHistory(null)),
    PRIOR_CD19_TARGETED_THERAPY("priorCd19TargetedTherapy", ClinicalFacts::priorCd19TargetedTherapy, b -> b.priorCd19TargetedTherapy(null)),
    PRIOR_GENETICALLY_MODIFIED_T_CELL_THERAPY("priorGeneticallyModifiedTCellTherapy", ClinicalFacts::priorGeneticallyModifiedTCellTherapy, b -> b.priorGeneticallyModifiedTCellTherapy(null)),
    UNCONTROLLED_INFECTION("uncontrolledInfection", ClinicalFacts::uncontrolledInfection, b -> b.uncontrolledInfection(null)),
    HIV_OR_HTLV1_HISTORY("hivOrHtlv1History", ClinicalFacts::hivOrHtlv1History, b -> b.hivOrHtlv1History(null)),
    ACTIVE_HEPATITIS_C("activeHepatitisC", ClinicalFacts::activeHepatitisC, b -> b.activeHepatitisC(null)),
    ACTIVE_HEPATITIS_B("activeHepatitisB", ClinicalFacts::activeHepatitisB, b -> b.activeHepatitisB(null)),
    CSF_MALIGNANT_CELLS_OR_BRAIN_METASTASES("csfMalignantCellsOrBrainMetastases", ClinicalFacts::csfMalignantCellsOrBrainMetastases, b -> b.csfMalignantCellsOrBrainMetastases(null)),
    NON_MALIGNANT_CNS_DISORDER("nonMalignantCnsDisorder", ClinicalFacts::nonMalignantCnsDisorder, b -> b.nonMalignantCnsDisorder(null)),
    UNDER_GUARDIANSHIP_OR_CURATORSHIP("underGuardianshipOrCuratorship", ClinicalFacts::underGuardianshipOrCuratorship, b -> b.underGuardianshipOrCuratorship(null)),
    PREGNANT_BREASTFEEDING_OR_PLANNING_PREGNANCY("pregnantBreastfeedingOrPlanningPregnancy", ClinicalFacts::pregnantBreastfeedingOrPlanningPregnancy, b -> b.pregnantBreastfeedingOrPlanningPregnancy(null)),
    HYPERSENSITIVITY_TO_PRODUCT("hypersensitivityToProduct", ClinicalFacts::hypersensitivityToProduct, b -> b.hypersensitivityToProduct(null)),
    LYMPHODEPLETION_CONTRAINDICATION("lymphodepletionContraindication", ClinicalFacts::lymphodepletionContraindication, b -> b.lymphodepletionContraindication(null)),
    MEDICAL_INSURANCE("medicalInsurance", ClinicalFacts::medicalInsurance, b -> b.medicalInsurance(null));

    private final String fieldName;
    private final Function<ClinicalFacts, Object> reader;
    private final Consumer<ClinicalFacts.Builder> clearer;

    Fact(String fieldName, Function<ClinicalFacts, Object> reader, Consumer<ClinicalFacts.Builder> clearer) {
        this.fieldName = fieldName;
        this.reader = reader;
        this.clearer = clearer;
    }

    public String fieldName() {
        return fieldName;
    }

    /** The form label of the field; for a yes/no field, the question itself. */
    public String labelKey() {
        return "eligibility.field." + fieldName;
    }

    /** The field's value in {@code facts}, null when unknown. */
    public Object valueIn(ClinicalFacts facts) {
        return reader.apply(facts);
    }

    void clear(ClinicalFacts.Builder builder) {
        clearer.accept(builder);
    }
}
