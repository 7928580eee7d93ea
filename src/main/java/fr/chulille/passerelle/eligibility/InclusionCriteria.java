package fr.chulille.passerelle.eligibility;

import static fr.chulille.passerelle.eligibility.Criterion.limited;
import static fr.chulille.passerelle.eligibility.Criterion.measured;
import static fr.chulille.passerelle.eligibility.Criterion.question;
import static fr.chulille.passerelle.eligibility.CriterionKind.INCLUSION;
import static fr.chulille.passerelle.eligibility.ProtocolPassage.item;

import java.util.List;

/** The inclusion criteria of NCT06649227, in protocol order, with their verbatim wording. */
final class InclusionCriteria {

    private static final String CONTRACEPTION_TEXT = "either commit to true abstinence from heterosexual contact or agree to use, and be able to comply with, effective measures of contraception without interruption, from screening through 1 year following the CAR-T cell infusion. A highly effective method of contraception or birth control (failure rate less than 1% per year when used consistently and correctly) must be practiced. The patient should be informed of the potential risks associated with becoming pregnant while enrolled in this clinical trial. Reliable methods for this trial are: combined (estrogen and progestogen containing) hormonal contraception associated with inhibition of ovulation (oral, intravaginal, transdermal), progestogen-only hormonal contraception associated with inhibition of ovulation (oral, injectable, implantable), intrauterine device, intrauterine hormone-releasing system, bilateral tubal occlusion, sexual abstinence or vasectomized sexual partner. Abstinence is only accepted as true abstinence: when this is in line with the preferred and usual lifestyle of the patient. (Periodic abstinence [e.g. calendar, ovulation, symptothermal, post-ovulation methods and withdrawal] are not acceptable methods of contraception.) Postmenopausal (no menses for at least 1 year without alternative medical cause) or surgically sterile female patients (tubal ligation, hysterectomy or bilateral oophorectomy) may be enrolled.";

    private static final String FEMALE_LEAD_IN = "Female patients of childbearing potential must:";

