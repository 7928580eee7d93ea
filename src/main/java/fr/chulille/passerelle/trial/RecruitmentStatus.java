package fr.chulille.passerelle.trial;

/** Recruitment status as ClinicalTrials.gov names it. */
public enum RecruitmentStatus {
    NOT_YET_RECRUITING, RECRUITING, ACTIVE_NOT_RECRUITING, COMPLETED, SUSPENDED, TERMINATED, WITHDRAWN;

    /** Translation key of the status, e.g. {@code trial.status.recruiting}. */
    public String messageKey() {
        return "trial.status." + name().toLowerCase().replace('_', '-');
    }
}
