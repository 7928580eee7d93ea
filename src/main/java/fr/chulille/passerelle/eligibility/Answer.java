package fr.chulille.passerelle.eligibility;

/** A yes/no answer to a question of the referral form; null is read as {@link #UNKNOWN}. */
public enum Answer {
    YES, NO, UNKNOWN;

    public static Answer orUnknown(Answer answer) {
        return answer == null ? UNKNOWN : answer;
    }

    public String labelKey() {
        return "eligibility.answer." + name();
    }
}
