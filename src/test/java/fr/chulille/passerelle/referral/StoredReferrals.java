package fr.chulille.passerelle.referral;

import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * The referral table as the tests of other features look into it, now that {@link ReferralRepository} is
 * package-private: a bean of the test tree only (component scan finds it in every test context, never in
 * the application). Main code of other features reads through {@link ReferralRecords} instead.
 */
@Component
public class StoredReferrals {

    private final ReferralRepository referrals;

    StoredReferrals(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    /** The row as stored now (a fresh copy outside a transaction). */
    public Optional<Referral> findById(UUID id) {
        return referrals.findById(id);
    }

    public Optional<Referral> findByReference(String reference) {
        return referrals.findByReference(reference);
    }

    public long count() {
        return referrals.count();
    }

    public long countByStatus(ReferralStatus status) {
        return referrals.countByStatus(status);
    }

    Referral save(Referral referral) {
        return referrals.save(referral);
    }
}
