package fr.chulille.passerelle.referral;

import java.util.List;

/** A submission that the form should never have let through (missing identity, impossible value…). */
public class InvalidReferralException extends RuntimeException {

    public InvalidReferralException(List<String> problems) {
        super("Invalid referral: " + String.join("; ", problems));
    }
}
