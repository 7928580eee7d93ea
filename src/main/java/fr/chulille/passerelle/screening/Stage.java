package fr.chulille.passerelle.screening;

import fr.chulille.passerelle.referral.ReferralStatus;

import java.util.Locale;

/**
 * The funnel of the screening log: referred → reviewed → contacted → screening → enrolled. A referral reached
 * a stage when its history holds that status or a later one; "reviewed" is any status other than NEW (a
 * referral closed straight from NEW was reviewed, not contacted).
 */
public enum Stage {
    REFERRED(ReferralStatus.NEW), REVIEWED(ReferralStatus.IN_REVIEW), CONTACTED(ReferralStatus.CONTACTED),
    SCREENING(ReferralStatus.SCREENING), ENROLLED(ReferralStatus.ENROLLED);

    private final ReferralStatus status;

    Stage(ReferralStatus status) {
        this.status = status;
    }

    /** The furthest stage a status shows: a closing status shows the referral was reviewed. */
    public static Stage of(ReferralStatus status) {
        return switch (status) {
            case NEW -> REFERRED;
            case IN_REVIEW, NOT_ELIGIBLE, DECLINED, WITHDRAWN, CLOSED_OTHER -> REVIEWED;
            case CONTACTED -> CONTACTED;
            case SCREENING -> SCREENING;
            case ENROLLED -> ENROLLED;
        };
    }

    public ReferralStatus status() {
        return status;
    }

    public String messageKey() {
        return "screening.stage." + name().toLowerCase(Locale.ROOT);
    }
}
