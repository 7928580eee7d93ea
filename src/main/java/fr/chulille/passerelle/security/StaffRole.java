package fr.chulille.passerelle.security;

/** Who may log in: the principal investigator and the trial coordinator, both triage referrals. */
public enum StaffRole {
    INVESTIGATOR, COORDINATOR;

    /** Both roles, for {@code @RolesAllowed} on the inbox. */
    public static final String INVESTIGATOR_ROLE = "INVESTIGATOR";
    public static final String COORDINATOR_ROLE = "COORDINATOR";
}
