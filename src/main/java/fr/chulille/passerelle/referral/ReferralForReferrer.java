package fr.chulille.passerelle.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the referrer's status page shows of a referral: its reference, when it was sent, its status
 * history and the pre-check as sent. Never the free closing reason, the patient or a clinical value.
 *
 * @param expired  the link's period after the referral was closed has passed, or the referral was erased
 */
public record ReferralForReferrer(UUID id, String reference, Instant submittedAt, String formLanguage,
                                  ReferralStatus status, List<StatusChange> history, SentPreCheck preCheck,
                                  boolean expired, ClosingCategory closingCategory) {

    /**
     * The pre-check as it was sent: the advice kind and, per criterion, its outcome (language-neutral).
     * Empty rows after an erasure.
     */
    public record SentPreCheck(String adviceKind, String criteriaVersion, List<SentCriterion> criteria) {
    }

    public record SentCriterion(String id, String kind, String outcome) {
    }
}
