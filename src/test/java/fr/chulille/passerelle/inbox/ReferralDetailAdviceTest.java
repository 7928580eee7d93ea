package fr.chulille.passerelle.inbox;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.chulille.passerelle.eligibility.Answer;
import fr.chulille.passerelle.eligibility.CellCountUnit;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.Measurement;
import fr.chulille.passerelle.eligibility.Sex;
import fr.chulille.passerelle.i18n.LanguagePreference;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.StoredPreCheck;
import fr.chulille.passerelle.referral.StoredReferrals;
import fr.chulille.passerelle.referral.TestReferrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The referral detail shows the advice as the form did: failed inclusion and present exclusion criteria apart. */
@SpringBootTest
@WithMockUser(username = "coordinator.test", roles = "COORDINATOR")
class ReferralDetailAdviceTest extends SpringBrowserlessTest {

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StoredReferrals referrals;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    @SuppressWarnings("unchecked")
    void failedInclusionAndPresentExclusionCriteriaHaveTheirOwnHeadings() {
        ClinicalFacts facts = ClinicalFacts.builder().ageYears(60).sex(Sex.MALE)
                .platelets(Measurement.of("20", CellCountUnit.GIGA_PER_LITRE))
                .cd19PercentOfBlasts(BigDecimal.ZERO).uncontrolledInfection(Answer.YES).build();
        Referral referral = TestReferrals.submit(transactions, referrals, events,
                TestReferrals.referral("Dr Advice", "advice@hopital.example", "en", facts));

        UI.getCurrent().navigate("inbox/" + referral.getId());
        LanguagePreference.choose(Messages.ENGLISH);

        assertThat(find(Paragraph.class).withClassName("advice-section-heading").all()).extracting(Paragraph::getText)
                .containsExactly("Inclusion criteria not met:", "Exclusion criteria present:");
        assertThat(find(UnorderedList.class).id("detail-inclusion").getElement().getTextRecursively())
                .contains("INC-02").contains("INC-09 — Platelets ≥ 30 G/L").doesNotContain("EXC-");
        assertThat(find(UnorderedList.class).id("detail-exclusion").getElement().getTextRecursively())
                .contains("EXC-02 — CD19-negative AML").contains("EXC-06").doesNotContain("INC-");
        assertThat(find(Paragraph.class).withClassName("detail-field").all()).extracting(p -> p.getElement().getTextRecursively())
                .anyMatch(text -> text.equals("Pre-check advice at submission:Probably not eligible"));

        LanguagePreference.choose(Messages.FRENCH);

        assertThat(find(Paragraph.class).withClassName("advice-section-heading").all()).extracting(Paragraph::getText)
                .containsExactly("Critères d'inclusion non remplis\u00a0:", "Critères de non-inclusion présents\u00a0:");
        Grid<StoredPreCheck.Row> grid = find(Grid.class).withClassName("precheck-grid").single();
        assertThat(test(grid).getRow(8).labelArgs()).containsEntry("limitGigaPerLitre", new BigDecimal("30"));
    }

    @Test
    void theInboxNamesTheAdviceInTheSameWordsAsTheForm() {
        assertThat(InboxService.adviceKey("POSSIBLY_ELIGIBLE")).isEqualTo("eligibility.advice.short.POSSIBLY_ELIGIBLE");
        assertThat(InboxService.adviceKey("NO_ADVICE_YET")).isEqualTo("eligibility.advice.short.NO_ADVICE_YET");
    }
}
