package fr.chulille.passerelle.referral;

import java.util.UUID;

/** The stored referral as the referrer may see it: its unguessable id and its human reference. */
public record SubmittedReferral(UUID id, String reference) {
}
