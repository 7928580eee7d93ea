package fr.chulille.passerelle.referral;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StatusHistoryTest {

    static final Instant SENT = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void aReferralRemembersItsSubmissionAndEachChangeOfStatusInOrder() {
        Referral referral = TestReferrals.referral("Dr Anne Vidal", "anne.vidal@hopital.example", "fr");
        referral.changeStatus(ReferralStatus.IN_REVIEW, null, SENT.plusSeconds(3600));
        referral.changeStatus(ReferralStatus.IN_REVIEW, null, SENT.plusSeconds(7200));
        referral.changeStatus(ReferralStatus.NOT_ELIGIBLE, "CD19 négatif", SENT.plusSeconds(86_400));

        assertThat(referral.statusHistory()).extracting(StatusChange::from, StatusChange::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, ReferralStatus.NEW),
                org.assertj.core.groups.Tuple.tuple(ReferralStatus.NEW, ReferralStatus.IN_REVIEW),
                org.assertj.core.groups.Tuple.tuple(ReferralStatus.IN_REVIEW, ReferralStatus.NOT_ELIGIBLE));
        assertThat(referral.statusHistory().getFirst().isSubmission()).isTrue();
        assertThat(referral.statusHistory().getLast().at()).isEqualTo(SENT.plusSeconds(86_400));
    }
}
