package fr.chulille.passerelle.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored referral as other features read it (see {@link ReferralRecords}): immutable, without its
 * snapshots, which {@link SubmittedContent} decodes. After erasure (privacy package) only the reference,
 * dates, status, advice kind and criteria version are left: the referrer's and patient's fields are
 * null (never a null {@code referrer} or {@code patient}).
 *
 * @param advice   the pre-check's advice kind at submission ({@code AdviceKind} name)
 * @param unread   no staff member opened it yet
 * @param erasedAt when it was erased; null while held
 * @param erasureCategory why it was erased: CLOSED, ENROLLED, UNDECIDED (retention) or ON_REQUEST; null while held
 * @param closingCategory the category of its closing status (never the free reason); empty while open
 * @param failedCriteria  for "criteria not met", the ids of the criteria staff found not met
 */
public record ReferralRecord(UUID id, String reference, Instant submittedAt, String formLanguage, Referrer referrer,
                             PatientIdentity patient, boolean consentAttested, String comment, String criteriaVersion,
                             String advice, ReferralStatus status, String statusReason, Instant statusChangedAt,
                             boolean unread, Instant erasedAt, String erasureCategory,
                             java.util.Optional<ClosingCategory> closingCategory, java.util.Set<String> failedCriteria) {

    static ReferralRecord of(Referral referral) {
        return new ReferralRecord(referral.getId(), referral.getReference(), referral.getSubmittedAt(),
                referral.getFormLanguage(), referral.getReferrer(), referral.getPatient(), referral.isConsentAttested(),
                referral.getComment(), referral.getCriteriaVersion(), referral.getAdvice(), referral.getStatus(),
                referral.getStatusReason(), referral.getStatusChangedAt(), referral.isUnread(), referral.getErasedAt(),
                referral.getErasureCategory(), referral.closingCategory(), referral.failedCriteria());
    }

    public boolean erased() {
        return erasedAt != null;
    }
}
