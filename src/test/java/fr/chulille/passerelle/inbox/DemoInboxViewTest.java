package fr.chulille.passerelle.inbox;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import fr.chulille.passerelle.i18n.LanguagePreference;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.referral.ReferralStatus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A newcomer who logs in to the default profile's portal sees the demo referrals in the inbox (demo package). */
@SpringBootTest(properties = "passerelle.demo-data.enabled=true")
@WithMockUser(username = "pi.demo", roles = "INVESTIGATOR")
class DemoInboxViewTest extends SpringBrowserlessTest {

    @Test
    void theInboxShowsTheDemoReferralsAndTheirTriageTime() {
        navigate(InboxView.class);
        LanguagePreference.choose(Messages.ENGLISH);

        @SuppressWarnings("unchecked")
        Grid<ReferralRow> grid = find(Grid.class).single();
        List<ReferralRow> rows = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        assertThat(rows).extracting(ReferralRow::status).containsExactlyInAnyOrder(ReferralStatus.NEW,
                ReferralStatus.IN_REVIEW, ReferralStatus.SCREENING, ReferralStatus.ENROLLED,
                ReferralStatus.NOT_ELIGIBLE, ReferralStatus.DECLINED);
        assertThat(rows).extracting(ReferralRow::hospital).containsOnly("Hôpital de démonstration");
        assertThat(rows).filteredOn(ReferralRow::unread).extracting(ReferralRow::status).containsExactly(ReferralStatus.NEW);
        assertThat(find(Paragraph.class).id("triage-time-summary").getText())
                .startsWith("Triage time: 6 referrals in the last 90 days. First status change after 4 h (median);")
                .endsWith("1 not yet handled.");
    }
}
