package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.CellCountUnit;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.EligibilityEngine;
import fr.chulille.passerelle.eligibility.Measurement;
import fr.chulille.passerelle.eligibility.PreCheckResult;
import fr.chulille.passerelle.eligibility.Sex;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Stores referrals as the referral service does — saved and announced in one transaction — for tests of other features. */
public final class TestReferrals {

    /** Clinical values that must never leave the inbox: tests look for them in mails. */
    public static final String CLINICAL_MARKER = "12345";
    /**
     * Four letters, none of them a hexadecimal digit: tests look for them in every stored cell and mail, where random
     * tokens, ids and password hashes also are, and two letters turned up in a hash or token by chance (a red CI in a
     * hundred); these cannot come from a UUID and from a base64 or bcrypt string about once in sixteen million places.
     */
    public static final String INITIALS = "QZXW";
    public static final int BIRTH_YEAR = 1961;

    /** Platelets far below 30 000/µL: the pre-check says "probably not eligible". */
    private static final ClinicalFacts FACTS = ClinicalFacts.builder()
            .birthYear(BIRTH_YEAR).sex(Sex.FEMALE)
            .platelets(Measurement.of(CLINICAL_MARKER, CellCountUnit.PER_MICROLITRE)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestReferrals() {
    }

    public static Referral referral(String referrerName, String referrerEmail, String formLanguage) {
        return referral(referrerName, referrerEmail, formLanguage, FACTS);
    }

    /** A referral of these clinical facts, with their pre-check as stored at submission. */
    public static Referral referral(String referrerName, String referrerEmail, String formLanguage, ClinicalFacts facts) {
        PreCheckResult preCheck = EligibilityEngine.evaluate(facts, 2026);
        return new Referral(uniqueReference(), UUID.randomUUID(), Instant.now(), formLanguage,
                new Referrer(referrerName, "10101010101", "CH de Test", "Hématologie", referrerEmail, "+33 3 00 00 00 00"),
                new PatientIdentity(INITIALS, BIRTH_YEAR, "FEMALE"),
                "Comment",
                JSON.writeValueAsString(new ClinicalSnapshot(facts, Map.of())),
                JSON.writeValueAsString(PreCheckSnapshot.of(preCheck)),
                preCheck.criteriaVersion(), preCheck.advice().kind().name());
    }

    /**
     * A reference the sequence never gives ("TST-" rather than "PAS-"): the tests share one database
     * with referrals sent through the service, and a random "PAS-2026-0018" could collide with one.
     */
    public static String uniqueReference() {
        return "TST-2026-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Saves and announces it in one transaction, as {@link ReferralService#submit} does. */
    public static Referral submit(TransactionTemplate transactions, StoredReferrals stored,
                                  ApplicationEventPublisher events, Referral referral) {
        return transactions.execute(status -> {
            Referral saved = stored.save(referral);
            events.publishEvent(new ReferralSubmitted(saved.getId()));
            return saved;
        });
    }

    static Referral submit(TransactionTemplate transactions, ReferralRepository repository,
                           ApplicationEventPublisher events, Referral referral) {
        return submit(transactions, new StoredReferrals(repository), events, referral);
    }

    /** For tests of other features: a referral's status moved before it is stored (the entity's method is package-private). */
    public static void changeStatus(Referral referral, ReferralStatus status, String reason, Instant at) {
        referral.changeStatus(status, reason, at);
    }

    /** The same for a closing status with its category. */
    public static void close(Referral referral, ReferralStatus status, String reason, Closing closing, Instant at) {
        referral.changeStatus(status, reason, closing, at);
    }
}
