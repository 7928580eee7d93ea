package fr.chulille.passerelle.inbox;

import fr.chulille.passerelle.referral.ReferralQuery;
import fr.chulille.passerelle.referral.ReferralStatus;

/** What the inbox shows: every filter is optional; the text matches reference, referrer, hospital or initials. */
record InboxFilter(ReferralStatus status, String advice, String text) {

    /** The longest column searched (referrer and hospital names): a longer text cannot match. */
    static final int MAX_TEXT_LENGTH = 200;

    static InboxFilter none() {
        return new InboxFilter(null, null, null);
    }

    /** The same filter as the referral records' query. */
    ReferralQuery toQuery() {
        return new ReferralQuery(status, advice, text);
    }
}
