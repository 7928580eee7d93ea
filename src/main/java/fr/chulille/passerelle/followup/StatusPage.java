package fr.chulille.passerelle.followup;

import fr.chulille.passerelle.referral.ReferralForReferrer;

import java.util.List;

/** What the status page shows for a token. */
sealed interface StatusPage {

    /** The referral, with the messages exchanged with the trial team, oldest first. */
    record Shown(ReferralForReferrer referral, List<ThreadMessage> messages) implements StatusPage {
    }

    /** A link past its period (the referral closed long enough ago, or erased). */
    record Expired() implements StatusPage {
    }

    /** A token never issued. */
    record Unknown() implements StatusPage {
    }

    /** Too many unknown tokens from this client lately: nothing is looked up. */
    record Throttled() implements StatusPage {
    }
}
