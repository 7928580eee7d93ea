package fr.chulille.passerelle.inbox;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit trail. An export, or a setting of the public recruitment state, concerns no
 * single referral: its referral id is null.
 */
@Entity
class AuditEntry {

    /** The width of the column: a long reason or search text is cut, never refused with the action it records. */
    static final int MAX_DETAIL_LENGTH = 1000;

    enum Action {
        VIEW, STATUS_CHANGE, NOTE, EXPORT, RECRUITMENT,
        /** The retention purge's run (written by the privacy package, with the numbers erased). */
        PURGE,
        /** A referral erased on a person's request. */
        ERASURE,
        /** Everything held about a referral, exported for a subject access request (JSON or printable page). */
        ACCESS_EXPORT,
        /** The access report (who viewed or exported which referral) produced for the DPO. */
        ACCESS_REPORT,
        /** A change to a staff account (security.StaffAccountChanged): no referral. */
        STAFF_ACCOUNT,
        /** Staff wrote a message to the referrer (followup). */
        MESSAGE_TO_REFERRER,
        /** The referrer answered on their status page (written by the followup package, actor "referrer"). */
        REFERRER_REPLY,
        /** Staff read the referrer's new replies on the referral's page. */
        REPLY_READ;

        String messageKey() {
            return "inbox.audit." + name().toLowerCase().replace('_', '-');
        }
    }

    @Id
    private UUID id;
    private UUID referralId;
    private String actor;
    @Enumerated(EnumType.STRING)
    private Action action;
    private String detail;
    private Instant at;

    protected AuditEntry() {
    }

    AuditEntry(UUID referralId, String actor, Action action, String detail, Instant at) {
        this.id = UUID.randomUUID();
        this.referralId = referralId;
        this.actor = actor;
        this.action = action;
        this.detail = bounded(detail);
        this.at = at;
    }

    private static String bounded(String detail) {
        if (detail == null || detail.length() <= MAX_DETAIL_LENGTH) {
            return detail;
        }
        int end = MAX_DETAIL_LENGTH - 1;
        if (Character.isHighSurrogate(detail.charAt(end - 1))) {
            end--;
        }
        return detail.substring(0, end) + "…";
    }

    UUID referralId() {
        return referralId;
    }

    AuditLine line() {
        return new AuditLine(actor, action, detail, at);
    }

    record AuditLine(String actor, Action action, String detail, Instant at) {
    }
}
