package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;

/**
 * Inclusion item 3: relapsed/refractory AML under one of the protocol's three definitions. For primary
 * refractory AML, the limit counts the intensive chemotherapy courses given to reach a first remission
 * (an induction followed by a "rattrapage" or re-induction is two).
 */
record DiseaseStatusRule(Limit limit) implements Rule {

    @Override
    public Verdict evaluate(ClinicalFacts facts, int referenceYear) {
        if (facts.diseaseStatus() == null) {
            return Verdict.missing(Fact.DISEASE_STATUS);
        }
        return switch (facts.diseaseStatus()) {
            case PRIMARY_REFRACTORY -> primaryRefractory(facts.inductionCourses());
            case SECONDARY_REFRACTORY -> Verdict.met(MessageKey.DISEASE_SECONDARY_REFRACTORY_MET.with());
            case POST_TRANSPLANT_RELAPSE -> Verdict.met(MessageKey.DISEASE_POST_TRANSPLANT_RELAPSE_MET.with());
            case OTHER -> Verdict.notMet(MessageKey.DISEASE_OTHER_NOT_MET.with());
        };
    }

    private Verdict primaryRefractory(Integer inductionCourses) {
        if (inductionCourses == null) {
            return Verdict.missing(Fact.INDUCTION_COURSES);
        }
        return limit.threshold().isSatisfiedBy(BigDecimal.valueOf(inductionCourses))
                ? Verdict.met(limit.message(MessageKey.DISEASE_PRIMARY_REFRACTORY_MET, "courses", inductionCourses))
                : Verdict.notMet(limit.message(MessageKey.DISEASE_PRIMARY_REFRACTORY_NOT_MET, "courses", inductionCourses));
    }
}
