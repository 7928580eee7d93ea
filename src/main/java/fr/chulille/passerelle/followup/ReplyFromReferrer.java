package fr.chulille.passerelle.followup;

import java.util.UUID;

/** The referrer answered on the status page: the central contact gets a "new reply" mail (never its text). */
public record ReplyFromReferrer(UUID messageId, UUID referralId) {
}
