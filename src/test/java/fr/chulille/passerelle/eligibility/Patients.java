package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;

/** Test patients and shortcuts; the referral year is 2025 throughout. */
final class Patients {

    static final int YEAR = 2025;

    private Patients() {
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** A man meeting every criterion, with lab values in mixed units. */
    static ClinicalFacts.Builder eligibleMan() {
        return ClinicalFacts.builder()
                .ageYears(45).sex(Sex.MALE).weightKg(dec("70"))
                .cd19PercentOfBlasts(dec("85")).diseaseStatus(DiseaseStatus.SECONDARY_REFRACTORY).inductionCourses(2)
                .untriedTargetedTherapyAvailable(Answer.NO).ecog(1).lifeExpectancyMonths(dec("6"))
                .brainMri(BrainMri.NO_CNS_INVOLVEMENT).worstPriorToxicityGrade(1)
                .platelets(Measurement.of("50", CellCountUnit.GIGA_PER_LITRE))
                .lymphocytes(Measurement.of("500", CellCountUnit.PER_MICROLITRE))
                .creatinine(Measurement.of("80", CreatinineUnit.MICROMOL_PER_L))
                .alt(LiverEnzyme.timesUpperLimit("1.2")).ast(LiverEnzyme.unitsPerLitre("30", "40"))
                .bilirubin(Measurement.of("10", BilirubinUnit.MICROMOL_PER_L)).gilbertSyndrome(Answer.NO)
                .lvefPercent(dec("55")).significantEcgFinding(Answer.NO).significantPleuralEffusion(Answer.NO)
                .spo2RoomAirPercent(dec("97")).agreesToCondomUse(Answer.YES)
                .ableToSignConsent(Answer.YES).otherMalignancyHistory(Answer.NO).priorCd19TargetedTherapy(Answer.NO)
                .priorGeneticallyModifiedTCellTherapy(Answer.NO).uncontrolledInfection(Answer.NO)
                .hivOrHtlv1History(Answer.NO).activeHepatitisC(Answer.NO).activeHepatitisB(Answer.NO)
                .csfMalignantCellsOrBrainMetastases(Answer.NO).nonMalignantCnsDisorder(Answer.NO)
                .underGuardianshipOrCuratorship(Answer.NO).hypersensitivityToProduct(Answer.NO)
                .lymphodepletionContraindication(Answer.NO).medicalInsurance(Answer.YES);
    }

    /** A woman of childbearing potential meeting every criterion, with a birth year instead of an age. */
    static ClinicalFacts.Builder eligibleWoman() {
        return eligibleMan().ageYears(null).birthYear(1980).sex(Sex.FEMALE).weightKg(dec("62"))
                .diseaseStatus(DiseaseStatus.PRIMARY_REFRACTORY).inductionCourses(2)
                .creatinine(Measurement.of("0.8", CreatinineUnit.MG_PER_DL))
                .childbearingPotential(Answer.YES).pregnancyTest(PregnancyTest.NEGATIVE)
                .agreesToContraception(Answer.YES).agreesToAvoidBreastfeeding(Answer.YES)
                .agreesToCondomUse(null).pregnantBreastfeedingOrPlanningPregnancy(Answer.NO);
    }

    static PreCheckResult check(ClinicalFacts.Builder facts) {
        return EligibilityEngine.evaluate(facts.build(), YEAR);
    }

    static CriterionEvaluation evaluate(ClinicalFacts.Builder facts, String criterionId) {
        return evaluate(facts.build(), criterionId);
    }

    static CriterionEvaluation evaluate(ClinicalFacts facts, String criterionId) {
        return EligibilityEngine.evaluate(facts, YEAR).evaluation(criterionId).orElseThrow();
    }
}
