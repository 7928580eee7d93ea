package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * Everything the referral form knows about the patient. Every field is nullable: null means unknown.
 * Component names are the JSON names (see {@link Fact}).
 */
public record ClinicalFacts(
        Integer ageYears,
        Integer birthYear,
        Sex sex,
        BigDecimal weightKg,
        BigDecimal cd19PercentOfBlasts,
        DiseaseStatus diseaseStatus,
        Integer inductionCourses,
        Answer untriedTargetedTherapyAvailable,
        Integer ecog,
        BigDecimal lifeExpectancyMonths,
        BrainMri brainMri,
        Integer worstPriorToxicityGrade,
        Measurement<CellCountUnit> platelets,
        Measurement<CellCountUnit> lymphocytes,
        Measurement<CreatinineUnit> creatinine,
        BigDecimal measuredCreatinineClearance,
        LiverEnzyme alt,
        LiverEnzyme ast,
        Measurement<BilirubinUnit> bilirubin,
        Answer gilbertSyndrome,
        BigDecimal lvefPercent,
        Answer significantEcgFinding,
        Answer significantPleuralEffusion,
        BigDecimal spo2RoomAirPercent,
        Answer childbearingPotential,
        PregnancyTest pregnancyTest,
        Answer agreesToContraception,
        Answer agreesToAvoidBreastfeeding,
        Answer agreesToCondomUse,
        Answer ableToSignConsent,
        Answer otherMalignancyHistory,
        Answer priorCd19TargetedTherapy,
        Answer priorGeneticallyModifiedTCellTherapy,
        Answer uncontrolledInfection,
        Answer hivOrHtlv1History,
        Answer activeHepatitisC,
        Answer activeHepatitisB,
        Answer csfMalignantCellsOrBrainMetastases,
        Answer nonMalignantCnsDisorder,
        Answer underGuardianshipOrCuratorship,
        Answer pregnantBreastfeedingOrPlanningPregnancy,
        Answer hypersensitivityToProduct,
        Answer lymphodepletionContraindication,
        Answer medicalInsurance) {

    private static final ClinicalFacts EMPTY = builder().build();

    public static ClinicalFacts empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A copy in which the given facts are unknown. */
    public ClinicalFacts without(Collection<Fact> facts) {
        Builder builder = toBuilder();
        facts.forEach(fact -> fact.clear(builder));
        return builder.build();
    }

    public static final class Builder {
        private Integer ageYears;
        private Integer birthYear;
        private Sex sex;
        private BigDecimal weightKg;
        private BigDecimal cd19PercentOfBlasts;
        private DiseaseStatus diseaseStatus;
        private Integer inductionCourses;
        private Answer untriedTargetedTherapyAvailable;
        private Integer ecog;
        private BigDecimal lifeExpectancyMonths;
        private BrainMri brainMri;
        private Integer worstPriorToxicityGrade;
        private Measurement<CellCountUnit> platelets;
        private Measurement<CellCountUnit> lymphocytes;
        private Measurement<CreatinineUnit> creatinine;
        private BigDecimal measuredCreatinineClearance;
        private LiverEnzyme alt;
        private LiverEnzyme ast;
        private Measurement<BilirubinUnit> bilirubin;
        private Answer gilbertSyndrome;
        private BigDecimal lvefPercent;
        private Answer significantEcgFinding;
        private Answer significantPleuralEffusion;
        private BigDecimal spo2RoomAirPercent;
        private Answer childbearingPotential;
        private PregnancyTest pregnancyTest;
        private Answer agreesToContraception;
        private Answer agreesToAvoidBreastfeeding;
        private Answer agreesToCondomUse;
        private Answer ableToSignConsent;
        private Answer otherMalignancyHistory;
        private Answer priorCd19TargetedTherapy;
        private Answer priorGeneticallyModifiedTCellTherapy;
        private Answer uncontrolledInfection;
        private Answer hivOrHtlv1History;
        private Answer activeHepatitisC;
        private Answer activeHepatitisB;
        private Answer csfMalignantCellsOrBrainMetastases;
        private Answer nonMalignantCnsDisorder;
        private Answer underGuardianshipOrCuratorship;
        private Answer pregnantBreastfeedingOrPlanningPregnancy;
        private Answer hypersensitivityToProduct;
        private Answer lymphodepletionContraindication;
        private Answer medicalInsurance;

        private Builder() {
        }

        private Builder(ClinicalFacts facts) {
            ageYears = facts.ageYears;
            birthYear = facts.birthYear;
            sex = facts.sex;
            weightKg = facts.weightKg;
            cd19PercentOfBlasts = facts.cd19PercentOfBlasts;
            diseaseStatus = facts.diseaseStatus;
            inductionCourses = facts.inductionCourses;
            untriedTargetedTherapyAvailable = facts.untriedTargetedTherapyAvailable;
            ecog = facts.ecog;
            lifeExpectancyMonths = facts.lifeExpectancyMonths;
            brainMri = facts.brainMri;
            worstPriorToxicityGrade = facts.worstPriorToxicityGrade;
            platelets = facts.platelets;
            lymphocytes = facts.lymphocytes;
            creatinine = facts.creatinine;
            measuredCreatinineClearance = facts.measuredCreatinineClearance;
            alt = facts.alt;
            ast = facts.ast;
            bilirubin = facts.bilirubin;
            gilbertSyndrome = facts.gilbertSyndrome;
            lvefPercent = facts.lvefPercent;
            significantEcgFinding = facts.significantEcgFinding;
            significantPleuralEffusion = facts.significantPleuralEffusion;
            spo2RoomAirPercent = facts.spo2RoomAirPercent;
            childbearingPotential = facts.childbearingPotential;
            pregnancyTest = facts.pregnancyTest;
            agreesToContraception = facts.agreesToContraception;
            agreesToAvoidBreastfeeding = facts.agreesToAvoidBreastfeeding;
            agreesToCondomUse = facts.agreesToCondomUse;
            ableToSignConsent = facts.ableToSignConsent;
            otherMalignancyHistory = facts.otherMalignancyHistory;
            priorCd19TargetedTherapy = facts.priorCd19TargetedTherapy;
            priorGeneticallyModifiedTCellTherapy = facts.priorGeneticallyModifiedTCellTherapy;
            uncontrolledInfection = facts.uncontrolledInfection;
            hivOrHtlv1History = facts.hivOrHtlv1History;
            activeHepatitisC = facts.activeHepatitisC;
            activeHepatitisB = facts.activeHepatitisB;
            csfMalignantCellsOrBrainMetastases = facts.csfMalignantCellsOrBrainMetastases;
            nonMalignantCnsDisorder = facts.nonMalignantCnsDisorder;
            underGuardianshipOrCuratorship = facts.underGuardianshipOrCuratorship;
            pregnantBreastfeedingOrPlanningPregnancy = facts.pregnantBreastfeedingOrPlanningPregnancy;
            hypersensitivityToProduct = facts.hypersensitivityToProduct;
            lymphodepletionContraindication = facts.lymphodepletionContraindication;
            medicalInsurance = facts.medicalInsurance;
        }

        public Builder ageYears(Integer ageYears) { this.ageYears = ageYears; return this; }

        public Builder birthYear(Integer birthYear) { this.birthYear = birthYear; return this; }

        public Builder sex(Sex sex) { this.sex = sex; return this; }

        public Builder weightKg(BigDecimal weightKg) { this.weightKg = weightKg; return this; }

        public Builder cd19PercentOfBlasts(BigDecimal cd19PercentOfBlasts) { this.cd19PercentOfBlasts = cd19PercentOfBlasts; return this; }

        public Builder diseaseStatus(DiseaseStatus diseaseStatus) { this.diseaseStatus = diseaseStatus; return this; }

        public Builder inductionCourses(Integer inductionCourses) { this.inductionCourses = inductionCourses; return this; }

        public Builder untriedTargetedTherapyAvailable(Answer untriedTargetedTherapyAvailable) { this.untriedTargetedTherapyAvailable = untriedTargetedTherapyAvailable; return this; }

        public Builder ecog(Integer ecog) { this.ecog = ecog; return this; }

        public Builder lifeExpectancyMonths(BigDecimal lifeExpectancyMonths) { this.lifeExpectancyMonths = lifeExpectancyMonths; return this; }

        public Builder brainMri(BrainMri brainMri) { this.brainMri = brainMri; return this; }

        public Builder worstPriorToxicityGrade(Integer worstPriorToxicityGrade) { this.worstPriorToxicityGrade = worstPriorToxicityGrade; return this; }

        public Builder platelets(Measurement<CellCountUnit> platelets) { this.platelets = platelets; return this; }

        public Builder lymphocytes(Measurement<CellCountUnit> lymphocytes) { this.lymphocytes = lymphocytes; return this; }

        public Builder creatinine(Measurement<CreatinineUnit> creatinine) { this.creatinine = creatinine; return this; }

        public Builder measuredCreatinineClearance(BigDecimal measuredCreatinineClearance) { this.measuredCreatinineClearance = measuredCreatinineClearance; return this; }

        public Builder alt(LiverEnzyme alt) { this.alt = alt; return this; }

        public Builder ast(LiverEnzyme ast) { this.ast = ast; return this; }

        public Builder bilirubin(Measurement<BilirubinUnit> bilirubin) { this.bilirubin = bilirubin; return this; }

        public Builder gilbertSyndrome(Answer gilbertSyndrome) { this.gilbertSyndrome = gilbertSyndrome; return this; }

        public Builder lvefPercent(BigDecimal lvefPercent) { this.lvefPercent = lvefPercent; return this; }

        public Builder significantEcgFinding(Answer significantEcgFinding) { this.significantEcgFinding = significantEcgFinding; return this; }

        public Builder significantPleuralEffusion(Answer significantPleuralEffusion) { this.significantPleuralEffusion = significantPleuralEffusion; return this; }

        public Builder spo2RoomAirPercent(BigDecimal spo2RoomAirPercent) { this.spo2RoomAirPercent = spo2RoomAirPercent; return this; }

        public Builder childbearingPotential(Answer childbearingPotential) { this.childbearingPotential = childbearingPotential; return this; }

        public Builder pregnancyTest(PregnancyTest pregnancyTest) { this.pregnancyTest = pregnancyTest; return this; }

        public Builder agreesToContraception(Answer agreesToContraception) { this.agreesToContraception = agreesToContraception; return this; }

        public Builder agreesToAvoidBreastfeeding(Answer agreesToAvoidBreastfeeding) { this.agreesToAvoidBreastfeeding = agreesToAvoidBreastfeeding; return this; }

        public Builder agreesToCondomUse(Answer agreesToCondomUse) { this.agreesToCondomUse = agreesToCondomUse; return this; }

        public Builder ableToSignConsent(Answer ableToSignConsent) { this.ableToSignConsent = ableToSignConsent; return this; }

        public Builder otherMalignancyHistory(Answer otherMalignancyHistory) { this.otherMalignancyHistory = otherMalignancyHistory; return this; }

        public Builder priorCd19TargetedTherapy(Answer priorCd19TargetedTherapy) { this.priorCd19TargetedTherapy = priorCd19TargetedTherapy; return this; }

        public Builder priorGeneticallyModifiedTCellTherapy(Answer priorGeneticallyModifiedTCellTherapy) { this.priorGeneticallyModifiedTCellTherapy = priorGeneticallyModifiedTCellTherapy; return this; }

        public Builder uncontrolledInfection(Answer uncontrolledInfection) { this.uncontrolledInfection = uncontrolledInfection; return this; }

        public Builder hivOrHtlv1History(Answer hivOrHtlv1History) { this.hivOrHtlv1History = hivOrHtlv1History; return this; }

        public Builder activeHepatitisC(Answer activeHepatitisC) { this.activeHepatitisC = activeHepatitisC; return this; }

        public Builder activeHepatitisB(Answer activeHepatitisB) { this.activeHepatitisB = activeHepatitisB; return this; }

        public Builder csfMalignantCellsOrBrainMetastases(Answer csfMalignantCellsOrBrainMetastases) { this.csfMalignantCellsOrBrainMetastases = csfMalignantCellsOrBrainMetastases; return this; }

        public Builder nonMalignantCnsDisorder(Answer nonMalignantCnsDisorder) { this.nonMalignantCnsDisorder = nonMalignantCnsDisorder; return this; }

        public Builder underGuardianshipOrCuratorship(Answer underGuardianshipOrCuratorship) { this.underGuardianshipOrCuratorship = underGuardianshipOrCuratorship; return this; }

        public Builder pregnantBreastfeedingOrPlanningPregnancy(Answer pregnantBreastfeedingOrPlanningPregnancy) { this.pregnantBreastfeedingOrPlanningPregnancy = pregnantBreastfeedingOrPlanningPregnancy; return this; }

        public Builder hypersensitivityToProduct(Answer hypersensitivityToProduct) { this.hypersensitivityToProduct = hypersensitivityToProduct; return this; }

        public Builder lymphodepletionContraindication(Answer lymphodepletionContraindication) { this.lymphodepletionContraindication = lymphodepletionContraindication; return this; }

        public Builder medicalInsurance(Answer medicalInsurance) { this.medicalInsurance = medicalInsurance; return this; }

        public ClinicalFacts build() {
            return new ClinicalFacts(ageYears, birthYear, sex, weightKg, cd19PercentOfBlasts, diseaseStatus, inductionCourses, untriedTargetedTherapyAvailable, ecog, lifeExpectancyMonths, brainMri, worstPriorToxicityGrade, platelets, lymphocytes, creatinine, measuredCreatinineClearance, alt, ast, bilirubin, gilbertSyndrome, lvefPercent, significantEcgFinding, significantPleuralEffusion, spo2RoomAirPercent, childbearingPotential, pregnancyTest, agreesToContraception, agreesToAvoidBreastfeeding, agreesToCondomUse, ableToSignConsent, otherMalignancyHistory, priorCd19TargetedTherapy, priorGeneticallyModifiedTCellTherapy, uncontrolledInfection, hivOrHtlv1History, activeHepatitisC, activeHepatitisB, csfMalignantCellsOrBrainMetastases, nonMalignantCnsDisorder, underGuardianshipOrCuratorship, pregnantBreastfeedingOrPlanningPregnancy, hypersensitivityToProduct, lymphodepletionContraindication, medicalInsurance);
        }
    }
}
