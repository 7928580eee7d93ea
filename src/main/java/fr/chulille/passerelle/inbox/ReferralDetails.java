package fr.chulille.passerelle.inbox;

import fr.chulille.passerelle.notification.MailStatus;
import fr.chulille.passerelle.referral.Referral;

import java.util.List;

/** Everything staff see on one referral. */
record ReferralDetails(Referral referral, List<MailStatus> mails, List<ReferralNote.NoteView> notes,
                       List<AuditEntry.AuditLine> audit) {
}
