package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.PreCheckResult;

import java.util.UUID;

/**
 * The stored referral as the referrer may see it: its unguessable id and its human reference, and the
 * pre-check computed when it was stored (the confirmation shows it, without evaluating the facts again).
 */
public record SubmittedReferral(UUID id, String reference, PreCheckResult preCheck) {
}
