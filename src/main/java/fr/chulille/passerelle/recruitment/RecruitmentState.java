package fr.chulille.passerelle.recruitment;

/**
 * Whether the study team takes new referrals, as staff set it in the inbox. Whatever the state,
 * the referral form still sends a referral: the team decides.
 */
public enum RecruitmentState {
    OPEN, PAUSED, CLOSED;

    /** Translation key of the state's short name, e.g. {@code recruitment.state.open}. */
    public String messageKey() {
        return "recruitment.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
