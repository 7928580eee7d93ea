package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.Outcome;
import fr.chulille.passerelle.privacy.ReferralErasure;
import fr.chulille.passerelle.privacy.RetentionCategory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The referral record as other features read and change it: typed, decoded here from the snapshots written here. */
@SpringBootTest
class ReferralRecordsTest {

    @Autowired
    ReferralRecords records;
    @Autowired
    ReferralService service;
    @Autowired
    ReferralRepository referrals;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ReferralErasure erasure;

    @Test
    void aSubmittedReferralReadsBackWithTheFactsAndPreCheckTheReferrerSent() {
        ReferralSubmission submission = Submissions.valid();
        SubmittedReferral sent = service.submit(submission);

        ReferralRecord record = records.find(sent.id()).orElseThrow();
        assertThat(record.reference()).isEqualTo(sent.reference());
        assertThat(record.referrer().name()).isEqualTo("Dr Claire Martin");
        assertThat(record.patient().initials()).isEqualTo("JD");
        assertThat(record.status()).isEqualTo(ReferralStatus.NEW);
        assertThat(record.unread()).isTrue();
        assertThat(record.erased()).isFalse();

        SubmittedContent submitted = records.submitted(sent.id());
        assertThat(submitted.facts()).contains(submission.facts());
        assertThat(submitted.labSampleDates()).isEqualTo(submission.labSampleDates());
        PreCheck preCheck = service.preCheck(submission.facts());
        StoredPreCheck stored = submitted.preCheck().orElseThrow();
        assertThat(stored.criteriaVersion()).isEqualTo(preCheck.result().criteriaVersion());
        assertThat(stored.rows()).extracting(StoredPreCheck.Row::id, StoredPreCheck.Row::outcome, StoredPreCheck.Row::kind,
                        StoredPreCheck.Row::displayKey, StoredPreCheck.Row::reasonKey, StoredPreCheck.Row::labelKey)
                .containsExactlyElementsOf(preCheck.result().evaluations().stream().map(StoredPreCheck.Row::of)
                        .map(row -> tuple(row.id(), row.outcome(), row.kind(), row.displayKey(), row.reasonKey(), row.labelKey()))
                        .toList());
        assertThat(stored.rows()).anyMatch(row -> row.outcome() == Outcome.NOT_MET && !row.reasonArgs().isEmpty());
        assertThat(submitted.factsAsStored()).isInstanceOf(Map.class);
    }

    @Test
    void theAnswersAttestedAsAGroupAreNamedAndAnOlderSnapshotHasNone() {
        Referral old = stored("{\"facts\": {\"hivOrHtlv1History\": \"NO\", \"ecog\": 1}, \"labSampleDates\": {}}");
        Referral grouped = stored("{\"facts\": {\"hivOrHtlv1History\": \"NO\", \"otherMalignancyHistory\": \"NO\"},"
                + " \"labSampleDates\": {}, \"answerSources\": {\"hivOrHtlv1History\": \"ATTESTED_IN_GROUP\","
                + " \"otherMalignancyHistory\": \"ANSWERED\"}}");

        assertThat(records.submitted(old.getId()).facts()).hasValueSatisfying(facts ->
                assertThat(facts.hivOrHtlv1History()).isEqualTo(fr.chulille.passerelle.eligibility.Answer.NO));
        assertThat(records.submitted(old.getId()).attestedInGroup()).isEmpty();
        assertThat(records.submitted(grouped.getId()).attestedInGroup())
                .containsExactly(fr.chulille.passerelle.eligibility.Fact.HIV_OR_HTLV1_HISTORY);
    }

    private Referral stored(String clinicalSnapshot) {
        Referral template = TestReferrals.referral("Dr Snapshot", "snapshot@hopital.example", "fr");
        return TestReferrals.submit(transactions, referrals, events, new Referral(TestReferrals.uniqueReference(),
                UUID.randomUUID(), Instant.now(), "fr", template.getReferrer(), template.getPatient(), null, clinicalSnapshot,
                template.getPrecheckJson(), template.getCriteriaVersion(), template.getAdvice()));
    }

    @Test
    void aSnapshotThatNoLongerDecodesIsGivenAsStoredInsteadOfBeingGuessed() {
        Referral referral = TestReferrals.referral("Dr Legacy", "legacy@hopital.example", "fr");
        Referral broken = new Referral(TestReferrals.uniqueReference(), UUID.randomUUID(), Instant.now(), "fr",
                referral.getReferrer(), referral.getPatient(), null, "not json {", "{\"criteria\":[{\"id\":\"I1\",\"kind\":\"SOMETHING\"}]}",
                "old", "POSSIBLY_ELIGIBLE");
        TestReferrals.submit(transactions, referrals, events, broken);

        SubmittedContent submitted = records.submitted(broken.getId());

        assertThat(submitted.facts()).isEmpty();
        assertThat(submitted.factsAsStored()).isEqualTo("not json {");
        assertThat(submitted.preCheck()).isEmpty();
        assertThat(submitted.preCheckAsStored()).isInstanceOf(Map.class);
    }

    @Test
    void theWorkflowMovesThroughTheRecordsAndStopsAtErasure() {
        Referral referral = TestReferrals.submit(transactions, referrals, events,
                TestReferrals.referral("Dr Workflow", "workflow@hopital.example", "en"));
        Instant at = Instant.parse("2026-05-04T10:00:00Z");

        records.markSeen(referral.getId(), at);
        assertThat(records.changeStatus(referral.getId(), ReferralStatus.IN_REVIEW, null, at)).isEqualTo(ReferralStatus.NEW);
        assertThatThrownBy(() -> records.changeStatus(referral.getId(), ReferralStatus.DECLINED, " ", at))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(records.changeStatus(referral.getId(), ReferralStatus.DECLINED, " Moved away ", at))
                .isEqualTo(ReferralStatus.IN_REVIEW);

        ReferralRecord record = records.find(referral.getId()).orElseThrow();
        assertThat(record.unread()).isFalse();
        assertThat(record.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(record.statusReason()).isEqualTo("Moved away");
        assertThat(records.count(new ReferralQuery(ReferralStatus.DECLINED, null, "dr workflow"))).isEqualTo(1);
        assertThat(records.page(new ReferralQuery(null, null, referral.getReference()), 0, 10))
                .extracting(ReferralRecord::id).containsExactly(referral.getId());
        assertThat(records.references(java.util.List.of(referral.getId(), UUID.randomUUID())))
                .containsExactly(Map.entry(referral.getId(), referral.getReference()));

        erasure.erase(referral.getId(), RetentionCategory.ON_REQUEST, at);
        assertThat(records.submitted(referral.getId())).isEqualTo(SubmittedContent.ERASED);
        assertThat(records.find(referral.getId()).orElseThrow().referrer().name()).isNull();
        assertThatThrownBy(() -> records.changeStatus(referral.getId(), ReferralStatus.ENROLLED, null, at))
                .isInstanceOf(IllegalStateException.class);
    }
}
