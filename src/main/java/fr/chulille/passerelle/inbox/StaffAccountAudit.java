package fr.chulille.passerelle.inbox;

import fr.chulille.passerelle.security.StaffAccountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every staff-account change into the audit table, in the transaction of the change (a
 * plain, synchronous listener): no change without its audit line.
 */
@Component
class StaffAccountAudit {

    private final AuditEntryRepository audit;

    StaffAccountAudit(AuditEntryRepository audit) {
        this.audit = audit;
    }

    @EventListener
    void on(StaffAccountChanged change) {
        audit.save(new AuditEntry(null, change.actor(), AuditEntry.Action.STAFF_ACCOUNT, change.describe(), change.at()));
    }
}
