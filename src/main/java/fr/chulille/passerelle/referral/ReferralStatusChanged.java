package fr.chulille.passerelle.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * Published in the transaction that changes a referral's status (the publication is stored with the
 * change): the referrer's status mail is sent from it, once, when staff left "tell the referrer" ticked.
 * No free text: the closing reason never leaves the inbox.
 *
 * @param changeId      this change's own id: the key of its one mail
 * @param tellReferrer  staff's choice for this change (audited)
 */
public record ReferralStatusChanged(UUID changeId, UUID referralId, ReferralStatus from, ReferralStatus to, Instant at,
                                    boolean tellReferrer) {
}
