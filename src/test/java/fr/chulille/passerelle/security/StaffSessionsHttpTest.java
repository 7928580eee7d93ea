package fr.chulille.passerelle.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.session.SessionInformationExpiredEvent;

import java.net.http.HttpResponse;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member whose account is deactivated, or whose password or second factor is reset, loses the
 * inbox at their next request, over real HTTP, while the other staff members' sessions stay open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithMockUser(username = "pi.sessions", roles = StaffRole.INVESTIGATOR_ROLE)
class StaffSessionsHttpTest {

    private static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffAccountRepository repository;
    @Autowired
    StaffAccountAdmin admin;
    @Autowired
    StaffSessions sessions;
    @Autowired
    JdbcTemplate jdbc;

    /** Each test logs in several times from one address: start below the per-address limit, whatever ran before. */
    @BeforeEach
    void forgetEarlierLoginAttempts() {
        jdbc.update("DELETE FROM login_attempt");
    }

    @Test
    void deactivatingAnAccountEndsItsOpenSessionsAtOnceAndOnlyItsOwn() {
        String leaving = newAccount();
        String staying = newAccount();
        LoginClient leavingOnPhone = loggedIn(leaving);
        LoginClient leavingOnDesktop = loggedIn(leaving);
        LoginClient colleague = loggedIn(staying);

        admin.deactivate(id(leaving));

        for (LoginClient session : new LoginClient[] {leavingOnPhone, leavingOnDesktop}) {
            HttpResponse<String> inbox = session.get("/inbox");
            assertThat(inbox.statusCode()).isEqualTo(302);
            assertThat(LoginClient.location(inbox)).isEqualTo("/login");
            assertThat(inbox.body()).doesNotContain("Staff inbox");
            // and it stays closed: the password no longer opens it either
            assertThat(LoginClient.location(session.login(leaving, PASSWORD))).isEqualTo("/login?error");
        }
        assertThat(colleague.get("/inbox").statusCode()).isEqualTo(200);
    }

    @Test
    void resettingThePasswordOrTheSecondFactorEndsTheOpenSessions() {
        String passwordReset = newAccount();
        String secondFactorReset = newAccount();
        LoginClient first = loggedIn(passwordReset);
        LoginClient second = loggedIn(secondFactorReset);
        StaffAccount account = repository.findByUsername(passwordReset).orElseThrow();
        account.changeEmail("reset@hopital.example");
        repository.save(account);

        admin.resetPassword(id(passwordReset), Locale.FRENCH);
        admin.resetSecondFactor(id(secondFactorReset));

        assertThat(LoginClient.location(first.get("/inbox"))).isEqualTo("/login");
        assertThat(LoginClient.location(second.get("/inbox"))).isEqualTo("/login");
    }

    @Test
    void vaadinsOwnRequestsOfAnEndedSessionAreToldTheSessionExpiredAndPagesGoToTheLogin() throws Exception {
        MockHttpServletRequest uidl = new MockHttpServletRequest("POST", "/");
        uidl.setParameter("v-r", "uidl");
        MockHttpServletResponse uidlAnswer = new MockHttpServletResponse();
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/inbox");
        MockHttpServletResponse pageAnswer = new MockHttpServletResponse();

        sessions.onExpiredSessionDetected(new SessionInformationExpiredEvent(expired(), uidl, uidlAnswer));
        sessions.onExpiredSessionDetected(new SessionInformationExpiredEvent(expired(), page, pageAnswer));

        assertThat(uidlAnswer.getContentAsString()).isEqualTo("for(;;);[{\"meta\":{\"sessionExpired\":true}}]");
        assertThat(pageAnswer.getStatus()).isEqualTo(302);
        assertThat(pageAnswer.getRedirectedUrl()).isEqualTo("/login");
    }

    private static SessionInformation expired() {
        SessionInformation session = new SessionInformation("someone", "session-id", new Date());
        session.expireNow();
        return session;
    }

    private LoginClient loggedIn(String username) {
        LoginClient client = new LoginClient(port);
        assertThat(LoginClient.location(client.login(username, PASSWORD))).isEqualTo("/inbox");
        assertThat(client.get("/inbox").statusCode()).isEqualTo(200);
        return client;
    }

    private UUID id(String username) {
        return repository.findByUsername(username).orElseThrow().id();
    }

    private String newAccount() {
        String username = "session-" + UUID.randomUUID();
        accounts.createIfAbsent(username, "Test Coordinator", PASSWORD, StaffRole.COORDINATOR);
        return username;
    }
}
