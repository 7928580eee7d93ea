package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.trial.Trial;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How many of the trial's places are taken: referrals whose status is ENROLLED. */
@Service
@Transactional(readOnly = true)
public class Enrolments {

    private final ReferralRepository referrals;

    Enrolments(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    public int enrolled() {
        return Math.toIntExact(referrals.countByStatus(ReferralStatus.ENROLLED));
    }

    public int target() {
        return Trial.NCT06649227.enrolmentTarget();
    }

    /** Never below zero, even if more patients than planned were enrolled. */
    public int remaining() {
        return Math.max(0, target() - enrolled());
    }
}
