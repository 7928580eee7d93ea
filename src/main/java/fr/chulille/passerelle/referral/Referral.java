package fr.chulille.passerelle.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A stored referral. The patient is identified by initials and birth year only; the clinical
 * facts and the pre-check are kept as submitted (JSON snapshots) with the criteria version.
 * Only this package uses it: other features read {@link ReferralRecord}s through {@link ReferralRecords}
 * (ArchitectureTest keeps it so). The class stays public for the tests of other features' fixtures.
 */
@Entity
public class Referral {

    static final int JSON_SNAPSHOT_LENGTH = 1_000_000;

    @Id
    private UUID id;
    private String reference;
    private UUID submissionToken;
    private Instant submittedAt;
    private String formLanguage;
    @Embedded
    private Referrer referrer;
    @Embedded
    private PatientIdentity patient;
    private boolean consentAttested;
    @Column(name = "comment_text")
    private String comment;
    /** Plain VARCHAR(1000000) on every database: no @Lob, which PostgreSQL would store as a large object (oid). */
    @Column(length = JSON_SNAPSHOT_LENGTH)
    private String clinicalFactsJson;
    @Column(length = JSON_SNAPSHOT_LENGTH)
    private String precheckJson;
    private String criteriaVersion;
    private String advice;
    @Enumerated(EnumType.STRING)
    private ReferralStatus status;
    private String statusReason;
    private Instant statusChangedAt;
    /** Why it was closed (issue 15): null while open, and for referrals closed before the category was asked. */
    @Enumerated(EnumType.STRING)
    private ClosingCategory closingCategory;
    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "referral_failed_criterion", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "criterion_id")
    private Set<String> failedCriteria = new TreeSet<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "referral_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<StatusChangeEntry> statusHistory = new ArrayList<>();
    private Instant firstSeenAt;
    /** When the retention purge or a person's request erased it (see the privacy package); null while held. */
    private Instant erasedAt;
    private String erasureCategory;
    /** Null until first stored: Spring Data then persists a new referral without first reading it back (a merge would). */
    @Version
    private Long version;

    protected Referral() {
    }

    Referral(String reference, UUID submissionToken, Instant submittedAt, String formLanguage, Referrer referrer,
             PatientIdentity patient, String comment, String clinicalFactsJson, String precheckJson,
             String criteriaVersion, String advice) {
        this(UUID.randomUUID(), reference, submissionToken, submittedAt, formLanguage, referrer, patient, comment,
                clinicalFactsJson, precheckJson, criteriaVersion, advice);
    }

    /** With its id chosen beforehand (its event publications are written first). */
    Referral(UUID id, String reference, UUID submissionToken, Instant submittedAt, String formLanguage, Referrer referrer,
             PatientIdentity patient, String comment, String clinicalFactsJson, String precheckJson,
             String criteriaVersion, String advice) {
        this.id = Objects.requireNonNull(id);
        this.reference = Objects.requireNonNull(reference);
        this.submissionToken = Objects.requireNonNull(submissionToken);
        this.submittedAt = Objects.requireNonNull(submittedAt);
        this.formLanguage = Objects.requireNonNull(formLanguage);
        this.referrer = Objects.requireNonNull(referrer);
        this.patient = Objects.requireNonNull(patient);
        this.consentAttested = true;
        this.comment = comment;
        this.clinicalFactsJson = Objects.requireNonNull(clinicalFactsJson);
        this.precheckJson = Objects.requireNonNull(precheckJson);
        this.criteriaVersion = Objects.requireNonNull(criteriaVersion);
        this.advice = Objects.requireNonNull(advice);
        this.status = ReferralStatus.NEW;
        this.statusChangedAt = submittedAt;
        this.statusHistory.add(new StatusChangeEntry(null, ReferralStatus.NEW, submittedAt));
    }

    /** Moves the referral along the workflow; closing statuses need a reason. Other features: {@link ReferralRecords}. */
    void changeStatus(ReferralStatus newStatus, String reason, Instant at) {
        changeStatus(newStatus, reason, null, at);
    }

    /**
     * Moves the referral along the workflow; closing statuses need a reason, and take a category of their
     * own (null only where the caller cannot ask for one); an open status takes none.
     */
    void changeStatus(ReferralStatus newStatus, String reason, Closing closing, Instant at) {
        if (newStatus.needsReason() && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("A reason is required for " + newStatus);
        }
        if (closing != null) {
            closing.checkFits(newStatus);
        }
        this.closingCategory = closing == null ? null : closing.category();
        this.failedCriteria.clear();
        if (closing != null) {
            this.failedCriteria.addAll(closing.failedCriteria());
        }
        if (newStatus != status) {
            statusHistory.add(new StatusChangeEntry(status, newStatus, at));
        }
        this.status = newStatus;
        this.statusReason = newStatus.needsReason() ? reason.strip() : null;
        this.statusChangedAt = at;
    }

    /** Its submission, then each change of status, oldest first. */
    public List<StatusChange> statusHistory() {
        return statusHistory.stream().map(StatusChangeEntry::toRecord).toList();
    }

    void markSeen(Instant at) {
        if (firstSeenAt == null) {
            firstSeenAt = at;
        }
    }

    public UUID getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public UUID getSubmissionToken() {
        return submissionToken;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getFormLanguage() {
        return formLanguage;
    }

    /** After erasure every field is null (never a null referrer). */
    public Referrer getReferrer() {
        return referrer != null ? referrer : new Referrer(null, null, null, null, null, null);
    }

    /** After erasure every field is null (never a null patient). */
    public PatientIdentity getPatient() {
        return patient != null ? patient : new PatientIdentity(null, null, null);
    }

    public boolean isConsentAttested() {
        return consentAttested;
    }

    public String getComment() {
        return comment;
    }

    public String getClinicalFactsJson() {
        return clinicalFactsJson;
    }

    public String getPrecheckJson() {
        return precheckJson;
    }

    public String getCriteriaVersion() {
        return criteriaVersion;
    }

    public String getAdvice() {
        return advice;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    /**
     * Why it was closed, from the short list (never the free reason): what the referrer may be told.
     * Empty while open, and for a referral closed before categories were asked.
     */
    public Optional<ClosingCategory> closingCategory() {
        return Optional.ofNullable(closingCategory);
    }

    /** For "criteria not met": the ids of the criteria that failed, in id order; empty otherwise. */
    public Set<String> failedCriteria() {
        return Set.copyOf(failedCriteria);
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    /** Why it was erased: CLOSED, ENROLLED, UNDECIDED (retention) or ON_REQUEST; null while held. */
    public String getErasureCategory() {
        return erasureCategory;
    }

    public boolean isUnread() {
        return firstSeenAt == null;
    }
}
