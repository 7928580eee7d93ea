package fr.chulille.passerelle.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static fr.chulille.passerelle.security.AccountsTestSupport.totp;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login with the second factor required (as in {@code prod}), over real HTTP: the password
 * alone opens no staff page; the TOTP code or a recovery code completes the login, once each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AccountsTestSupport.Config.class)
@ContextConfiguration(initializers = AccountsTestSupport.Settings.class)
class SecondFactorLoginHttpTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String SECOND_STEP = "/login/second-factor";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    SecondFactorService secondFactor;
    @Autowired
    MutableClock clock;

    record Enrolled(String username, String secret, List<String> recoveryCodes) {
    }

    @Test
    void aCorrectPasswordWithoutTheSecondFactorNeverReachesTheInboxNorAReferral() {
        for (boolean enrolledBefore : new boolean[] {true, false}) {
            Enrolled enrolled = enrolledBefore ? enrolled() : null;
            String username = enrolledBefore ? enrolled.username() : newAccount(false);
            String wrongCode = enrolledBefore && totp(enrolled.secret(), clock).equals("000000") ? "111111" : "000000";
            LoginClient staff = new LoginClient(port);

            HttpResponse<String> login = staff.login(username, PASSWORD);
            assertThat(LoginClient.location(login)).isEqualTo("/inbox");

            for (String path : new String[] {"/inbox", "/inbox/" + UUID.randomUUID(), "/inbox/staff", "/inbox/mails", "/inbox?lang=en"}) {
                HttpResponse<String> page = staff.get(path);
                assertThat(page.statusCode()).as(path).isEqualTo(302);
                assertThat(LoginClient.location(page)).as(path).isEqualTo(SECOND_STEP);
                assertThat(page.body()).as(path).doesNotContain("Staff inbox", "inbox-places");
            }
            HttpResponse<String> wrong = staff.secondFactor(wrongCode);
            assertThat(LoginClient.location(wrong)).isEqualTo(SECOND_STEP + "?error");
            assertThat(LoginClient.location(staff.get("/inbox"))).isEqualTo(SECOND_STEP);
            assertThat(staff.get(SECOND_STEP).statusCode()).as("the second step's own page opens").isEqualTo(200);
        }
    }

    @Test
    void thePasswordThenTheTotpCodeOpenTheInbox() {
        Enrolled enrolled = enrolled();
        LoginClient staff = new LoginClient(port);
        staff.login(enrolled.username(), PASSWORD);

        HttpResponse<String> second = staff.secondFactor(totp(enrolled.secret(), clock));

        assertThat(LoginClient.location(second)).startsWith("/inbox");
        assertThat(staff.get("/inbox").statusCode()).isEqualTo(200);
    }

    @Test
    void theReferralAskedForBeforeLoggingInOpensAfterTheSecondFactor() {
        Enrolled enrolled = enrolled();
        String referralPath = "/inbox/" + UUID.randomUUID();
        LoginClient staff = new LoginClient(port);
        assertThat(LoginClient.location(staff.get(referralPath))).isEqualTo("/login");

        HttpResponse<String> login = staff.login(enrolled.username(), PASSWORD);
        assertThat(LoginClient.location(login)).startsWith(referralPath);
        assertThat(LoginClient.location(staff.get(LoginClient.location(login)))).isEqualTo(SECOND_STEP);

        HttpResponse<String> second = staff.secondFactor(totp(enrolled.secret(), clock));

        assertThat(LoginClient.location(second)).startsWith(referralPath);
    }

    @Test
    void theStepPagesAreForTheirSessionsOnlyAndTheLinkPageIsPublic() {
        LoginClient anonymous = new LoginClient(port);

        assertThat(LoginClient.location(anonymous.get(SECOND_STEP))).isEqualTo("/login");
        assertThat(LoginClient.location(anonymous.get("/account/password"))).isEqualTo("/login");
        assertThat(anonymous.get("/account/set-password/" + UUID.randomUUID()).statusCode()).isEqualTo(200);
    }

    @Test
    void aReplayedTotpCodeIsRefused() {
        Enrolled enrolled = enrolled();
        String code = totp(enrolled.secret(), clock);
        LoginClient first = new LoginClient(port);
        first.login(enrolled.username(), PASSWORD);
        assertThat(LoginClient.location(first.secondFactor(code))).startsWith("/inbox");

        LoginClient replay = new LoginClient(port);
        replay.login(enrolled.username(), PASSWORD);
        HttpResponse<String> replayed = replay.secondFactor(code);

        assertThat(LoginClient.location(replayed)).isEqualTo(SECOND_STEP + "?error");
        assertThat(LoginClient.location(replay.get("/inbox"))).isEqualTo(SECOND_STEP);
    }

    @Test
    void aRecoveryCodeWorksOnce() {
        Enrolled enrolled = enrolled();
        String recovery = enrolled.recoveryCodes().get(2);
        LoginClient first = new LoginClient(port);
        first.login(enrolled.username(), PASSWORD);
        assertThat(LoginClient.location(first.secondFactor(recovery))).startsWith("/inbox");
        assertThat(first.get("/inbox").statusCode()).isEqualTo(200);

        LoginClient again = new LoginClient(port);
        again.login(enrolled.username(), PASSWORD);

        assertThat(LoginClient.location(again.secondFactor(recovery))).isEqualTo(SECOND_STEP + "?error");
        assertThat(LoginClient.location(again.get("/inbox"))).isEqualTo(SECOND_STEP);
    }

    @Test
    void fiveWrongCodesLockTheAccountLikeFiveWrongPasswords() {
        Enrolled enrolled = enrolled();
        LoginClient attacker = new LoginClient(port);
        attacker.login(enrolled.username(), PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThat(LoginClient.location(attacker.secondFactor("12345" + i))).isEqualTo(SECOND_STEP + "?error");
        }
        // logging in again with the password does not reset the count of wrong codes
        attacker.login(enrolled.username(), PASSWORD);
        assertThat(LoginClient.location(attacker.secondFactor("123459"))).isEqualTo(SECOND_STEP + "?error");

        HttpResponse<String> locked = attacker.secondFactor(totp(enrolled.secret(), clock));
        assertThat(LoginClient.location(locked)).isEqualTo("/login?error");
        assertThat(LoginClient.location(attacker.get("/inbox"))).as("the half-open session is closed").isEqualTo("/login");
        LoginClient owner = new LoginClient(port);
        assertThat(LoginClient.location(owner.login(enrolled.username(), PASSWORD))).isEqualTo("/login?error");

        clock.advance(Duration.ofMinutes(16));
        owner.login(enrolled.username(), PASSWORD);
        assertThat(LoginClient.location(owner.secondFactor(totp(enrolled.secret(), clock)))).startsWith("/inbox");
    }

    @Test
    void theAccountFromTheEnvironmentMustChangeItsPasswordBeforeTheInbox() {
        Enrolled enrolled = enrolled(newAccount(true));
        LoginClient staff = new LoginClient(port);
        staff.login(enrolled.username(), PASSWORD);

        HttpResponse<String> second = staff.secondFactor(totp(enrolled.secret(), clock));

        assertThat(LoginClient.location(second)).isEqualTo("/account/password");
        HttpResponse<String> inbox = staff.get("/inbox");
        assertThat(inbox.statusCode()).isEqualTo(302);
        assertThat(LoginClient.location(inbox)).isEqualTo("/account/password");
        assertThat(staff.get("/account/password").statusCode()).isEqualTo(200);
    }

    @Test
    void aCodeWithoutThePasswordStepIsRefused() {
        Enrolled enrolled = enrolled();
        LoginClient stranger = new LoginClient(port);

        HttpResponse<String> response = stranger.secondFactor(totp(enrolled.secret(), clock));

        assertThat(LoginClient.location(response)).isEqualTo("/login");
        assertThat(LoginClient.location(stranger.get("/inbox"))).isEqualTo("/login");
    }

    private Enrolled enrolled() {
        return enrolled(newAccount(false));
    }

    /** An account that set up its app at an earlier login (the code of that step is used up). */
    private Enrolled enrolled(String username) {
        String secret = secondFactor.newSecret();
        SecondFactorService.Outcome outcome = secondFactor.verify(username, totp(secret, clock), secret);
        assertThat(outcome.accepted()).isTrue();
        clock.advance(Duration.ofSeconds(30));
        return new Enrolled(username, secret, outcome.newRecoveryCodes());
    }

    private String newAccount(boolean mustChangePassword) {
        String username = "staff2fa-" + UUID.randomUUID();
        accounts.createIfAbsent(username, "Test Coordinator", PASSWORD, StaffRole.COORDINATOR, mustChangePassword);
        return username;
    }
}
