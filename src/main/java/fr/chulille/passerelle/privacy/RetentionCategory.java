package fr.chulille.passerelle.privacy;

import fr.chulille.passerelle.referral.ReferralStatus;

/** Which retention duration applies to a referral, from its status; ON_REQUEST when a person asked for erasure. */
public enum RetentionCategory {
    CLOSED, ENROLLED, UNDECIDED, ON_REQUEST;

    static RetentionCategory of(ReferralStatus status) {
        return switch (status) {
            case NOT_ELIGIBLE, DECLINED, WITHDRAWN, CLOSED_OTHER -> CLOSED;
            case ENROLLED -> ENROLLED;
            case NEW, IN_REVIEW, CONTACTED, SCREENING -> UNDECIDED;
        };
    }
}
