package fr.chulille.passerelle.fhir;

import fr.chulille.passerelle.eligibility.Answer;
import fr.chulille.passerelle.eligibility.BilirubinUnit;
import fr.chulille.passerelle.eligibility.BrainMri;
import fr.chulille.passerelle.eligibility.CellCountUnit;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.CreatinineUnit;
import fr.chulille.passerelle.eligibility.DiseaseStatus;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.LiverEnzyme;
import fr.chulille.passerelle.eligibility.Measurement;
import fr.chulille.passerelle.eligibility.PregnancyTest;
import fr.chulille.passerelle.eligibility.Sex;

import java.math.BigDecimal;
import java.util.Objects;

/** Puts a value read from FHIR into the {@link ClinicalFacts} the JSON API would have built. */
final class FactSetter {

    private FactSetter() {
    }

    @SuppressWarnings("unchecked")
    static void set(ClinicalFacts.Builder b, Fact fact, Object v) {
        switch (fact) {
            case AGE_YEARS -> b.ageYears((Integer) v);
            case BIRTH_YEAR -> b.birthYear((Integer) v);
            case SEX -> b.sex((Sex) v);
            case WEIGHT_KG -> b.weightKg((BigDecimal) v);
            case CD19_PERCENT_OF_BLASTS -> b.cd19PercentOfBlasts((BigDecimal) v);
            case DISEASE_STATUS -> b.diseaseStatus((DiseaseStatus) v);
            case INDUCTION_COURSES -> b.inductionCourses((Integer) v);
            case UNTRIED_TARGETED_THERAPY_AVAILABLE -> b.untriedTargetedTherapyAvailable((Answer) v);
            case ECOG -> b.ecog((Integer) v);
            case LIFE_EXPECTANCY_MONTHS -> b.lifeExpectancyMonths((BigDecimal) v);
            case BRAIN_MRI -> b.brainMri((BrainMri) v);
            case WORST_PRIOR_TOXICITY_GRADE -> b.worstPriorToxicityGrade((Integer) v);
            case PLATELETS -> b.platelets((Measurement<CellCountUnit>) v);
            case LYMPHOCYTES -> b.lymphocytes((Measurement<CellCountUnit>) v);
            case CREATININE -> b.creatinine((Measurement<CreatinineUnit>) v);
            case MEASURED_CREATININE_CLEARANCE -> b.measuredCreatinineClearance((BigDecimal) v);
            case ALT -> b.alt((LiverEnzyme) v);
            case AST -> b.ast((LiverEnzyme) v);
            case BILIRUBIN -> b.bilirubin((Measurement<BilirubinUnit>) v);
            case GILBERT_SYNDROME -> b.gilbertSyndrome((Answer) v);
            case LVEF_PERCENT -> b.lvefPercent((BigDecimal) v);
            case SIGNIFICANT_ECG_FINDING -> b.significantEcgFinding((Answer) v);
            case SIGNIFICANT_PLEURAL_EFFUSION -> b.significantPleuralEffusion((Answer) v);
            case SPO2_ROOM_AIR_PERCENT -> b.spo2RoomAirPercent((BigDecimal) v);
            case CHILDBEARING_POTENTIAL -> b.childbearingPotential((Answer) v);
            case PREGNANCY_TEST -> b.pregnancyTest((PregnancyTest) v);
            case AGREES_TO_CONTRACEPTION -> b.agreesToContraception((Answer) v);
            case AGREES_TO_AVOID_BREASTFEEDING -> b.agreesToAvoidBreastfeeding((Answer) v);
            case AGREES_TO_CONDOM_USE -> b.agreesToCondomUse((Answer) v);
            case ABLE_TO_SIGN_CONSENT -> b.ableToSignConsent((Answer) v);
            case OTHER_MALIGNANCY_HISTORY -> b.otherMalignancyHistory((Answer) v);
            case PRIOR_CD19_TARGETED_THERAPY -> b.priorCd19TargetedTherapy((Answer) v);
            case PRIOR_GENETICALLY_MODIFIED_T_CELL_THERAPY -> b.priorGeneticallyModifiedTCellTherapy((Answer) v);
            case UNCONTROLLED_INFECTION -> b.uncontrolledInfection((Answer) v);
            case HIV_OR_HTLV1_HISTORY -> b.hivOrHtlv1History((Answer) v);
            case ACTIVE_HEPATITIS_C -> b.activeHepatitisC((Answer) v);
            case ACTIVE_HEPATITIS_B -> b.activeHepatitisB((Answer) v);
            case CSF_MALIGNANT_CELLS_OR_BRAIN_METASTASES -> b.csfMalignantCellsOrBrainMetastases((Answer) v);
            case NON_MALIGNANT_CNS_DISORDER -> b.nonMalignantCnsDisorder((Answer) v);
            case UNDER_GUARDIANSHIP_OR_CURATORSHIP -> b.underGuardianshipOrCuratorship((Answer) v);
            case PREGNANT_BREASTFEEDING_OR_PLANNING_PREGNANCY -> b.pregnantBreastfeedingOrPlanningPregnancy((Answer) v);
            case HYPERSENSITIVITY_TO_PRODUCT -> b.hypersensitivityToProduct((Answer) v);
            case LYMPHODEPLETION_CONTRAINDICATION -> b.lymphodepletionContraindication((Answer) v);
            case MEDICAL_INSURANCE -> b.medicalInsurance((Answer) v);
        }
    }

    /** Whether two values read for the same fact say the same thing (45 G/L = 45 000/µL; 2.0 = 2). */
    static boolean sameValue(Object a, Object b) {
        return switch (a) {
            case BigDecimal x when b instanceof BigDecimal y -> x.compareTo(y) == 0;
            case Measurement<?> x when b instanceof Measurement<?> y -> x.inProtocolUnit().compareTo(y.inProtocolUnit()) == 0;
            case LiverEnzyme x when b instanceof LiverEnzyme y -> x.value().compareTo(y.value()) == 0 && x.unit() == y.unit()
                    && (x.upperLimitOfNormal() == null ? y.upperLimitOfNormal() == null
                    : y.upperLimitOfNormal() != null && x.upperLimitOfNormal().compareTo(y.upperLimitOfNormal()) == 0);
            default -> Objects.equals(a, b);
        };
    }
}
