package fr.chulille.passerelle.eligibility;

import static fr.chulille.passerelle.eligibility.Criterion.measured;
import static fr.chulille.passerelle.eligibility.Criterion.question;
import static fr.chulille.passerelle.eligibility.CriterionKind.EXCLUSION;
import static fr.chulille.passerelle.eligibility.ProtocolPassage.item;

import java.util.List;

/**
 * The exclusion criteria of NCT06649227, in protocol order, with their verbatim wording.
 * MET means the exclusion is absent.
 */
final class ExclusionCriteria {

    static final List<Criterion> ALL = List.of(
            question(EXCLUSION, "EXC-01", item("Exclusion criteria, item 1", "Patient unable to sign the informed consent,"),
                    Fact.ABLE_TO_SIGN_CONSENT, Answer.YES),
            // "Does not express CD19": CD19 negative by flow cytometry (0 % of blasts). The 70 % share of blasts is
            // inclusion item 2's own condition: a CD19 at 40 % fails that one, not this one.
            measured(EXCLUSION, "EXC-02", item("Exclusion criteria, item 2", "Patient with R/R AML that does not expresses CD19,"),
                    new Cd19NegativeRule(), Fact.CD19_PERCENT_OF_BLASTS),
            question(EXCLUSION, "EXC-03", item("Exclusion criteria, item 3",
                            "History of malignancy other than nonmelanoma skin cancer or carcinoma in situ (e.g. cervix, bladder, breast) unless disease-free and without anticancer therapy for at least 3 years,"),
                    Fact.OTHER_MALIGNANCY_HISTORY, Answer.NO),
            question(EXCLUSION, "EXC-04", item("Exclusion criteria, item 4", "Prior CD19 targeted therapy,"),
                    Fact.PRIOR_CD19_TARGETED_THERAPY, Answer.NO),
            question(EXCLUSION, "EXC-05", item("Exclusion criteria, item 5",
                            "Prior CAR therapy or other genetically modified T cell therapy,"),
                    Fact.PRIOR_GENETICALLY_MODIFIED_T_CELL_THERAPY, Answer.NO),
            question(EXCLUSION, "EXC-06", item("Exclusion criteria, item 6",
                            "Presence or suspicion of fungal, bacterial, viral, or other infection that is uncontrolled or requiring intravenous (IV) antimicrobials for management,"),
                    Fact.UNCONTROLLED_INFECTION, Answer.NO),
            question(EXCLUSION, "EXC-07", item("Exclusion criteria, item 7",
                            "History of human immunodeficiency virus (HIV) or HTLV1,"),
                    Fact.HIV_OR_HTLV1_HISTORY, Answer.NO),
            question(EXCLUSION, "EXC-08", item("Exclusion criteria, item 8",
                            "Infection or acute or chronic active hepatitis C infection,"),
                    Fact.ACTIVE_HEPATITIS_C, Answer.NO),
            question(EXCLUSION, "EXC-09", item("Exclusion criteria, item 9",
                            "Infection or acute or chronic active hepatitis (Hep) B. Subjects with history of Hep B or Hep C infection must have cleared their infection as determined by standard serological and genetic testing per current Infectious Diseases Society of America (IDSA) guidelines,"),
                    Fact.ACTIVE_HEPATITIS_B, Answer.NO),
            question(EXCLUSION, "EXC-10", item("Exclusion criteria, item 10",
                            "Subjects with detectable cerebrospinal fluid malignant cells or known brain metastases or with a history of cerebrospinal fluid (CSF) malignant cells or brain metastases,"),
                    Fact.CSF_MALIGNANT_CELLS_OR_BRAIN_METASTASES, Answer.NO),
            question(EXCLUSION, "EXC-11", item("Exclusion criteria, item 11",
                            "History or presence of non-malignant CNS disorder, such as seizure disorder, cerebrovascular ischemia/hemorrhage, dementia, cerebellar disease, or any autoimmune disease with CNS involvement,"),
                    Fact.NON_MALIGNANT_CNS_DISORDER, Answer.NO),
            question(EXCLUSION, "EXC-12", item("Exclusion criteria, item 12", "Patient placed under guardianship or curatorship,"),
                    Fact.UNDER_GUARDIANSHIP_OR_CURATORSHIP, Answer.NO),
            new Criterion("EXC-13", EXCLUSION, Assessment.QUESTION, item("Exclusion criteria, item 13",
                    "Females either pregnant/breast-feeding or planning to become pregnant,"), null,
                    List.of(Fact.SEX, Fact.PREGNANCY_TEST, Fact.PREGNANT_BREASTFEEDING_OR_PLANNING_PREGNANCY),
                    new PregnancyExclusionRule()),
            question(EXCLUSION, "EXC-14", item("Exclusion criteria, item 14",
                            "Any contraindication due to hypersensitivity to the active substance or to any of the excipients,"),
                    Fact.HYPERSENSITIVITY_TO_PRODUCT, Answer.NO),
            question(EXCLUSION, "EXC-15", item("Exclusion criteria, item 15", "Contraindication to the lymphodepleting chemotherapy,"),
                    Fact.LYMPHODEPLETION_CONTRAINDICATION, Answer.NO),
            question(EXCLUSION, "EXC-16", item("Exclusion criteria, item 16", "Absence of medical insurance cover."),
                    Fact.MEDICAL_INSURANCE, Answer.YES));

    private ExclusionCriteria() {
    }
}
