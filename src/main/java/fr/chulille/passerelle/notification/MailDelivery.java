package fr.chulille.passerelle.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * What happened to one mail of one referral: being sent (since when), sent, or failing since when and
 * why. The version turns a claim into a conditional update: two instances cannot both claim the mail.
 */
@Entity
@Table(name = "referral_mail")
class MailDelivery {

    enum State { SENDING, SENT, FAILING }

    /** The key of the first two mails of a referral (the submission's); later mails have their own. */
    static final String SUBMITTED = "submitted";

    private static final int MAX_ERROR_LENGTH = 500;

    @Id
    private UUID id;
    private UUID referralId;
    @Enumerated(EnumType.STRING)
    private MailRecipient recipient;
    /** Which of the referral's mails to this recipient: {@value #SUBMITTED}, or the key of a later mail. */
    private String mailKey;
    @Enumerated(EnumType.STRING)
    private State state;
    private int attempts;
    private Instant sentAt;
    private Instant failingSince;
    private String lastError;
    private Instant claimedAt;
    @Version
    private long version;

    protected MailDelivery() {
    }

    MailDelivery(UUID referralId, MailRecipient recipient, String mailKey) {
        this.id = UUID.randomUUID();
        this.referralId = referralId;
        this.recipient = recipient;
        this.mailKey = mailKey;
    }

    /** One more attempt starts: the mail is about to be handed to the SMTP server. */
    void sending(Instant at) {
        attempts++;
        state = State.SENDING;
        claimedAt = at;
    }

    void sent(Instant at) {
        state = State.SENT;
        sentAt = at;
        claimedAt = null;
    }

    void failed(Instant at, String error) {
        state = State.FAILING;
        claimedAt = null;
        if (failingSince == null) {
            failingSince = at;
        }
        lastError = error == null ? "" : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
    }

    /** Claimed by an attempt that may still be running: younger than the lease. */
    boolean isBeingSent(Instant now, Duration lease) {
        return state == State.SENDING && claimedAt != null && now.isBefore(claimedAt.plus(lease));
    }

    UUID referralId() {
        return referralId;
    }

    MailRecipient recipient() {
        return recipient;
    }

    int attempts() {
        return attempts;
    }

    MailStatus status() {
        MailStatus.Stage stage = switch (state) {
            case SENT -> MailStatus.Stage.SENT;
            case FAILING -> MailStatus.Stage.FAILING;
            case SENDING -> failingSince == null ? MailStatus.Stage.QUEUED : MailStatus.Stage.FAILING;
        };
        return new MailStatus(recipient, stage, attempts, sentAt, failingSince, lastError);
    }

    boolean isSent() {
        return state == State.SENT;
    }
}
