package fr.chulille.passerelle.inbox;

import fr.chulille.passerelle.referral.Closing;
import fr.chulille.passerelle.referral.ClosingCategories;
import fr.chulille.passerelle.referral.ClosingCategory;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.StoredReferrals;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.referral.TestReferrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 15 item 4: the category and failed criteria of a closing are stored, audited and readable without the reason. */
@SpringBootTest
@WithMockUser(username = "pi.test", roles = "INVESTIGATOR")
class ClosingCategoryServiceTest {

    @Autowired
    InboxService inbox;
    @Autowired
    ClosingCategories categories;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StoredReferrals referrals;
    @Autowired
    ApplicationEventPublisher events;

    private Referral store() {
        return TestReferrals.submit(transactions, referrals, events,
                TestReferrals.referral("Dr Categ", "categ@hopital.example", "fr"));
    }

    @Test
    void aClosingKeepsItsCategoryAndCriteriaAndTheAuditNamesThem() {
        Referral referral = store();
        assertThat(categories.of(referral.getId())).isEmpty();

        ReferralDetails details = inbox.changeStatus(referral.getId(), ReferralStatus.NOT_ELIGIBLE, "Plaquettes basses",
                new Closing(ClosingCategory.CRITERIA_NOT_MET, Set.of("INC-09", "EXC-02")));

        assertThat(details.referral().closingCategory()).contains(ClosingCategory.CRITERIA_NOT_MET);
        assertThat(details.referral().failedCriteria()).containsExactlyInAnyOrder("EXC-02", "INC-09");
        assertThat(categories.of(referral.getId())).contains(ClosingCategory.CRITERIA_NOT_MET);
        assertThat(details.audit()).anySatisfy(line -> assertThat(line.detail())
                .isEqualTo("NEW → NOT_ELIGIBLE [CRITERIA_NOT_MET: EXC-02, INC-09] (Plaquettes basses); referrer told"));

        // reopening forgets the category and criteria
        inbox.changeStatus(referral.getId(), ReferralStatus.IN_REVIEW, null);
        assertThat(categories.of(referral.getId())).isEmpty();
        assertThat(referrals.findById(referral.getId()).orElseThrow().failedCriteria()).isEmpty();

        inbox.changeStatus(referral.getId(), ReferralStatus.CLOSED_OTHER, "Doublon de PAS-2026-0001",
                Closing.of(ClosingCategory.DUPLICATE));
        assertThat(categories.of(referral.getId())).contains(ClosingCategory.DUPLICATE);
    }

    @Test
    void aCategoryOfAnotherStatusUnknownCriteriaOrMissingCriteriaAreRefused() {
        Referral referral = store();
        assertThatThrownBy(() -> inbox.changeStatus(referral.getId(), ReferralStatus.DECLINED, "Refus",
                Closing.of(ClosingCategory.DUPLICATE))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inbox.changeStatus(referral.getId(), ReferralStatus.SCREENING, null,
                Closing.of(ClosingCategory.DUPLICATE))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Closing(ClosingCategory.CRITERIA_NOT_MET, Set.of("INC-99")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Closing(ClosingCategory.CRITERIA_NOT_MET, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(referrals.findById(referral.getId()).orElseThrow().getStatus()).isEqualTo(ReferralStatus.NEW);
        for (ReferralStatus status : ReferralStatus.values()) {
            assertThat(ClosingCategory.of(status)).as(status.name()).hasSize(status.closes() ? ClosingCategory.of(status).size() : 0);
            if (status.closes()) {
                assertThat(ClosingCategory.of(status)).as(status.name()).isNotEmpty();
            }
        }
    }
}
