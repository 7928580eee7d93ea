package fr.chulille.passerelle.inbox;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.chulille.passerelle.eligibility.TrialCriteria;
import fr.chulille.passerelle.i18n.LanguagePreference;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.StoredPreCheck;
import fr.chulille.passerelle.referral.StoredReferrals;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.referral.TestReferrals;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import org.junit.jupiter.api.BeforeEach;
import org.mockito.Mockito;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@WithMockUser(username = "coordinator.test", roles = "COORDINATOR")
class InboxViewTest extends SpringBrowserlessTest {

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StoredReferrals referrals;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    InboxService inbox;

    Referral referral;
    String referrerName;

    @BeforeEach
    void aReferral() {
        referrerName = "Dr Viewtest " + java.util.UUID.randomUUID().toString().substring(0, 8);
        referral = TestReferrals.submit(transactions, referrals, events,
                TestReferrals.referral(referrerName, "viewtest@hopital.example", "en"));
    }

    @Test
    void theCsvExportIsInThePagesLanguageAndNeverCached() throws Exception {
        InboxView view = navigate(InboxView.class);
        LanguagePreference.choose(Messages.ENGLISH);
        test(find(TextField.class).id("inbox-text-filter")).setValue(referrerName);

        // the download request is served outside the UI's own request: no current UI there
        UI ui = UI.getCurrent();
        DownloadEvent download = Mockito.mock(DownloadEvent.class);
        VaadinResponse response = Mockito.mock(VaadinResponse.class);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Mockito.when(download.getUI()).thenReturn(ui);
        Mockito.when(download.getResponse()).thenReturn(response);
        Mockito.when(download.getOutputStream()).thenReturn(body);
        UI.setCurrent(null);
        try {
            view.csvDownload().handleDownloadRequest(download);
        } finally {
            UI.setCurrent(ui);
        }

        String csv = body.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Reference,Received (UTC),").contains(referral.getReference(), referrerName, "New");
        Mockito.verify(response).setHeader("Cache-Control", "no-store");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theInboxListsReferralsWithThePlacesCounterAndFilters() {
        navigate(InboxView.class);
        LanguagePreference.choose(Messages.ENGLISH);

        assertThat(find(H1.class).single().getText()).isEqualTo("Staff inbox");
        int enrolled = inbox.places().enrolled();
        assertThat(find(Paragraph.class).withClassName("inbox-places").single().getText()).startsWith(
                (enrolled == 1 ? "1 referral" : enrolled + " referrals") + " with the status Enrolled, for 5 planned participants.");

        test(find(TextField.class).id("inbox-text-filter")).setValue(referrerName);
        @SuppressWarnings("unchecked")
        Grid<ReferralRow> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).reference()).isEqualTo(referral.getReference());
        assertThat(find(Paragraph.class).withClassName("inbox-count").single().getText()).isEqualTo("1 referral");

        Select<ReferralStatus> status = find(Select.class).id("inbox-status-filter");
        test(status).selectItem("Enrolled");
        assertThat(test(grid).size()).isZero();
        test(status).selectItem("New");
        assertThat(test(grid).size()).isEqualTo(1);

        test(find(TextField.class).id("inbox-text-filter")).setValue("nobody-has-this-name");
        assertThat(test(grid).size()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDetailShowsTheFactsAndThePreCheckAsStoredAtSubmission() {
        UI.getCurrent().navigate("inbox/" + referral.getId());
        LanguagePreference.choose(Messages.ENGLISH);

        Grid<StoredPreCheck.Row> preCheck = find(Grid.class).withClassName("precheck-grid").single();
        assertThat(test(preCheck).size()).isEqualTo(TrialCriteria.all().size());
        assertThat(find(Paragraph.class).withClassName("detail-field").all()).extracting(p -> p.getElement().getTextRecursively())
                .anyMatch(text -> text.contains(TestReferrals.CLINICAL_MARKER))
                .anyMatch(text -> text.equals("Initials:" + TestReferrals.INITIALS));
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("As the referrer saw it at submission (criteria version " + TrialCriteria.VERSION));
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffChangeTheStatusWithAReasonAndTheAuditTrailShowsIt() {
        UI.getCurrent().navigate("inbox/" + referral.getId());
        LanguagePreference.choose(Messages.ENGLISH);
        assertThat(find(H1.class).single().getText()).isEqualTo("Referral " + referral.getReference());

        Select<ReferralStatus> status = find(Select.class).id("status-select");
        test(status).selectItem("Declined by the patient");
        test(find(Button.class).id("status-change")).click();
        assertThat(find(TextArea.class).id("status-reason").isInvalid()).isTrue();
        assertThat(referrals.findById(referral.getId()).orElseThrow().getStatus()).isEqualTo(ReferralStatus.NEW);

        test(find(Select.class).id("status-select")).selectItem("Declined by the patient");
        test(find(TextArea.class).id("status-reason")).setValue("Prefers to stay near home");
        // issue 15: a closing status also needs its category
        test(find(Button.class).id("status-change")).click();
        assertThat(find(Select.class).id("closing-category").isInvalid()).isTrue();
        assertThat(referrals.findById(referral.getId()).orElseThrow().getStatus()).isEqualTo(ReferralStatus.NEW);
        test(find(Select.class).id("closing-category")).selectItem("Travel or time constraints for the patient");
        test(find(Button.class).id("status-change")).click();

        assertThat(referrals.findById(referral.getId()).orElseThrow().getStatus()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .anyMatch(text -> text.contains("coordinator.test changed the status NEW → DECLINED [PATIENT_TRAVEL_OR_TIME] (Prefers to stay near home)"))
                .anyMatch(text -> text.contains("coordinator.test opened the referral"));
    }
}
