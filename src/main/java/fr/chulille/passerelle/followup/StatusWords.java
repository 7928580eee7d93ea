package fr.chulille.passerelle.followup;

import fr.chulille.passerelle.referral.ReferralStatus;

/**
 * A status in plain words for a physician (bundle {@code followup}): every closing status reads "your
 * patient will not take part" — never the free reason staff typed.
 */
public final class StatusWords {

    private StatusWords() {
    }

    public static String key(ReferralStatus status) {
        return switch (status) {
            case NEW -> "followup.status.received";
            case IN_REVIEW -> "followup.status.in-review";
            case CONTACTED -> "followup.status.contacted";
            case SCREENING -> "followup.status.screening";
            case ENROLLED -> "followup.status.enrolled";
            // the closing category (not eligible, declined, …) is to be shown here once staff record one
            case NOT_ELIGIBLE, DECLINED, WITHDRAWN, CLOSED_OTHER -> "followup.status.not-taking-part";
        };
    }
}
