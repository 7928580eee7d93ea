package fr.chulille.passerelle.followup;

/** Who wrote a message of a referral's thread. */
public enum MessageAuthor {
    STAFF, REFERRER
}
