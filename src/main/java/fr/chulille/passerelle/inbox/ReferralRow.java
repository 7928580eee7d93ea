package fr.chulille.passerelle.inbox;

import fr.chulille.passerelle.notification.MailStatus;
import fr.chulille.passerelle.referral.ReferralStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of the inbox grid and of the CSV export; {@code purgeOn}: when the retention purge will erase it. */
record ReferralRow(UUID id, String reference, Instant submittedAt, String referrerName, String hospital,
                   String department, String referrerEmail, String referrerPhone, String advice,
                   ReferralStatus status, Instant statusChangedAt, boolean unread, List<MailStatus> mails,
                   Instant purgeOn, boolean erased) {
}