    static final List<Criterion> ALL = List.of(
            limited(INCLUSION, "INC-01", item("Inclusion criteria, item 1",
                            "Subject is ≥ 18 years of age at the time of signing the informed consent form,"),
                    Limit.atLeast("18", ProtocolUnit.YEARS), AgeRule::new, Fact.AGE_YEARS, Fact.BIRTH_YEAR),
            limited(INCLUSION, "INC-02", item("Inclusion criteria, item 2",
                            "Patient with AML that expresses CD19 by Flow-cytometry, (CD19 expression ≥ 70% of AML blasts)"),
                    Limit.atLeast("70", ProtocolUnit.PERCENT_OF_BLASTS),
                    limit -> new ThresholdRule(Fact.CD19_PERCENT_OF_BLASTS, ClinicalFacts::cd19PercentOfBlasts,
                            limit, ThresholdRule.ONE_DECIMAL, MessageKey.CD19_MET, MessageKey.CD19_NOT_MET),
                    Fact.CD19_PERCENT_OF_BLASTS),
            limited(INCLUSION, "INC-03", new ProtocolPassage("Inclusion criteria, item 3", "",
                            "Patients with R/R AML defined as:", List.of(
                            "Primary refractory: absence of remission after two courses of induction chemotherapy,",
                            "Secondary refractory: absence of remission after salvage treatment in relapsing patients,",
                            "Post-transplant relapse in patients having had allo-HCT.")),
                    Limit.atLeast("2", ProtocolUnit.INDUCTION_COURSES), DiseaseStatusRule::new,
                    Fact.DISEASE_STATUS, Fact.INDUCTION_COURSES),
            question(INCLUSION, "INC-04", item("Inclusion criteria, item 4",
                            "Lack of accessible targeted therapy that has not been previously utilized."),
                    Fact.UNTRIED_TARGETED_THERAPY_AVAILABLE, Answer.NO),
            limited(INCLUSION, "INC-05", item("Inclusion criteria, item 5",
                            "Eastern Cooperative Oncology Group (ECOG) performance status of < 2,"),
                    Limit.lessThan("2", ProtocolUnit.ECOG_SCORE),
                    limit -> new ThresholdRule(Fact.ECOG, facts -> Decimals.of(facts.ecog()),
                            limit, ThresholdRule.WHOLE_NUMBER, MessageKey.ECOG_MET, MessageKey.ECOG_NOT_MET),
                    Fact.ECOG),
            limited(INCLUSION, "INC-06", item("Inclusion criteria, item 6",
                            "Estimated life expectancy of > 2 months,"),
                    Limit.moreThan("2", ProtocolUnit.MONTHS),
                    limit -> new ThresholdRule(Fact.LIFE_EXPECTANCY_MONTHS, ClinicalFacts::lifeExpectancyMonths,
                            limit, ThresholdRule.ONE_DECIMAL, MessageKey.LIFE_EXPECTANCY_MET, MessageKey.LIFE_EXPECTANCY_NOT_MET),
                    Fact.LIFE_EXPECTANCY_MONTHS),
            measured(INCLUSION, "INC-07", item("Inclusion criteria, item 7",
                            "Magnetic resonance imaging (MRI) of the brain showing no evidence of central nervous system (CNS) involvement,"),
                    new BrainMriRule(), Fact.BRAIN_MRI),
            limited(INCLUSION, "INC-08", item("Inclusion criteria, item 8",
                            "Toxicities due to prior therapy must be stable and recovered to ≤ Grade 1 (except for clinically non-significant toxicities, such as alopecia),"),
                    Limit.atMost("1", ProtocolUnit.CTCAE_GRADE),
                    limit -> new ThresholdRule(Fact.WORST_PRIOR_TOXICITY_GRADE, facts -> Decimals.of(facts.worstPriorToxicityGrade()),
                            limit, ThresholdRule.WHOLE_NUMBER, MessageKey.TOXICITY_MET, MessageKey.TOXICITY_NOT_MET),
                    Fact.WORST_PRIOR_TOXICITY_GRADE),
            limited(INCLUSION, "INC-09", item("Inclusion criteria, item 9", "Platelet count ≥ 30000/uL,"),
                    Limit.atLeast("30000", ProtocolUnit.PER_MICROLITRE),
                    limit -> new ThresholdRule(Fact.PLATELETS, facts -> Decimals.inProtocolUnit(facts.platelets()),
                            limit, ThresholdRule.WHOLE_NUMBER, MessageKey.PLATELETS_MET, MessageKey.PLATELETS_NOT_MET),
                    Fact.PLATELETS),
            limited(INCLUSION, "INC-10", item("Inclusion criteria, item 10", "Absolute lymphocyte count ≥ 200/uL,"),
                    Limit.atLeast("200", ProtocolUnit.PER_MICROLITRE),
                    limit -> new ThresholdRule(Fact.LYMPHOCYTES, facts -> Decimals.inProtocolUnit(facts.lymphocytes()),
                            limit, ThresholdRule.WHOLE_NUMBER, MessageKey.LYMPHOCYTES_MET, MessageKey.LYMPHOCYTES_NOT_MET),
                    Fact.LYMPHOCYTES),
            limited(INCLUSION, "INC-11", item("Inclusion criteria, item 11",
                            "Creatinine clearance (as estimated by Cockcroft Gault) ≥ 40 mL/min,"),
                    Limit.atLeast("40", ProtocolUnit.ML_PER_MIN), CreatinineClearanceRule::new,
                    Fact.AGE_YEARS, Fact.BIRTH_YEAR, Fact.SEX, Fact.WEIGHT_KG, Fact.CREATININE, Fact.MEASURED_CREATININE_CLEARANCE),
            limited(INCLUSION, "INC-12", item("Inclusion criteria, item 12",
                            "Serum ALT/AST ≤ 2.5 upper limit of normal (ULN),"),
                    Limit.atMost("2.5", ProtocolUnit.TIMES_ULN), LiverEnzymeRule::new, Fact.ALT, Fact.AST),
            limited(INCLUSION, "INC-13", item("Inclusion criteria, item 13",
                            "Total bilirubin ≤ 1.5 mg/dl, except in subjects with Gilbert's syndrome,"),
                    Limit.atMost("1.5", ProtocolUnit.MG_PER_DL), BilirubinRule::new, Fact.BILIRUBIN, Fact.GILBERT_SYNDROME),
            limited(INCLUSION, "INC-14", item("Inclusion criteria, item 14", "Cardiac ejection fraction ≥ 45 %,"),
                    Limit.atLeast("45", ProtocolUnit.PERCENT),
                    limit -> new ThresholdRule(Fact.LVEF_PERCENT, ClinicalFacts::lvefPercent,
                            limit, ThresholdRule.ONE_DECIMAL, MessageKey.LVEF_MET, MessageKey.LVEF_NOT_MET),
                    Fact.LVEF_PERCENT),
            question(INCLUSION, "INC-15", item("Inclusion criteria, item 15",
                            "No clinically significant electrocardiogram (ECG) findings,"),
                    Fact.SIGNIFICANT_ECG_FINDING, Answer.NO),
            question(INCLUSION, "INC-16", item("Inclusion criteria, item 16", "No clinically significant pleural effusion,"),
                    Fact.SIGNIFICANT_PLEURAL_EFFUSION, Answer.NO),
            limited(INCLUSION, "INC-17", item("Inclusion criteria, item 17",
                            "Baseline oxygen saturation > 92 % on room air,"),
                    Limit.moreThan("92", ProtocolUnit.PERCENT),
                    limit -> new ThresholdRule(Fact.SPO2_ROOM_AIR_PERCENT, ClinicalFacts::spo2RoomAirPercent,
                            limit, ThresholdRule.ONE_DECIMAL, MessageKey.SPO2_MET, MessageKey.SPO2_NOT_MET),
                    Fact.SPO2_ROOM_AIR_PERCENT),
            new Criterion("INC-18-1", INCLUSION, Assessment.MEASURED, femaleSubItem(1,
                    "have a negative pregnancy test (blood) at screening visit."), null,
                    List.of(Fact.SEX, Fact.CHILDBEARING_POTENTIAL, Fact.PREGNANCY_TEST),
                    new ChildbearingPotentialRule(new PregnancyTestRule())),
            new Criterion("INC-18-2", INCLUSION, Assessment.QUESTION, femaleSubItem(2, CONTRACEPTION_TEXT), null,
                    List.of(Fact.SEX, Fact.CHILDBEARING_POTENTIAL, Fact.AGREES_TO_CONTRACEPTION),
                    new ChildbearingPotentialRule(new QuestionRule(Fact.AGREES_TO_CONTRACEPTION, Answer.YES))),
            new Criterion("INC-18-3", INCLUSION, Assessment.QUESTION, femaleSubItem(3,
                    "Agree to abstain from breast feeding during the study participation and for 1 year after the CAR-T cell infusion."), null,
                    List.of(Fact.SEX, Fact.CHILDBEARING_POTENTIAL, Fact.AGREES_TO_AVOID_BREASTFEEDING),
                    new ChildbearingPotentialRule(new QuestionRule(Fact.AGREES_TO_AVOID_BREASTFEEDING, Answer.YES))),
            new Criterion("INC-19", INCLUSION, Assessment.QUESTION, item("Inclusion criteria, item 19",
                    "Male patients must practice true abstinence or agree to use a condom during sexual contact with a pregnant female or a female of childbearing potential for at least 1 year after the CAR-T cell infusion, even if he has undergone a successful vasectomy."), null,
                    List.of(Fact.SEX, Fact.AGREES_TO_CONDOM_USE), new MaleContraceptionRule()));

    private InclusionCriteria() {
    }

    private static ProtocolPassage femaleSubItem(int number, String text) {
        return new ProtocolPassage("Inclusion criteria, item 18, sub-item " + number, FEMALE_LEAD_IN, text, List.of());
    }
}
