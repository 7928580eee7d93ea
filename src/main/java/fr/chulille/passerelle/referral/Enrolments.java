package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.trial.Trial;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals whose status is ENROLLED, for the staff inbox only: patients enrolled without a referral,
 * or withdrawn later, make it no measure of the places left, which the public pages never derive from
 * it (staff type them with the recruitment state).
 */
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
}
