package fr.chulille.passerelle.referral;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.Optional;
import java.util.UUID;

/** Package-private: other features go through {@link ReferralRecords}. */
interface ReferralRepository extends JpaRepository<Referral, UUID>, JpaSpecificationExecutor<Referral> {

    long countByStatus(ReferralStatus status);

    Optional<Referral> findBySubmissionToken(UUID submissionToken);

    Optional<Referral> findByReference(String reference);
}
