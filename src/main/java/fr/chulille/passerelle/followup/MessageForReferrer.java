package fr.chulille.passerelle.followup;

import java.util.UUID;

/** Staff wrote to the referrer: a mail says a message is waiting (never its text). Published with the message. */
public record MessageForReferrer(UUID messageId, UUID referralId) {
}
