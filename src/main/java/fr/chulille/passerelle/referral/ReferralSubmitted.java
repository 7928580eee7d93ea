package fr.chulille.passerelle.referral;

import java.util.UUID;

/**
 * Published in the transaction that stores a referral. It carries the id only: listeners read what
 * they need, so no health data sits in the event publication table.
 */
public record ReferralSubmitted(UUID referralId) {
}
