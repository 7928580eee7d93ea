package fr.chulille.passerelle.inbox;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.chulille.passerelle.i18n.LanguagePreference;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.ReferralRecords;
import fr.chulille.passerelle.referral.StoredReferrals;
import fr.chulille.passerelle.referral.TestReferrals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The data protection section of a referral's page, the printable subject access page and the purge column. */
@SpringBootTest
@WithMockUser(username = "pi.test", roles = "INVESTIGATOR")
class DataProtectionViewTest extends SpringBrowserlessTest {

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StoredReferrals referrals;
    @Autowired
    ReferralRecords records;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    InboxService inbox;

    Referral referral;

    @BeforeEach
    void aReferral() {
        referral = TestReferrals.submit(transactions, referrals, events,
                TestReferrals.referral("Dr Erasable", "erasable@hopital.example", "en"));
    }

    @Test
    void theReferralPageSaysWhenItWillBeErasedAndErasesOnlyOnceConfirmed() {
        UI.getCurrent().navigate("inbox/" + referral.getId());
        LanguagePreference.choose(Messages.ENGLISH);

        assertThat(find(Paragraph.class).id("purge-on").getText()).startsWith("Automatic erasure due on "
                + Messages.dateTime(inbox.purgeOn(records.find(referral.getId()).orElseThrow()), Messages.ENGLISH));
        assertThat(find(Anchor.class).id("subject-access-page").getHref()).isEqualTo("inbox/" + referral.getId() + "/subject-access");
        assertThat(find(Anchor.class).id("subject-access-json").getHref()).isNotBlank();

        test(find(Button.class).id("erase")).click();
        assertThat(find(Checkbox.class).id("erase-confirm").isInvalid()).isTrue();
        assertThat(referrals.findById(referral.getId()).orElseThrow().isErased()).isFalse();

        test(find(Checkbox.class).id("erase-confirm")).click();
        test(find(Button.class).id("erase")).click();

        assertThat(referrals.findById(referral.getId()).orElseThrow().isErased()).isTrue();
        String page = find(Section.class).id("data-protection").getElement().getTextRecursively();
        assertThat(page).contains("Referral erased on", "at the person's request");
        assertThat(shown()).doesNotContain("erasable@hopital.example", "Dr Erasable");
        assertThat(find(Button.class).all()).noneMatch(b -> "erase".equals(b.getId().orElse("")));
    }

    @Test
    @WithMockUser(username = "coordinator.test", roles = "COORDINATOR")
    void aCoordinatorExportsButCannotErase() {
        UI.getCurrent().navigate("inbox/" + referral.getId());

        assertThat(find(Anchor.class).id("subject-access-json").isVisible()).isTrue();
        assertThat(find(Button.class).all()).noneMatch(b -> "erase".equals(b.getId().orElse("")));
    }

    @Test
    void thePrintablePageShowsEverythingHeld() {
        inbox.addNote(referral.getId(), "A note for the export");
        UI.getCurrent().navigate("inbox/" + referral.getId() + "/subject-access");
        LanguagePreference.choose(Messages.ENGLISH);

        assertThat(find(H1.class).single().getText()).isEqualTo("Data held about referral " + referral.getReference());
        String page = shown();
        assertThat(page).contains("erasable@hopital.example", "10101010101", TestReferrals.INITIALS,
                TestReferrals.CLINICAL_MARKER, "A note for the export", "ACCESS_EXPORT", "Status history");
        assertThat(find(Section.class).all()).hasSize(SubjectAccessExport.SECTIONS.size());
    }

    @Test
    void theAccessReportPageOffersAPeriodAndADownload() {
        UI.getCurrent().navigate("inbox/access-report");
        LanguagePreference.choose(Messages.ENGLISH);

        assertThat(find(H1.class).single().getText()).isEqualTo("Access report");
        assertThat(find(DatePicker.class).id("access-report-from").getValue()).isBefore(find(DatePicker.class).id("access-report-to").getValue());
        assertThat(find(Anchor.class).id("access-report-download").getText()).isEqualTo("Download the report (CSV)");
    }

    private static String shown() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getLast().getElement().getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theInboxHasAnErasureDueColumn() {
        UI.getCurrent().navigate(InboxView.class);
        LanguagePreference.choose(Messages.ENGLISH);

        Grid<ReferralRow> grid = find(Grid.class).single();
        assertThat(grid.getColumns()).anyMatch(column -> "Erasure due".equals(column.getHeaderText()));
        assertThat(find(Anchor.class).id("access-report-link").isVisible()).isTrue();
    }
}
