package fr.chulille.passerelle.notification;

import java.time.Instant;

/** A mail's state as the inbox shows it: queued, sent at, or failing since with the last error. */
public record MailStatus(MailRecipient recipient, Stage stage, int attempts, Instant sentAt, Instant failingSince,
                         String lastError) {

    public enum Stage { QUEUED, SENT, FAILING }

    static MailStatus queued(MailRecipient recipient) {
        return new MailStatus(recipient, Stage.QUEUED, 0, null, null, null);
    }
}
