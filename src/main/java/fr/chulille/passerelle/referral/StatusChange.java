package fr.chulille.passerelle.referral;

import java.time.Instant;

/** One step of a referral's history: its submission ({@code from} null, {@code to} NEW) or a status change. */
public record StatusChange(ReferralStatus from, ReferralStatus to, Instant at) {

    public boolean isSubmission() {
        return from == null;
    }
}
