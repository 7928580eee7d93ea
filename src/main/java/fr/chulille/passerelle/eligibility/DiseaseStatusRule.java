package fr.chulille.passerelle.eligibility;

/** Inclusion item 3: relapsed/refractory AML under one of the protocol's three definitions. */
final class DiseaseStatusRule implements Rule {

    static final int INDUCTION_COURSES_FOR_PRIMARY_REFRACTORY = 2;

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

    private static Verdict primaryRefractory(Integer inductionCourses) {
        if (inductionCourses == null) {
            return Verdict.missing(Fact.INDUCTION_COURSES);
        }
        return inductionCourses >= INDUCTION_COURSES_FOR_PRIMARY_REFRACTORY
                ? Verdict.met(MessageKey.DISEASE_PRIMARY_REFRACTORY_MET.with("courses", inductionCourses))
                : Verdict.notMet(MessageKey.DISEASE_PRIMARY_REFRACTORY_NOT_MET.with("courses", inductionCourses));
    }
}
