package fr.chulille.passerelle.inbox;

import fr.chulille.passerelle.followup.ReferrerMessages;
import fr.chulille.passerelle.privacy.RetentionSettings;
import fr.chulille.passerelle.referral.Closing;
import fr.chulille.passerelle.referral.ClosingCategory;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.ReferralRecord;
import fr.chulille.passerelle.referral.ReferralRecords;
import fr.chulille.passerelle.referral.StoredReferrals;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.referral.TestReferrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Data protection in the inbox: when each referral will be purged, the subject access export, erasure
 * on request (audited, the same as the purge's) and the access report for the DPO. Runs on H2 and PostgreSQL.
 */
@SpringBootTest
@WithMockUser(username = "pi.test", roles = "INVESTIGATOR")
class DataProtectionTest {

    @Autowired
    InboxService inbox;
    @Autowired
    RetentionSettings retention;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StoredReferrals referrals;
    @Autowired
    ReferralRecords records;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ReferrerMessages referrerMessages;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theInboxShowsWhenEachReferralWillBePurgedAndAStatusChangeMovesIt() {
        Referral referral = referrals.findById(store().getId()).orElseThrow(); // as stored (database precision)
        assertThat(row(referral).purgeOn()).isEqualTo(referral.getStatusChangedAt().plus(retention.undecided()));
        assertThat(row(referral).erased()).isFalse();

        inbox.changeStatus(referral.getId(), ReferralStatus.DECLINED, "No transport");
        Referral declined = referrals.findById(referral.getId()).orElseThrow();
        assertThat(row(referral).purgeOn()).isEqualTo(declined.getStatusChangedAt().plus(retention.closed()));
        assertThat(inbox.purgeOn(records.find(referral.getId()).orElseThrow())).isEqualTo(row(referral).purgeOn());

        inbox.changeStatus(referral.getId(), ReferralStatus.ENROLLED, null);
        Referral enrolled = referrals.findById(referral.getId()).orElseThrow();
        assertThat(row(referral).purgeOn()).isEqualTo(enrolled.getStatusChangedAt().plus(retention.enrolled()));
    }

    @Test
    void theSubjectAccessExportHoldsEverythingAndIsAudited() {
        Referral referral = store();
        inbox.addNote(referral.getId(), "Called back on Monday");
        inbox.changeStatus(referral.getId(), ReferralStatus.DECLINED, "Prefers to stay near home",
                new Closing(ClosingCategory.PATIENT_TRAVEL_OR_TIME, null));

        JsonNode export = json.readTree(inbox.subjectAccessJson(referral.getId()));

        assertThat(export.get("referral").get("reference").asString()).isEqualTo(referral.getReference());
        assertThat(export.get("referral").get("status-reason").asString()).isEqualTo("Prefers to stay near home");
        assertThat(export.get("referrer").get("email").asString()).isEqualTo("dataprotection@hopital.example");
        assertThat(export.get("referrer").get("rpps").asString()).isEqualTo("10101010101");
        assertThat(export.get("patient").get("initials").asString()).isEqualTo(TestReferrals.INITIALS);
        assertThat(export.get("clinical-facts").toString()).contains(TestReferrals.CLINICAL_MARKER);
        assertThat(export.get("pre-check").isObject()).isTrue();
        assertThat(export.get("notes").get(0).get("text").asString()).isEqualTo("Called back on Monday");
        assertThat(export.get("status-history")).hasSize(2);
        assertThat(export.get("status-history").get(1).get("change").asString()).contains("DECLINED", "Prefers to stay near home");
        assertThat(export.get("referral").get("closing-category").asString()).isEqualTo("PATIENT_TRAVEL_OR_TIME");
        assertThat(export.get("mails").get(0).get("about").asString()).isEqualTo("submission");
        assertThat(export.get("audit").toString()).contains("NOTE", "STATUS_CHANGE", "ACCESS_EXPORT");
        assertThat(export.get("export").get("exported-by").asString()).isEqualTo("pi.test");
    }

    @Test
    void theSubjectAccessExportHoldsTheMessagesWithTheReferrerAndEveryMailNotOnlyTheFirstTwo() {
        Referral referral = store();
        inbox.writeToReferrer(referral.getId(), "Could you send the marrow report?");
        referrerMessages.replyFromReferrer(referral.getId(), "Sent this morning by fax");

        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() ->
                json.readTree(inbox.subjectAccessJson(referral.getId())).get("mails").size() > 2);
        JsonNode export = json.readTree(inbox.subjectAccessJson(referral.getId()));

        assertThat(export.get("messages")).hasSize(2);
        assertThat(export.get("messages").get(0).get("author").asString()).isEqualTo("STAFF");
        assertThat(export.get("messages").get(0).get("text").asString()).isEqualTo("Could you send the marrow report?");
        assertThat(export.get("messages").get(1).get("author").asString()).isEqualTo("REFERRER");
        assertThat(export.get("messages").get(1).get("text").asString()).isEqualTo("Sent this morning by fax");
        assertThat(export.get("mails").findValuesAsString("about")).contains("submission", "follow-up");
    }

    @Test
    void erasureOnRequestLeavesTheAnonymousRowAndIsAudited() {
        Referral referral = store();
        inbox.addNote(referral.getId(), "Note quoting the patient " + TestReferrals.INITIALS);
        inbox.changeStatus(referral.getId(), ReferralStatus.IN_REVIEW, null);

        ReferralDetails erased = inbox.eraseOnRequest(referral.getId());

        ReferralRecord row = erased.referral();
        assertThat(row.erased()).isTrue();
        assertThat(row.erasureCategory()).isEqualTo("ON_REQUEST");
        assertThat(row.reference()).isEqualTo(referral.getReference());
        assertThat(row.status()).isEqualTo(ReferralStatus.IN_REVIEW);
        assertThat(row.referrer().email()).isNull();
        assertThat(row.patient().initials()).isNull();
        assertThat(row.patient().birthYear()).isNull();
        assertThat(row.comment()).isNull();
        assertThat(erased.submitted().facts()).isEmpty();
        assertThat(erased.submitted().preCheck()).isEmpty();
        assertThat(erased.submitted().factsAsStored()).isNull();
        Referral stored = referrals.findById(referral.getId()).orElseThrow();
        assertThat(stored.getClinicalFactsJson()).isNull();
        assertThat(stored.getPrecheckJson()).isNull();
        assertThat(erased.notes()).isEmpty();
        assertThat(erased.audit()).anySatisfy(line -> {
            assertThat(line.action()).isEqualTo(AuditEntry.Action.ERASURE);
            assertThat(line.actor()).isEqualTo("pi.test");
        });
        assertThat(row(referral).erased()).isTrue();
        assertThat(inbox.subjectAccessJson(referral.getId())).doesNotContain("dataprotection@hopital.example",
                TestReferrals.CLINICAL_MARKER, "Note quoting");
        // nothing more to work on, and erasing again changes nothing
        assertThatThrownBy(() -> inbox.addNote(referral.getId(), "late note")).isInstanceOf(IllegalStateException.class);
        assertThat(inbox.eraseOnRequest(referral.getId()).referral().erasedAt()).isEqualTo(row.erasedAt());
    }

    @Test
    @WithMockUser(username = "coordinator.test", roles = "COORDINATOR")
    void onlyTheInvestigatorErasesOrProducesTheAccessReport() {
        Referral referral = store();

        assertThat(inbox.isInvestigator()).isFalse();
        assertThatThrownBy(() -> inbox.eraseOnRequest(referral.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.accessReportCsv(LocalDate.now(), LocalDate.now(), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(referrals.findById(referral.getId()).orElseThrow().isErased()).isFalse();
    }

    @Test
    void theAccessReportListsWhoViewedOrExportedWhichReferralOverThePeriod() {
        Referral referral = store();
        inbox.open(referral.getId());
        inbox.subjectAccess(referral.getId());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

        List<String> lines = inbox.accessReportCsv(today.minusDays(1), today, Locale.ENGLISH).lines().toList();

        assertThat(lines.getFirst()).isEqualTo("date,person,action,referral,detail");
        assertThat(lines).anyMatch(line -> line.contains(",pi.test,opened the referral," + referral.getReference()));
        assertThat(lines).anyMatch(line -> line.contains(",pi.test,exported the data (subject access)," + referral.getReference()));
        assertThat(inbox.accessReportCsv(today.minusDays(10), today.minusDays(2), Locale.ENGLISH).lines()
                .filter(line -> line.contains(referral.getReference()))).isEmpty();
    }

    private ReferralRow row(Referral referral) {
        return inbox.list(new InboxFilter(null, null, referral.getReference()), 0, 10).stream()
                .filter(r -> r.id().equals(referral.getId())).findFirst().orElseThrow();
    }

    private Referral store() {
        return TestReferrals.submit(transactions, referrals, events,
                TestReferrals.referral("Dr Data " + UUID.randomUUID().toString().substring(0, 6), "dataprotection@hopital.example", "en"));
    }
}
