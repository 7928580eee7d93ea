package fr.chulille.passerelle.inbox;

import fr.chulille.passerelle.recruitment.RecruitmentChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes every setting of the public recruitment state to the audit trail, in the transaction that stores it. */
@Component
class RecruitmentAudit {

    private final AuditEntryRepository audit;

    RecruitmentAudit(AuditEntryRepository audit) {
        this.audit = audit;
    }

    @EventListener
    void record(RecruitmentChanged change) {
        audit.save(new AuditEntry(null, change.after().setBy(), AuditEntry.Action.RECRUITMENT, change.auditDetail(),
                change.after().setAt()));
    }
}
