package fr.chulille.passerelle.eligibility;

/** Which relapsed/refractory definition of inclusion item 3 the referring doctor picks. */
public enum DiseaseStatus {
    /** No remission after induction chemotherapy; met only after two courses (see inductionCourses). */
    PRIMARY_REFRACTORY,
    /** No remission after salvage treatment in a relapsing patient. */
    SECONDARY_REFRACTORY,
    /** Relapse after allogeneic haematopoietic cell transplantation. */
    POST_TRANSPLANT_RELAPSE,
    /** None of the three definitions applies (e.g. first relapse not yet treated). */
    OTHER;

    public String labelKey() {
        return "eligibility.choice.disease-status." + name();
    }
}
