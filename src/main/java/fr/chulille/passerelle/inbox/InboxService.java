package fr.chulille.passerelle.inbox;

import fr.chulille.passerelle.followup.ReferrerMessages;
import fr.chulille.passerelle.followup.ThreadMessage;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.i18n.TranslationProvider;
import fr.chulille.passerelle.notification.MailDeliveries;
import fr.chulille.passerelle.notification.MailStatus;
import fr.chulille.passerelle.recruitment.Recruitment;
import fr.chulille.passerelle.recruitment.RecruitmentNotice;
import fr.chulille.passerelle.recruitment.RecruitmentState;
import fr.chulille.passerelle.privacy.ReferralErasure;
import fr.chulille.passerelle.privacy.RetentionCategory;
import fr.chulille.passerelle.privacy.RetentionPolicy;
import fr.chulille.passerelle.referral.Closing;
import fr.chulille.passerelle.referral.Enrolments;
import fr.chulille.passerelle.referral.FreeText;
import fr.chulille.passerelle.referral.ReferralRecord;
import fr.chulille.passerelle.referral.ReferralRecords;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.referral.ReferralStatusChanged;
import org.springframework.context.ApplicationEventPublisher;
import fr.chulille.passerelle.security.StaffRole;
import fr.chulille.passerelle.triage.TriageTime;
import fr.chulille.passerelle.triage.TriageTimes;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.chulille.passerelle.eligibility.AdviceKind;
import fr.chulille.passerelle.eligibility.EligibilityEngine;
import fr.chulille.passerelle.eligibility.PreCheckResult;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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

    private final ReferralRecords referrals;
    private final ReferralNoteRepository notes;
    private final AuditEntryRepository audit;
    private final MailDeliveries mails;
    private final Enrolments enrolments;
    private final Recruitment recruitment;
    private final Messages messages;
    private final Clock clock;
    private final SecurityContextHolderStrategy securityContext;
    private final RetentionPolicy retention;
    private final ReferralErasure erasure;
    private final TriageTimes triageTimes;
    private final ApplicationEventPublisher events;
    private final ReferrerMessages referrerMessages;

    InboxService(ReferralRecords referrals, ReferralNoteRepository notes, AuditEntryRepository audit,
                 MailDeliveries mails, Enrolments enrolments, Recruitment recruitment, TranslationProvider translations,
                 Clock clock, SecurityContextHolderStrategy securityContext, RetentionPolicy retention, ReferralErasure erasure,
                 TriageTimes triageTimes, ApplicationEventPublisher events, ReferrerMessages referrerMessages) {
        this.events = events;
        this.referrerMessages = referrerMessages;
        this.referrals = referrals;
        this.notes = notes;
        this.audit = audit;
        this.mails = mails;
        this.enrolments = enrolments;
        this.recruitment = recruitment;
        this.messages = translations.messages();
        this.clock = clock;
        this.securityContext = securityContext;
        this.retention = retention;
        this.erasure = erasure;
        this.triageTimes = triageTimes;
    }

    @Transactional(readOnly = true)
    public List<ReferralRow> list(InboxFilter filter, int page, int pageSize) {
        return rows(referrals.page(filter.toQuery(), page, pageSize));
    }

    @Transactional(readOnly = true)
    public long count(InboxFilter filter) {
        return referrals.count(filter.toQuery());
    }

    /** Opening a referral marks it read and is recorded in its audit trail. */
    public ReferralDetails open(UUID referralId) {
        find(referralId);
        referrals.markSeen(referralId, clock.instant());
        record(referralId, AuditEntry.Action.VIEW, null);
        return details(referralId);
    }

    public ReferralDetails changeStatus(UUID referralId, ReferralStatus status, String reason) {
        return changeStatus(referralId, status, reason, null, true);
    }

    /** The same with the closing category, the referrer told. */
    public ReferralDetails changeStatus(UUID referralId, ReferralStatus status, String reason, Closing closing) {
        return changeStatus(referralId, status, reason, closing, true);
    }

    /** The same without a closing category. */
    public ReferralDetails changeStatus(UUID referralId, ReferralStatus status, String reason, boolean tellReferrer) {
        return changeStatus(referralId, status, reason, null, tellReferrer);
    }

    /**
     * Changes the status; a closing status takes its category (the view always asks for it; null is kept
     * for callers that cannot) and, for "criteria not met", the failed criteria. When the status moved and
     * {@code tellReferrer} is ticked, the referrer gets a status mail (published with the change:
     * {@link ReferralStatusChanged}). The audit line names the category, the criteria and the choice.
     */
    public ReferralDetails changeStatus(UUID referralId, ReferralStatus status, String reason, Closing closing,
                                        boolean tellReferrer) {
        held(referralId);
        String cleanReason = reason == null ? null : reason.strip();
        if (cleanReason != null && (cleanReason.length() > MAX_REASON_LENGTH || !FreeText.isValidLines(cleanReason))) {
            throw new IllegalArgumentException("Reason too long or with control characters");
        }
        Instant at = clock.instant();
        ReferralStatus before = referrals.changeStatus(referralId, status, cleanReason, closing, at);
        boolean moved = before != status;
        record(referralId, AuditEntry.Action.STATUS_CHANGE, before + " → " + status
                + (closing == null ? "" : " [" + closing.category()
                        + (closing.failedCriteria().isEmpty() ? "" : ": " + Closing.listed(closing.failedCriteria())) + "]")
                + (status.needsReason() ? " (" + cleanReason + ")" : "")
                + (moved ? (tellReferrer ? "; referrer told" : "; referrer not told") : ""));
        if (moved) {
            events.publishEvent(new ReferralStatusChanged(UUID.randomUUID(), referralId, before, status, at, tellReferrer));
        }
        return details(referralId);
    }

    public ReferralDetails addNote(UUID referralId, String text) {
        held(referralId);
        String note = text == null ? "" : text.strip();
        if (note.isEmpty() || note.length() > MAX_NOTE_LENGTH || !FreeText.isValidLines(note)) {
            throw new IllegalArgumentException("A note holds 1 to " + MAX_NOTE_LENGTH + " characters, without control characters");
        }
        notes.save(new ReferralNote(referralId, currentUser(), clock.instant(), note));
        record(referralId, AuditEntry.Action.NOTE, null);
        return details(referralId);
    }

    /**
     * The messages exchanged with the referrer, oldest first, the referrer's new replies marked unread as
     * they were before this call; reading them marks them read (audited).
     */
    public List<ThreadMessage> readThread(UUID referralId) {
        List<ThreadMessage> thread = referrerMessages.thread(referralId);
        int read = referrerMessages.markRepliesRead(referralId);
        if (read > 0) {
            record(referralId, AuditEntry.Action.REPLY_READ, read + " new");
        }
        return thread;
    }

    /** Staff's message to the referrer: saved, audited, and announced to the referrer by a mail without its text. */
    public ReferralDetails writeToReferrer(UUID referralId, String text) {
        held(referralId);
        if (!ReferrerMessages.isValid(text)) {
            throw new IllegalArgumentException("A message holds 1 to " + ReferrerMessages.MAX_LENGTH
                    + " characters, without control characters");
        }
        referrerMessages.writeToReferrer(referralId, currentUser(), text);
        record(referralId, AuditEntry.Action.MESSAGE_TO_REFERRER, text.strip().length() + " characters");
        return details(referralId);
    }

    /** The filtered list as CSV (newest first), in the staff member's language; the export is audited. */
    public String exportCsv(InboxFilter filter, Locale locale) {
        List<ReferralRow> rows = rows(referrals.all(filter.toQuery()));
        record(null, AuditEntry.Action.EXPORT, rows.size() + " rows; filter " + filter);
        List<String> header = List.of("reference", "submitted-at", "referrer", "hospital", "department", "email",
                "phone", "advice", "status", "status-changed-at").stream()
                .map(column -> messages.format("inbox.csv." + column, locale)).toList();
        // java.util.Arrays.asList: an erased referral's referrer columns are null (empty cells)
        return CsvExport.write(header, rows, row -> java.util.Arrays.asList(row.reference(), row.submittedAt().toString(),
                row.referrerName(), row.hospital(), row.department(), row.referrerEmail(), row.referrerPhone(),
                messages.format(adviceKey(row.advice()), locale),
                messages.format(row.status().messageKey(), locale), row.statusChangedAt().toString()));
    }

    /** When the retention purge will erase this referral, as things stand (a status change moves it). */
    @Transactional(readOnly = true)
    public Instant purgeOn(ReferralRecord referral) {
        return retention.purgeOn(referral.status(), referral.statusChangedAt());
    }

    /** Whether the logged-in staff member may erase referrals and produce the access report (the investigator). */
    @Transactional(readOnly = true)
    public boolean isInvestigator() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + StaffRole.INVESTIGATOR_ROLE));
    }

    /**
     * Erases a referral on a person's request, as the retention purge does (see {@link ReferralErasure}),
     * and records who did it. Only the principal investigator may.
     */
    @RolesAllowed(StaffRole.INVESTIGATOR_ROLE)
    public ReferralDetails eraseOnRequest(UUID referralId) {
        // not loaded first: the entity read afterwards must be the erased row, not a copy held by this transaction
        if (!referrals.exists(referralId)) {
            throw new NoSuchElementException("No referral " + referralId);
        }
        boolean erased = erasure.erase(referralId, RetentionCategory.ON_REQUEST, clock.instant());
        record(referralId, AuditEntry.Action.ERASURE, erased ? "on request" : "on request (already erased)");
        return details(referralId);
    }

    /** Everything held about a referral as one tree (the printable page); the export is audited. */
    public Map<String, Object> subjectAccess(UUID referralId) {
        return subjectAccess(referralId, "printable page");
    }

    /** Everything held about a referral as one JSON file; the export is audited. */
    public String subjectAccessJson(UUID referralId) {
        return SubjectAccessExport.toJson(subjectAccess(referralId, "JSON file"));
    }

    private Map<String, Object> subjectAccess(UUID referralId, String form) {
        ReferralRecord referral = find(referralId);
        record(referralId, AuditEntry.Action.ACCESS_EXPORT, form);
        return SubjectAccessExport.of(referral, referrals.submitted(referralId), purgeOn(referral),
                new SubjectAccessExport.Mails(mails.statusOf(referralId), mails.laterMailsOf(referralId)),
                notes.findByReferralIdOrderByWrittenAtAsc(referralId).stream().map(ReferralNote::view).toList(),
                referrerMessages.thread(referralId),
                audit.findByReferralIdOrderByAtAsc(referralId).stream().map(AuditEntry::line).toList(),
                currentUser(), clock.instant());
    }

    /**
     * For the DPO: who viewed or exported which referral, from {@code from} to {@code to} inclusive (French
     * dates), oldest first, as CSV. Producing it is audited; only the principal investigator may.
     */
    @RolesAllowed(StaffRole.INVESTIGATOR_ROLE)
    public String accessReportCsv(LocalDate from, LocalDate to, Locale locale) {
        ZoneId zone = ZoneId.of(Messages.TRIAL_TIME_ZONE);
        List<AuditEntry> entries = audit.findByActionInAndAtGreaterThanEqualAndAtLessThanOrderByAtAsc(
                List.of(AuditEntry.Action.VIEW, AuditEntry.Action.EXPORT, AuditEntry.Action.ACCESS_EXPORT,
                        AuditEntry.Action.ERASURE),
                from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
        Map<UUID, String> references = referrals.references(entries.stream().map(AuditEntry::referralId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        record(null, AuditEntry.Action.ACCESS_REPORT, from + " – " + to + ": " + entries.size() + " rows");
        List<String> header = List.of("at", "actor", "action", "reference", "detail").stream()
                .map(column -> messages.format("privacy.access-report.csv." + column, locale)).toList();
        return CsvExport.write(header, entries, entry -> {
            AuditEntry.AuditLine line = entry.line();
            String reference = entry.referralId() == null ? messages.format("privacy.access-report.all-referrals", locale)
                    : references.getOrDefault(entry.referralId(), entry.referralId().toString());
            return List.of(line.at().toString(), line.actor(), messages.format(line.action().messageKey(), locale),
                    reference, line.detail() == null ? "" : line.detail());
        });
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
    public Optional<PreCheckResult> currentPreCheck(ReferralDetails details) {
        int submissionYear = details.referral().submittedAt().atZone(ZoneId.of(Messages.TRIAL_TIME_ZONE)).getYear();
        return details.submitted().facts().map(facts -> EligibilityEngine.evaluate(facts, submissionYear));
    }

    /** The referrals marked enrolled, for staff only: the public pages show the recruitment state instead. */
    @Transactional(readOnly = true)
    public Places places() {
        return new Places(enrolments.enrolled(), enrolments.target());
    }

    public record Places(int enrolled, int target) {
    }

    /** The triage time of the last 90 days (anonymous counts; see {@link TriageTime}). */
    @Transactional(readOnly = true)
    public TriageTime triageTime() {
        return triageTimes.lastNinetyDays();
    }

    @Transactional(readOnly = true)
    public RecruitmentNotice recruitment() {
        return recruitment.current();
    }

    @Transactional(readOnly = true)
    public List<RecruitmentNotice> recruitmentHistory() {
        return recruitment.history();
    }

    /** Sets the recruitment state that the public pages show; audited (see {@code RecruitmentAudit}). */
    public RecruitmentNotice setRecruitment(RecruitmentState state, Integer placesLeft) {
        return recruitment.set(state, placesLeft);
    }

    private List<ReferralRow> rows(List<ReferralRecord> found) {
        Map<UUID, List<MailStatus>> mailStates = mails.statusOf(found.stream().map(ReferralRecord::id).toList());
        return found.stream().map(r -> new ReferralRow(r.id(), r.reference(), r.submittedAt(),
                r.referrer().name(), r.referrer().hospital(), r.referrer().department(),
                r.referrer().email(), r.referrer().phone(), r.advice(), r.status(),
                r.statusChangedAt(), r.unread(), mailStates.get(r.id()),
                retention.purgeOn(r.status(), r.statusChangedAt()), r.erased())).toList();
    }

    private ReferralDetails details(UUID id) {
        return new ReferralDetails(find(id), referrals.submitted(id), mails.statusOf(id),
                notes.findByReferralIdOrderByWrittenAtAsc(id).stream().map(ReferralNote::view).toList(),
                audit.findByReferralIdOrderByAtAsc(id).stream().map(AuditEntry::line).toList());
    }

    private ReferralRecord find(UUID referralId) {
        return referrals.find(referralId).orElseThrow(() -> new NoSuchElementException("No referral " + referralId));
    }

    /** A referral that staff may still work on: not erased. */
    private ReferralRecord held(UUID referralId) {
        ReferralRecord referral = find(referralId);
        if (referral.erased()) {
            throw new IllegalStateException("Referral " + referral.reference() + " was erased");
        }
        return referral;
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
