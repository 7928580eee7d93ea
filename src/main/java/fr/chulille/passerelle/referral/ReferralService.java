package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.AnswerSource;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.GroupedAttestation;
import fr.chulille.passerelle.eligibility.ValidationResult;
import fr.chulille.passerelle.recruitment.Recruitment;
import fr.chulille.passerelle.recruitment.RecruitmentNotice;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The referral form's one service: the live pre-check, and storing a referral. */
@Service
@Transactional
public class ReferralService {

    /** The trial's site is in Lille: the year of a referral is the French year. */
    static final ZoneId TRIAL_ZONE = ZoneId.of("Europe/Paris");

    private final ReferralRepository referrals;
    private final ReferenceNumbers referenceNumbers;
    private final JsonMapper json;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Recruitment recruitment;
    private final ReferrerFollowUp followUp;
    private final EntityManager entityManager;
    private final PreChecks preChecks;
    private final Clock clock = Clock.system(TRIAL_ZONE);

    ReferralService(ReferralRepository referrals, ReferenceNumbers referenceNumbers, JsonMapper json,
                    Validator validator, ApplicationEventPublisher events, Recruitment recruitment,
                    ReferrerFollowUp followUp, PreChecks preChecks, EntityManager entityManager) {
        this.followUp = followUp;
        this.preChecks = preChecks;
        this.entityManager = entityManager;
        this.referrals = referrals;
        this.referenceNumbers = referenceNumbers;
        this.json = json;
        this.validator = validator;
        this.events = events;
        this.recruitment = recruitment;
    }

    /** The recruitment state: when staff paused or closed it, the form says so (and still sends). */
    @Transactional(readOnly = true)
    public RecruitmentNotice recruitment() {
        return recruitment.current();
    }

    /** Pure computation, called on every change of the form: no database, so no transaction. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PreCheck preCheck(ClinicalFacts facts) {
        return preChecks.preCheck(facts, referenceYear());
    }

    public int referenceYear() {
        return Year.now(clock).getValue();
    }

    /**
     * Stores the referral with snapshots of its facts and pre-check, whatever the advice, and
     * publishes {@link ReferralSubmitted} in the same transaction. Idempotent per submission token. The facts
     * are validated once and evaluated once; the stored pre-check comes back with the referral.
     * <p>
     * Under load (issue 17): the reference number locks the counter row until the commit, so it comes last,
     * after the pre-check, both JSON snapshots and the event publications are written: submits queue on that
     * row only for the referral's insert and the commit. (Doing the first steps outside the transaction held
     * the connection of the token look-up while the commit's listeners asked for another: with 50 submits at
     * once on a pool of 10, they waited for each other until the pool's time-out.)
     *
     * @throws InvalidReferralException if identity, attestation or a clinical value is invalid
     */
    public SubmittedReferral submit(ReferralSubmission submission) {
        Optional<Referral> already = submission.submissionToken() == null ? Optional.empty()
                : referrals.findBySubmissionToken(submission.submissionToken());
        if (already.isPresent()) {
            return new SubmittedReferral(already.get().getId(), already.get().getReference(),
                    preChecks.preCheck(submission.facts(), referenceYear()).result());
        }
        int year = referenceYear();
        ValidationResult validation = rejectIfInvalid(submission, year);
        ClinicalFacts facts = submission.facts();
        PreCheck preCheck = preChecks.preCheck(facts, validation, year);
        String factsJson = json.writeValueAsString(new ClinicalSnapshot(facts, submission.labSampleDates(),
                submission.answerSources() == null ? Map.of() : submission.answerSources()));
        String preCheckJson = json.writeValueAsString(PreCheckSnapshot.of(preCheck.result()));
        UUID id = UUID.randomUUID();
        events.publishEvent(new ReferralSubmitted(id));
        entityManager.flush(); // the event publications, before the counter row is locked
        Referral referral = new Referral(id, referenceNumbers.next(Year.of(year)), submission.submissionToken(),
                clock.instant(), submission.language(), submission.referrer().toEmbeddable(),
                new PatientIdentity(submission.patientInitials().strip().toUpperCase(Locale.ROOT), facts.birthYear(),
                        facts.sex() == null ? null : facts.sex().name()),
                blankToNull(submission.comment()), factsJson, preCheckJson,
                preCheck.result().criteriaVersion(), preCheck.result().advice().kind().name());
        referrals.save(referral); // a persist: the version tells it is new, no SELECT first
        return new SubmittedReferral(referral.getId(), referral.getReference(), preCheck.result());
    }

    /**
     * A new private link to the referral's status page, relative to the portal ({@code status/<token>?lang=fr}),
     * for the confirmation page: only the token's hash is stored, so each call issues a new one.
     */
    public String statusLink(java.util.UUID referralId, Locale locale) {
        return ReferrerFollowUp.STATUS_PATH + "/" + followUp.issueLink(referralId) + "?lang=" + locale.getLanguage();
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
