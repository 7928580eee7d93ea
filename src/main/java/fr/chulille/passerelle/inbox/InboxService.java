package fr.chulille.passerelle.inbox;

import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.i18n.TranslationProvider;
import fr.chulille.passerelle.notification.MailDeliveries;
import fr.chulille.passerelle.notification.MailStatus;
import fr.chulille.passerelle.referral.Enrolments;
import fr.chulille.passerelle.referral.FreeText;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.ReferralRepository;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.security.StaffRole;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.chulille.passerelle.eligibility.AdviceKind;
import fr.chulille.passerelle.eligibility.EligibilityEngine;
import fr.chulille.passerelle.eligibility.PreCheckResult;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

/** The staff inbox: every method needs a logged-in investigator or coordinator, and leaves an audit line where it matters. */
@Service
@Transactional
@RolesAllowed({StaffRole.INVESTIGATOR_ROLE, StaffRole.COORDINATOR_ROLE})
public class InboxService {

    static final int MAX_NOTE_LENGTH = 4000;
    static final int MAX_REASON_LENGTH = 1000;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "submittedAt");

    private final ReferralRepository referrals;
    private final ReferralNoteRepository notes;
    private final AuditEntryRepository audit;
    private final MailDeliveries mails;
    private final Enrolments enrolments;
    private final Messages messages;
    private final Clock clock;
    private final SecurityContextHolderStrategy securityContext;

    InboxService(ReferralRepository referrals, ReferralNoteRepository notes, AuditEntryRepository audit,
                 MailDeliveries mails, Enrolments enrolments, TranslationProvider translations, Clock clock,
                 SecurityContextHolderStrategy securityContext) {
        this.referrals = referrals;
        this.notes = notes;
        this.audit = audit;
        this.mails = mails;
        this.enrolments = enrolments;
        this.messages = translations.messages();
        this.clock = clock;
        this.securityContext = securityContext;
    }

    @Transactional(readOnly = true)
    public List<ReferralRow> list(InboxFilter filter, int page, int pageSize) {
        List<Referral> found = referrals.findAll(filter.toSpecification(), PageRequest.of(page, pageSize, NEWEST_FIRST)).getContent();
        return rows(found);
    }

    @Transactional(readOnly = true)
    public long count(InboxFilter filter) {
        return referrals.count(filter.toSpecification());
    }

    /** Opening a referral marks it read and is recorded in its audit trail. */
    public ReferralDetails open(UUID referralId) {
        Referral referral = find(referralId);
        referral.markSeen(clock.instant());
        record(referralId, AuditEntry.Action.VIEW, null);
        return details(referral);
    }

    public ReferralDetails changeStatus(UUID referralId, ReferralStatus status, String reason) {
        Referral referral = find(referralId);
        String cleanReason = reason == null ? null : reason.strip();
        if (cleanReason != null && (cleanReason.length() > MAX_REASON_LENGTH || !FreeText.isValidLines(cleanReason))) {
            throw new IllegalArgumentException("Reason too long or with control characters");
        }
        ReferralStatus before = referral.getStatus();
        referral.changeStatus(status, cleanReason, clock.instant());
        record(referralId, AuditEntry.Action.STATUS_CHANGE, before + " → " + status
                + (status.needsReason() ? " (" + cleanReason + ")" : ""));
        return details(referral);
    }

    public ReferralDetails addNote(UUID referralId, String text) {
        Referral referral = find(referralId);
        String note = text == null ? "" : text.strip();
        if (note.isEmpty() || note.length() > MAX_NOTE_LENGTH || !FreeText.isValidLines(note)) {
            throw new IllegalArgumentException("A note holds 1 to " + MAX_NOTE_LENGTH + " characters, without control characters");
        }
        notes.save(new ReferralNote(referralId, currentUser(), clock.instant(), note));
        record(referralId, AuditEntry.Action.NOTE, null);
        return details(referral);
    }

    /** The filtered list as CSV (newest first), in the staff member's language; the export is audited. */
    public String exportCsv(InboxFilter filter, Locale locale) {
        List<ReferralRow> rows = rows(referrals.findAll(filter.toSpecification(), NEWEST_FIRST));
        record(null, AuditEntry.Action.EXPORT, rows.size() + " rows; filter " + filter);
        List<String> header = List.of("reference", "submitted-at", "referrer", "hospital", "department", "email",
                "phone", "advice", "status", "status-changed-at").stream()
                .map(column -> messages.format("inbox.csv." + column, locale)).toList();
        return CsvExport.write(header, rows, row -> List.of(row.reference(), row.submittedAt().toString(),
                row.referrerName(), row.hospital(), row.department(), row.referrerEmail(), row.referrerPhone(),
                messages.format(adviceKey(row.advice()), locale),
                messages.format(row.status().messageKey(), locale), row.statusChangedAt().toString()));
    }

    /** The short label of an advice kind, in the same words as the form's: {@link AdviceKind#labelKey()}. */
    static String adviceKey(String adviceKind) {
        return AdviceKind.valueOf(adviceKind).labelKey();
    }

    /**
     * The pre-check of a referral: its facts evaluated at the submission year by the engine. When the
     * criteria changed since, {@code current} differs from the version the referral was checked against.
     */
    @Transactional(readOnly = true)
    public Optional<PreCheckResult> currentPreCheck(Referral referral) {
        int submissionYear = referral.getSubmittedAt().atZone(ZoneId.of(Messages.TRIAL_TIME_ZONE)).getYear();
        return SubmittedFacts.read(referral.getClinicalFactsJson()).map(facts -> EligibilityEngine.evaluate(facts, submissionYear));
    }

    @Transactional(readOnly = true)
    public Places places() {
        return new Places(enrolments.enrolled(), enrolments.target(), enrolments.remaining());
    }

    public record Places(int enrolled, int target, int remaining) {
    }

    private List<ReferralRow> rows(List<Referral> found) {
        Map<UUID, List<MailStatus>> mailStates = mails.statusOf(found.stream().map(Referral::getId).toList());
        return found.stream().map(r -> new ReferralRow(r.getId(), r.getReference(), r.getSubmittedAt(),
                r.getReferrer().name(), r.getReferrer().hospital(), r.getReferrer().department(),
                r.getReferrer().email(), r.getReferrer().phone(), r.getAdvice(), r.getStatus(),
                r.getStatusChangedAt(), r.isUnread(), mailStates.get(r.getId()))).toList();
    }

    private ReferralDetails details(Referral referral) {
        UUID id = referral.getId();
        return new ReferralDetails(referral, mails.statusOf(id),
                notes.findByReferralIdOrderByWrittenAtAsc(id).stream().map(ReferralNote::view).toList(),
                audit.findByReferralIdOrderByAtAsc(id).stream().map(AuditEntry::line).toList());
    }

    private Referral find(UUID referralId) {
        return referrals.findById(referralId).orElseThrow(() -> new NoSuchElementException("No referral " + referralId));
    }

    private void record(UUID referralId, AuditEntry.Action action, String detail) {
        audit.save(new AuditEntry(referralId, currentUser(), action, detail, clock.instant()));
    }

    private String currentUser() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("No logged-in staff member");
        }
        return authentication.getName();
    }
}
