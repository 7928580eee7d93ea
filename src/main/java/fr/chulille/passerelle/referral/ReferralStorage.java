package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.AnswerSource;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.GroupedAttestation;
import fr.chulille.passerelle.eligibility.PreCheckResult;
import fr.chulille.passerelle.eligibility.ValidationResult;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores one submitted referral, in one transaction: the referral, its {@link ReferralSubmitted} event
 * publications and its reference number commit together or not at all. Called by
 * {@link ReferralService#submit} once {@link SubmitAdmission} lets the submit in.
 */
@Component
@Transactional
class ReferralStorage {

    private final ReferralRepository referrals;
    private final ReferenceNumbers referenceNumbers;
    private final JsonMapper json;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final PreChecks preChecks;
    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.system(ReferralService.TRIAL_ZONE);

    ReferralStorage(ReferralRepository referrals, ReferenceNumbers referenceNumbers, JsonMapper json, Validator validator,
                    ApplicationEventPublisher events, EntityManager entityManager, PreChecks preChecks, JdbcTemplate jdbc) {
        this.referrals = referrals;
        this.referenceNumbers = referenceNumbers;
        this.json = json;
        this.validator = validator;
        this.events = events;
        this.entityManager = entityManager;
        this.preChecks = preChecks;
        this.jdbc = jdbc;
    }

    /**
     * Stores the referral with snapshots of its facts and pre-check, whatever the advice, and publishes
     * {@link ReferralSubmitted} in the same transaction. Idempotent per submission token. The facts are validated
     * once and evaluated once; the stored pre-check comes back with the referral.
     * <p>
     * Under load (issue 17): the reference number locks the counter row until the commit, so it comes last.
     * Everything else is written first — the event publications, the referral and its failed criteria, under a
     * provisional reference — then one statement takes the number and writes the reference into the referral
     * ({@link ReferenceNumbers#number}), then the commit: submits queue on that row for one statement and the
     * commit. (Doing the first steps outside the transaction held the connection of the token look-up while the
     * commit's listeners asked for another: with 50 submits at once on a pool of 10, they waited for each other
     * until the pool's time-out.)
     *
     * @throws InvalidReferralException if identity, attestation or a clinical value is invalid
     */
    SubmittedReferral store(ReferralSubmission submission, int year) {
        Optional<Stored> already = alreadyStored(submission.submissionToken());
        if (already.isPresent()) {
            return new SubmittedReferral(already.get().id(), already.get().reference(), preChecks.result(
                    submission.facts(), preChecks.validate(submission.facts(), year), year));
        }
        ValidationResult validation = rejectIfInvalid(submission, year);
        ClinicalFacts facts = submission.facts();
        PreCheckResult preCheck = preChecks.result(facts, validation, year);
        String factsJson = json.writeValueAsString(new ClinicalSnapshot(facts, submission.labSampleDates(),
                submission.answerSources() == null ? Map.of() : submission.answerSources()));
        String preCheckJson = json.writeValueAsString(PreCheckSnapshot.of(preCheck));
        UUID id = UUID.randomUUID();
        events.publishEvent(new ReferralSubmitted(id));
        Referral referral = new Referral(id, ReferenceNumbers.provisional(id), submission.submissionToken(),
                clock.instant(), submission.language(), submission.referrer().toEmbeddable(),
                new PatientIdentity(submission.patientInitials().strip().toUpperCase(Locale.ROOT), facts.birthYear(),
                        facts.sex() == null ? null : facts.sex().name()),
                blankToNull(submission.comment()), factsJson, preCheckJson,
                preCheck.criteriaVersion(), preCheck.advice().kind().name());
        referrals.save(referral); // a persist: the version tells it is new, no SELECT first
        entityManager.flush(); // the publications, the referral and its criteria, before the counter row is locked
        // the stored row gets its number below, behind Hibernate's back: the entity with the provisional one must not
        // be used again in this transaction (a later find reads the row)
        entityManager.detach(referral);
        String reference = referenceNumbers.number(id, Year.of(year));
        return new SubmittedReferral(id, reference, preCheck);
    }

    /**
     * The referral already stored for this submission token (the same form sent twice), by one JDBC statement on the
     * transaction's connection: its id and reference are all a repeated submit returns. Through the repository this
     * was a tenth of a submit's CPU under load (Spring Data's query, Hibernate's query plan and a timer per call: issue
     * 17, docs/performance.md). Nothing of this transaction is waiting to be flushed yet: it is the first statement.
     */
    private Optional<Stored> alreadyStored(UUID submissionToken) {
        if (submissionToken == null) {
            return Optional.empty();
        }
        return jdbc.query("SELECT id, reference FROM referral WHERE submission_token = ?",
                (row, n) -> new Stored(row.getObject(1, UUID.class), row.getString(2)), submissionToken)
                .stream().findFirst();
    }

    /** @return the facts' validation (done once here, reused by the pre-check stored with the referral) */
    private ValidationResult rejectIfInvalid(ReferralSubmission submission, int year) {
        List<String> problems = new ArrayList<>();
        ValidationResult validation = null;
        for (ConstraintViolation<ReferralSubmission> violation : validator.validate(submission)) {
            problems.add(violation.getPropertyPath() + " " + violation.getMessage());
        }
        if (submission.facts() != null) {
            validation = preChecks.validate(submission.facts(), year);
            validation.problems().forEach(problem -> problems.add(problem.field().fieldName() + " " + problem.message().key()));
        }
        if (submission.answerSources() != null && submission.facts() != null) {
            submission.answerSources().forEach((field, source) -> {
                Optional<Fact> fact = GroupedAttestation.facts().stream().filter(f -> f.fieldName().equals(field)).findFirst();
                if (fact.isEmpty() || source == null || fact.get().valueIn(submission.facts()) == null) {
                    problems.add(field + " answer source without an answer of the grouped attestation");
                } else if (source == AnswerSource.ATTESTED_IN_GROUP
                        && fact.get().valueIn(submission.facts()) != GroupedAttestation.attestedAnswer(fact.get())) {
                    problems.add(field + " attested with the group but answered otherwise");
                }
            });
        }
        if (submission.labSampleDates() != null) {
            LocalDate today = LocalDate.now(clock);
            submission.labSampleDates().forEach((lab, date) -> {
                if (date != null && date.isAfter(today)) {
                    problems.add(lab + " sample date in the future");
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidReferralException(problems);
        }
        return validation;
    }

    private record Stored(UUID id, String reference) {
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
