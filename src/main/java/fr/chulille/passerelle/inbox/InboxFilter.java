package fr.chulille.passerelle.inbox;

import fr.chulille.passerelle.referral.ReferralQuery;
import fr.chulille.passerelle.referral.ReferralStatus;

import java.time.LocalDate;

/**
 * What the inbox shows: every filter is optional; the text matches reference, referrer, hospital or initials;
 * {@code from} and {@code to} bound the submission date (French dates, inclusive), as the screening log's period.
 */
record InboxFilter(ReferralStatus status, String advice, String text, LocalDate from, LocalDate to) {

    InboxFilter(ReferralStatus status, String advice, String text) {
        this(status, advice, text, null, null);
    }

    /** The longest column searched (referrer and hospital names): a longer text cannot match. */
    static final int MAX_TEXT_LENGTH = 200;

    static InboxFilter none() {
        return new InboxFilter(null, null, null);
    }

    /** The same filter as the referral records' query. */
    ReferralQuery toQuery() {
        return new ReferralQuery(status, advice, text, from, to);
    }
}
