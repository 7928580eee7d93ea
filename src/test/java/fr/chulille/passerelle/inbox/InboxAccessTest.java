package fr.chulille.passerelle.inbox;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Navigation to the inbox, as anonymous (refused: the login view instead) and as staff. */
@SpringBootTest
class InboxAccessTest extends SpringBrowserlessTest {

    @Test
    void anonymousVisitorsLandOnTheLoginView() {
        UI.getCurrent().navigate(InboxView.class);

        assertThat(currentPath()).isEqualTo("login");
        assertThat(find(LoginForm.class).all()).hasSize(1);
        assertThat(find(InboxView.class).all()).isEmpty();
        assertThat(footer()).contains("<a id=\"staff-login\" class=\"staff-login\" href=\"login\">");
        assertThat(find(Button.class).withId("logout").all()).isEmpty();
    }

    @Test
    void anonymousVisitorsDoNotSeeTheInboxInTheMenu() {
        UI.getCurrent().navigate("");

        assertThat(menu()).contains("href=\"/professionals\"").doesNotContain("inbox");
    }

    @Test
    @WithMockUser(roles = "INVESTIGATOR")
    void anInvestigatorSeesTheInbox() {
        navigate(InboxView.class);

        assertThat(currentPath()).isEqualTo("inbox");
        assertThat(find(InboxView.class).all()).hasSize(1);
        assertThat(find(Button.class).id("logout").getText()).isNotBlank();
        assertThat(footer()).isNotBlank().doesNotContain("staff-login");
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void theCoordinatorSeesTheInbox() {
        navigate(InboxView.class);

        assertThat(find(InboxView.class).all()).hasSize(1);
        assertThat(find(H1.class).single().getText()).isNotBlank();
    }

    @Test
    @WithMockUser(roles = "REFERRER")
    void anotherRoleIsRefused() {
        UI.getCurrent().navigate(InboxView.class);

        assertThat(find(InboxView.class).all()).isEmpty();
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    /** The footer's links, written as its markup. */
    private String footer() {
        return find(Footer.class).single().getElement().getProperty("innerHTML");
    }

    /** The menu's links, written as its markup. */
    private String menu() {
        return find(Nav.class).withClassName("main-nav").single().getElement().getProperty("innerHTML");
    }
}
