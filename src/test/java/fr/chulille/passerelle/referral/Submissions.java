package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.CellCountUnit;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.Measurement;
import fr.chulille.passerelle.eligibility.Sex;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Submissions for the tests: a valid one and variations of it. */
final class Submissions {

    static final ReferralSubmission.ReferrerIdentity REFERRER = new ReferralSubmission.ReferrerIdentity(
            "Dr Claire Martin", "10003456789", "CH de Valenciennes", "Hématologie", "c.martin@example.org", "03 27 14 33 33");

    private Submissions() {
    }

    static ReferralSubmission valid() {
        return with(ClinicalFacts.builder().ageYears(54).sex(Sex.MALE)
                .platelets(Measurement.of("20", CellCountUnit.GIGA_PER_LITRE)).build());
    }

    static ReferralSubmission with(ClinicalFacts facts) {
        return new ReferralSubmission(UUID.randomUUID(), "fr", REFERRER, "JD", facts,
                Map.of("platelets", LocalDate.now().minusDays(2)), "Rechute post-greffe", true);
    }

    static ReferralSubmission withoutAttestation() {
        ReferralSubmission valid = valid();
        return new ReferralSubmission(valid.submissionToken(), valid.language(), valid.referrer(), valid.patientInitials(),
                valid.facts(), valid.labSampleDates(), valid.comment(), false);
    }
}
