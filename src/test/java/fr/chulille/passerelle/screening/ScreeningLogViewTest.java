package fr.chulille.passerelle.screening;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.UnorderedList;
import fr.chulille.passerelle.i18n.LanguagePreference;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.referral.ReferralStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15 item 5: the screening log page and its CSV show counts, headings and never a person. */
@SpringBootTest
@WithMockUser(username = "coordinator.test", roles = "COORDINATOR")
class ScreeningLogViewTest extends SpringBrowserlessTest {

    private static final LocalDate FROM = LocalDate.of(2090, 1, 1);
    private static final LocalDate TO = LocalDate.of(2090, 12, 31);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ScreeningLogService service;

    @Test
    void thePageShowsTheFunnelAndTheClosingsWithHeadingsAndNoPersonalData() {
        List<ScreeningHistories.History> histories = ScreeningHistories.store(jdbc, new Random(7), 60, FROM, TO);

        UI.getCurrent().navigate("screening-log");
        LanguagePreference.choose(Messages.ENGLISH);
        find(DatePicker.class).id("screening-from").setValue(FROM);
        find(DatePicker.class).id("screening-to").setValue(TO);
        test(find(Button.class).id("screening-show")).click();

        assertThat(find(H1.class).single().getText()).isEqualTo("Screening log");
        assertThat(find(H2.class).all()).extracting(H2::getText).containsExactly("How far the referrals went",
                "Where the referrals are now", "Closed referrals by category", "Not eligible, by criterion not met");
        List<String> funnel = find(OrderedList.class).id("screening-funnel").getChildren()
                .map(item -> item.getElement().getTextRecursively()).toList();
        long enrolled = ScreeningHistories.reached(histories, FROM, TO, Stage.ENROLLED);
        assertThat(funnel).hasSize(5);
        assertThat(funnel.getFirst()).isEqualTo("Referred: 60 (100 % of the referrals)");
        assertThat(funnel.getLast()).startsWith("Enrolled: " + enrolled + " (");
        long declined = histories.stream().filter(h -> h.now() == ReferralStatus.DECLINED).count();
        assertThat(find(UnorderedList.class).id("screening-now").getElement().getTextRecursively())
                .contains("Declined by the patient: " + declined);

        String page = UI.getCurrent().getElement().getTextRecursively();
        assertThat(page).doesNotContain(ScreeningHistories.INITIALS, String.valueOf(ScreeningHistories.BIRTH_YEAR),
                ScreeningHistories.REFERRER, ScreeningHistories.HOSPITAL, "SCR-", "Motif libre");
        assertThat(find(Anchor.class).id("screening-csv").getText()).isEqualTo("Export as CSV");

        LanguagePreference.choose(Messages.FRENCH);
        assertThat(find(H1.class).single().getText()).isEqualTo("Journal de présélection");
    }

    @Test
    void theCsvHoldsTheCountsAndNothingAboutAPerson() {
        LocalDate from = LocalDate.of(2091, 1, 1);
        LocalDate to = LocalDate.of(2091, 12, 31);
        List<ScreeningHistories.History> histories = ScreeningHistories.store(jdbc, new Random(11), 40, from, to);

        String csv = service.csv(from, to, Locale.ENGLISH);

        assertThat(csv).startsWith("Section,Item,Count\r\n");
        assertThat(csv).contains("How far the referrals went,Referred,40\r\n");
        long notEligible = histories.stream().filter(h -> h.now() == ReferralStatus.NOT_ELIGIBLE).count();
        assertThat(csv).contains("Where the referrals are now,Not eligible," + notEligible + "\r\n");
        assertThat(csv).doesNotContain(ScreeningHistories.INITIALS, String.valueOf(ScreeningHistories.BIRTH_YEAR),
                ScreeningHistories.REFERRER, ScreeningHistories.HOSPITAL, "SCR-", "Motif libre", "marqueur@");
    }
}
