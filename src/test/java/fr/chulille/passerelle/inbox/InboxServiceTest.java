package fr.chulille.passerelle.inbox;

import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.StoredReferrals;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.referral.TestReferrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@WithMockUser(username = "pi.test", roles = "INVESTIGATOR")
class InboxServiceTest {

    @Autowired
    InboxService inbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StoredReferrals referrals;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void openingAReferralMarksItReadAndIsAudited() {
        Referral referral = store("Dr Lea Roux");
        assertThat(referral.isUnread()).isTrue();

        ReferralDetails details = inbox.open(referral.getId());

        assertThat(details.referral().unread()).isFalse();
        assertThat(details.audit()).extracting(AuditEntry.AuditLine::action, AuditEntry.AuditLine::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditEntry.Action.VIEW, "pi.test"));
    }

    @Test
    void aStatusChangeIsAuditedAndClosingStatusesNeedAReason() {
        Referral referral = store("Dr Hugo Blanc");

        ReferralDetails details = inbox.changeStatus(referral.getId(), ReferralStatus.IN_REVIEW, null);
        assertThat(details.referral().status()).isEqualTo(ReferralStatus.IN_REVIEW);
        assertThat(details.audit()).anySatisfy(line -> {
            assertThat(line.action()).isEqualTo(AuditEntry.Action.STATUS_CHANGE);
            assertThat(line.detail()).isEqualTo("NEW → IN_REVIEW; referrer told");
            assertThat(line.actor()).isEqualTo("pi.test");
        });

        assertThatThrownBy(() -> inbox.changeStatus(referral.getId(), ReferralStatus.DECLINED, "  "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(inbox.changeStatus(referral.getId(), ReferralStatus.DECLINED, "Patient prefers another trial")
                .referral().statusReason()).isEqualTo("Patient prefers another trial");
    }

    @Test
    void notesAreKeptWithAuthorAndTimeAndAudited() {
        Referral referral = store("Dr Nina Faure");

        inbox.addNote(referral.getId(), "Called the referrer, CD19 to be re-checked.");
        ReferralDetails details = inbox.addNote(referral.getId(), "Second note");

        assertThat(details.notes()).extracting(ReferralNote.NoteView::text)
                .containsExactly("Called the referrer, CD19 to be re-checked.", "Second note");
        assertThat(details.notes()).allSatisfy(note -> assertThat(note.author()).isEqualTo("pi.test"));
        assertThat(details.audit()).filteredOn(line -> line.action() == AuditEntry.Action.NOTE).hasSize(2);
        assertThatThrownBy(() -> inbox.addNote(referral.getId(), " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCounterFollowsEnrolledReferrals() {
        InboxService.Places before = inbox.places();
        Referral referral = store("Dr Marc Petit");

        inbox.changeStatus(referral.getId(), ReferralStatus.ENROLLED, null);
        InboxService.Places after = inbox.places();

        assertThat(after.target()).isEqualTo(5);
        assertThat(after.enrolled()).isEqualTo(before.enrolled() + 1);
        inbox.changeStatus(referral.getId(), ReferralStatus.WITHDRAWN, "Consent withdrawn");
        assertThat(inbox.places().enrolled()).isEqualTo(before.enrolled());
    }

    @Test
    void theCsvHoldsTheFilteredRowsAndNeutralisesFormulas() {
        store("=HYPERLINK(\"http://evil.example\",\"click\") Zorglub");
        store("Dr Someone Else");

        String csv = inbox.exportCsv(new InboxFilter(null, null, "zorglub"), Locale.ENGLISH);

        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("Reference,Received (UTC),Referrer,Hospital");
        assertThat(lines[1]).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\") Zorglub\"")
                .contains("Probably not eligible").contains("New").doesNotContain("Someone Else");
    }

    @Test
    void filtersCombineStatusAndText() {
        Referral a = store("Dr Filter Alpha");
        store("Dr Filter Beta");
        inbox.changeStatus(a.getId(), ReferralStatus.SCREENING, null);

        assertThat(inbox.list(new InboxFilter(null, null, "filter alpha"), 0, 50)).extracting(ReferralRow::referrerName)
                .containsExactly("Dr Filter Alpha");
        assertThat(inbox.list(new InboxFilter(ReferralStatus.SCREENING, null, "Dr Filter"), 0, 50)).extracting(ReferralRow::referrerName)
                .containsExactly("Dr Filter Alpha");
        assertThat(inbox.count(new InboxFilter(ReferralStatus.NEW, "PROBABLY_NOT_ELIGIBLE", "Dr Filter"))).isEqualTo(1);
        assertThat(inbox.list(new InboxFilter(null, null, "%"), 0, 50)).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void anonymousCallersAreRefused() {
        assertThatThrownBy(() -> inbox.count(InboxFilter.none())).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationCredentialsNotFoundException.class);
    }

    private Referral store(String referrerName) {
        return TestReferrals.submit(transactions, referrals, events, TestReferrals.referral(referrerName, "doc@hopital.example", "fr"));
    }
}
