package fr.chulille.passerelle.inbox;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface AuditEntryRepository extends JpaRepository<AuditEntry, UUID> {

    List<AuditEntry> findByReferralIdOrderByAtAsc(UUID referralId);

    List<AuditEntry> findByActionOrderByAtAsc(AuditEntry.Action action);

    List<AuditEntry> findByActionInAndAtGreaterThanEqualAndAtLessThanOrderByAtAsc(
            java.util.Collection<AuditEntry.Action> actions, java.time.Instant from, java.time.Instant to);
}
