package fr.chulille.passerelle.referral;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.UUID;

/**
 * The closing category of a referral, for pages that may show it but never the free reason (the
 * referrer's status page): empty while the referral is open or when it was closed without one.
 */
@Service
@Transactional(readOnly = true)
public class ClosingCategories {

    private final ReferralRepository referrals;

    ClosingCategories(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    public Optional<ClosingCategory> of(UUID referralId) {
        return referrals.findById(referralId).flatMap(Referral::closingCategory);
    }
}
