package fr.chulille.passerelle.followup;

import java.time.Instant;
import java.util.UUID;

/** One message between the trial team and the referrer, as both sides see it. */
public record ThreadMessage(UUID id, MessageAuthor author, String text, Instant writtenAt, boolean unread) {
}
