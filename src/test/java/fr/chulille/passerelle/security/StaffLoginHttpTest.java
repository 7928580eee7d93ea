package fr.chulille.passerelle.security;

import jakarta.servlet.ServletContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Real login POSTs against the running server, as Vaadin's LoginForm sends them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffLoginHttpTest {

    private static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ServletContext servletContext;
    @Autowired
    Environment environment;

    @Test
    void anonymousVisitorsAreSentToTheLoginPageFromEveryInboxAddress() {
        LoginClient anonymous = new LoginClient(port);

        for (String path : new String[] {"/inbox", "/inbox/" + UUID.randomUUID(), "/inbox?lang=en"}) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(LoginClient.location(response)).as(path).isEqualTo("/login");
            assertThat(response.body()).as(path).doesNotContain("inbox.placeholder", "Staff inbox");
        }
    }

    @Test
    void theRightPasswordOpensTheInbox() {
        String username = newAccount();
        LoginClient staff = new LoginClient(port);

        HttpResponse<String> login = staff.login(username, PASSWORD);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(LoginClient.location(login)).isEqualTo("/inbox");
        assertThat(staff.get("/inbox").statusCode()).isEqualTo(200);
    }

    @Test
    void thePublicSummaryStartsVaadinsClientAtOnceForStaffButOnTheFirstInteractionForVisitors() {
        String visitorsPage = new LoginClient(port).get("/").body();
        LoginClient staff = new LoginClient(port);
        staff.login(newAccount(), PASSWORD);
        String staffPage = staff.get("/").body();

        String bootstrapScript = "<script[^>]* src=\"[^\"]*VAADIN/[^\"]+\"";
        assertThat(visitorsPage).containsPattern("<script data-vaadin-src=\"[^\"]*VAADIN/[^\"]+\">")
                .doesNotContainPattern(bootstrapScript);
        assertThat(staffPage).containsPattern(bootstrapScript).doesNotContain("data-vaadin-src");
        // staff get Lumo's stylesheet at once too; visitors get it with the client (FirstResponseCssTest)
        String lumo = "link[rel=stylesheet][href*=lumo/lumo.css]";
        assertThat(Jsoup.parse(staffPage).select("head > " + lumo)).hasSize(1);
        assertThat(Jsoup.parse(staffPage).select("#first-paint-stylesheets")).isEmpty();
        assertThat(Jsoup.parse(visitorsPage).select("head > " + lumo)).isEmpty();
        assertThat(Jsoup.parse(visitorsPage).select("head > template#first-paint-stylesheets > " + lumo)).hasSize(1);
    }

    @Test
    void aWrongPasswordIsRefused() {
        String username = newAccount();

        HttpResponse<String> login = new LoginClient(port).login(username, "not the password");

        assertThat(LoginClient.location(login)).isEqualTo("/login?error");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        String username = newAccount();
        LoginClient attacker = new LoginClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(LoginClient.location(attacker.login(username, "guess " + i))).isEqualTo("/login?error");
        }

        LoginClient owner = new LoginClient(port);
        HttpResponse<String> login = owner.login(username, PASSWORD);

        assertThat(LoginClient.location(login)).isEqualTo("/login?error");
        assertThat(owner.get("/inbox").statusCode()).isEqualTo(302);
    }

    @Test
    void fourWrongPasswordsThenTheRightOneLogIn() {
        String username = newAccount();
        LoginClient staff = new LoginClient(port);
        for (int i = 0; i < 4; i++) {
            staff.login(username, "typo " + i);
        }

        assertThat(LoginClient.location(staff.login(username, PASSWORD))).isEqualTo("/inbox");
    }

    @Test
    void aLoginPostWithoutTheCsrfTokenIsRefused() {
        String username = newAccount();
        LoginClient client = new LoginClient(port);
        client.get("/login");

        HttpResponse<String> response = client.postWithoutCsrf(username, PASSWORD);

        assertThat(LoginClient.location(response)).isNotEqualTo("/inbox");
        assertThat(client.get("/inbox").statusCode()).isEqualTo(302);
    }

    @Test
    void securityHeadersOnPublicAndInboxPages() {
        LoginClient staff = new LoginClient(port);
        staff.login(newAccount(), PASSWORD);
        LoginClient anonymous = new LoginClient(port);

        for (HttpResponse<String> response : new HttpResponse[] {
                anonymous.get("/"), anonymous.get("/login"), anonymous.get("/inbox"), staff.get("/inbox")}) {
            String page = response.uri().getPath() + " (HTTP " + response.statusCode() + ")";
            assertThat(header(response, "Content-Security-Policy")).as(page).isEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY)
                    .contains("frame-ancestors 'none'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'");
            assertThat(header(response, "X-Frame-Options")).as(page).isEqualTo("DENY");
            assertThat(header(response, "X-Content-Type-Options")).as(page).isEqualTo("nosniff");
            assertThat(header(response, "Referrer-Policy")).as(page).isEqualTo("strict-origin-when-cross-origin");
            assertThat(header(response, "Permissions-Policy")).as(page).contains("camera=()", "geolocation=()");
        }
    }

    @Test
    void inboxPagesAreNeverCached() {
        LoginClient staff = new LoginClient(port);
        staff.login(newAccount(), PASSWORD);

        HttpResponse<String> inbox = staff.get("/inbox");

        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.headers().allValues("Cache-Control")).anySatisfy(value -> assertThat(value).contains("no-store"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> page = new LoginClient(port).get("/login");

        String sessionCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(sessionCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(sessionCookie).as("plain http by default: PASSERELLE_SECURE_COOKIE=true behind HTTPS")
                .doesNotContain("Secure");
    }

    @Test
    void idleSessionsEndAfter30Minutes() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class))
                .as("Vaadin's heartbeat must not keep an idle session alive").isTrue();
    }

    private String newAccount() {
        String username = "staff-" + UUID.randomUUID();
        accounts.createIfAbsent(username, "Test Coordinator", PASSWORD, StaffRole.COORDINATOR);
        return username;
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("(missing)");
    }
}
