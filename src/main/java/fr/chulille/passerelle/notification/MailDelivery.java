package fr.chulille.passerelle.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** What happened to one mail of one referral: sent, or failing since when and why. */
@Entity
@Table(name = "referral_mail")
class MailDelivery {

    enum State { SENT, FAILING }

    private static final int MAX_ERROR_LENGTH = 500;

    @Id
    private UUID id;
    private UUID referralId;
    @Enumerated(EnumType.STRING)
    private MailRecipient recipient;
    @Enumerated(EnumType.STRING)
    private State state;
    private int attempts;
    private Instant sentAt;
    private Instant failingSince;
    private String lastError;

    protected MailDelivery() {
    }

    MailDelivery(UUID referralId, MailRecipient recipient) {
        this.id = UUID.randomUUID();
        this.referralId = referralId;
        this.recipient = recipient;
    }

    void sent(Instant at) {
        attempts++;
        state = State.SENT;
        sentAt = at;
    }

    void failed(Instant at, String error) {
        attempts++;
        state = State.FAILING;
        if (failingSince == null) {
            failingSince = at;
        }
        lastError = error == null ? "" : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
    }

    UUID referralId() {
        return referralId;
    }

    MailRecipient recipient() {
        return recipient;
    }

    MailStatus status() {
        return new MailStatus(recipient, state == State.SENT ? MailStatus.Stage.SENT : MailStatus.Stage.FAILING,
                attempts, sentAt, failingSince, lastError);
    }

    boolean isSent() {
        return state == State.SENT;
    }
}
