package fr.chulille.passerelle.referral;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.UUID;

/** Stores referrals as the referral service does — saved and announced in one transaction — for tests of other features. */
public final class TestReferrals {

    /** Clinical values that must never leave the inbox: tests look for them in mails. */
    public static final String CLINICAL_MARKER = "987654";
    public static final String INITIALS = "QZ";
    public static final int BIRTH_YEAR = 1961;

    private TestReferrals() {
    }

    public static Referral referral(String referrerName, String referrerEmail, String formLanguage) {
        long number = Math.abs(UUID.randomUUID().getMostSignificantBits() % 10_000);
        return new Referral("PAS-2026-" + String.format("%04d", number), UUID.randomUUID(), Instant.now(), formLanguage,
                new Referrer(referrerName, "10101010101", "CH de Test", "Hématologie", referrerEmail, "+33 3 00 00 00 00"),
                new PatientIdentity(INITIALS, BIRTH_YEAR, "FEMALE"),
                "Comment",
                "{\"platelets\":{\"value\":" + CLINICAL_MARKER + ",\"unit\":\"PER_MICROLITRE\"}}",
                "{\"advice\":\"PROBABLY_NOT_ELIGIBLE\"}",
                "test-version", "PROBABLY_NOT_ELIGIBLE");
    }

    public static Referral submit(TransactionTemplate transactions, ReferralRepository repository,
                                  ApplicationEventPublisher events, Referral referral) {
        return transactions.execute(status -> {
            Referral saved = repository.save(referral);
            events.publishEvent(new ReferralSubmitted(saved.getId()));
            return saved;
        });
    }
}
