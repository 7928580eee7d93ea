package fr.chulille.passerelle.inbox;

import fr.chulille.passerelle.notification.MailStatus;
import fr.chulille.passerelle.referral.ReferralRecord;
import fr.chulille.passerelle.referral.SubmittedContent;

import java.util.List;

/** Everything staff see on one referral. */
record ReferralDetails(ReferralRecord referral, SubmittedContent submitted, List<MailStatus> mails,
                       List<ReferralNote.NoteView> notes, List<AuditEntry.AuditLine> audit) {
}
