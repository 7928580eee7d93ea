package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.TrialCriteria;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Year;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@RecordApplicationEvents
class ReferralServiceTest {

    @Autowired
    ReferralService service;
    @Autowired
    ReferralRepository referrals;
    @Autowired
    ApplicationEvents events;

    @Test
    void storesTheReferralWithSnapshotsVersionAndAdviceWhateverTheAdvice() {
        SubmittedReferral submitted = service.submit(Submissions.valid());

        Referral stored = referrals.findById(submitted.id()).orElseThrow();
        assertThat(stored.getReference()).isEqualTo(submitted.reference());
        assertThat(stored.getCriteriaVersion()).isEqualTo(TrialCriteria.VERSION);
        assertThat(stored.getAdvice()).isEqualTo("PROBABLY_NOT_ELIGIBLE");
        assertThat(stored.getClinicalFactsJson()).contains("\"platelets\":{\"value\":20,\"unit\":\"GIGA_PER_LITRE\"}")
                .contains("\"labSampleDates\"");
        assertThat(stored.getPrecheckJson()).contains("\"criteriaVersion\":\"" + TrialCriteria.VERSION + "\"")
                .contains("\"id\":\"INC-09\"").contains("\"outcome\":\"NOT_MET\"");
        assertThat(stored.getPatient().initials()).isEqualTo("JD");
        assertThat(stored.getPatient().sex()).isEqualTo("MALE");
        assertThat(stored.getReferrer().rpps()).isEqualTo("10003456789");
        assertThat(stored.getStatus()).isEqualTo(ReferralStatus.NEW);
        assertThat(stored.isConsentAttested()).isTrue();
    }

    @Test
    void theReferenceIsPasYearAndFourDigitsAndEachReferralGetsItsOwn() {
        int year = Year.now(ZoneId.of("Europe/Paris")).getValue();

        String first = service.submit(Submissions.valid()).reference();
        String second = service.submit(Submissions.valid()).reference();

        assertThat(first).matches("PAS-" + year + "-\\d{4}");
        assertThat(second).matches("PAS-" + year + "-\\d{4}").isNotEqualTo(first);
    }

    @Test
    void aSecondSubmitWithTheSameTokenReturnsTheSameReferralAndPublishesOnce() {
        ReferralSubmission submission = Submissions.valid();
        long before = referrals.count();

        SubmittedReferral first = service.submit(submission);
        SubmittedReferral again = service.submit(submission);

        assertThat(again).isEqualTo(first);
        assertThat(referrals.count()).isEqualTo(before + 1);
        assertThat(events.stream(ReferralSubmitted.class)).containsExactly(new ReferralSubmitted(first.id()));
    }

    @Test
    void anEmptyPreCheckIsStillSubmitted() {
        SubmittedReferral submitted = service.submit(Submissions.with(ClinicalFacts.empty()));

        assertThat(referrals.findById(submitted.id()).orElseThrow().getAdvice()).isEqualTo("NO_ADVICE_YET");
    }

    @Test
    void withoutTheAttestationNothingIsStoredOrPublished() {
        long before = referrals.count();

        assertThatThrownBy(() -> service.submit(Submissions.withoutAttestation()))
                .isInstanceOf(InvalidReferralException.class).hasMessageContaining("consentAttested");

        assertThat(referrals.count()).isEqualTo(before);
        assertThat(events.stream(ReferralSubmitted.class)).isEmpty();
    }

    @Test
    void anImpossibleValueIsRefused() {
        ReferralSubmission impossible = Submissions.with(ClinicalFacts.builder().ecog(7).build());

        assertThatThrownBy(() -> service.submit(impossible))
                .isInstanceOf(InvalidReferralException.class).hasMessageContaining("ecog");
    }
}
