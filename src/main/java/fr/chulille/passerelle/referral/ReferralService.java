package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.recruitment.Recruitment;
import fr.chulille.passerelle.recruitment.RecruitmentNotice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.Locale;

/** The referral form's one service: the live pre-check, and storing a referral. */
@Service
@Transactional
public class ReferralService {

    /** The trial's site is in Lille: the year of a referral is the French year. */
    static final ZoneId TRIAL_ZONE = ZoneId.of("Europe/Paris");

    private final Recruitment recruitment;
    private final ReferrerFollowUp followUp;
    private final PreChecks preChecks;
    private final SubmitAdmission admission;
    private final ReferralStorage storage;
    private final Clock clock = Clock.system(TRIAL_ZONE);

    ReferralService(Recruitment recruitment, ReferrerFollowUp followUp, PreChecks preChecks,
                    SubmitAdmission admission, ReferralStorage storage) {
        this.followUp = followUp;
        this.preChecks = preChecks;
        this.recruitment = recruitment;
        this.admission = admission;
        this.storage = storage;
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
     * publishes {@link ReferralSubmitted} in the same transaction ({@link ReferralStorage}). Idempotent per
     * submission token. At most {@code passerelle.referral.concurrent-submits} are stored at once; the others
     * wait their turn in arrival order before their transaction starts ({@link SubmitAdmission}, issue 17).
     * Joins the caller's transaction if there is one (then the caller holds a connection while it waits).
     *
     * @throws InvalidReferralException if identity, attestation or a clinical value is invalid
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public SubmittedReferral submit(ReferralSubmission submission) {
        return admission.admit(() -> storage.store(submission, referenceYear()));
    }

    /**
     * A new private link to the referral's status page, relative to the portal ({@code status/<token>?lang=fr}),
     * for the confirmation page: only the token's hash is stored, so each call issues a new one.
     */
    public String statusLink(java.util.UUID referralId, Locale locale) {
        return ReferrerFollowUp.STATUS_PATH + "/" + followUp.issueLink(referralId) + "?lang=" + locale.getLanguage();
    }
}
