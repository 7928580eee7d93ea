package fr.chulille.passerelle.security;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static fr.chulille.passerelle.security.AccountsTestSupport.totp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The principal investigator manages staff accounts: one-time links by mail, (de)activation, resets, all audited. */
@SpringBootTest
@Import(AccountsTestSupport.Config.class)
@ContextConfiguration(initializers = AccountsTestSupport.Settings.class)
@WithMockUser(username = StaffAccountAdminTest.ADMIN, roles = StaffRole.INVESTIGATOR_ROLE)
class StaffAccountAdminTest {

    static final String ADMIN = "pi.admin";
    private static final String PASSWORD = "a long passphrase for tests";

    @Autowired
    StaffAccountAdmin admin;
    @Autowired
    StaffPasswords passwords;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    SecondFactorService secondFactor;
    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void theAdministratorHasAnAccount() {
        accounts.createIfAbsent(ADMIN, "Pr Admin", "the administrator's password", StaffRole.INVESTIGATOR);
    }

    @Test
    void anInvitationMailsAOneTimeLinkThatSetsThePasswordOnce() throws Exception {
        String username = "coord-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@chu.example";

        admin.invite(username, "Dr Coordinator", email, StaffRole.COORDINATOR, Locale.ENGLISH);

        List<MimeMessage> mails = AccountsTestSupport.mailsTo(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("Passerelle: your staff account");
        String body = AccountsTestSupport.body(mails.getFirst());
        assertThat(body).contains(AccountsTestSupport.BASE_URL + "/account/set-password/", "48 hours", username);
        String token = AccountsTestSupport.lastLinkTokenTo(email);
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(jdbc.queryForList("SELECT token_hash FROM staff_account_token", String.class))
                .as("only the hash of the token is stored").contains(Hashes.sha256(token)).doesNotContain(token);
        assertThat(admin.list()).anySatisfy(row -> {
            assertThat(row.username()).isEqualTo(username);
            assertThat(row.role()).isEqualTo(StaffRole.COORDINATOR);
            assertThat(row.linkPending()).isTrue();
            assertThat(row.active()).isTrue();
        });
        assertThatThrownBy(() -> login(username, PASSWORD)).as("no password before the link").isInstanceOf(BadCredentialsException.class);

        assertThat(passwords.link(token)).hasValueSatisfying(link -> assertThat(link.username()).isEqualTo(username));
        passwords.setWithLink(token, PASSWORD, PASSWORD);

        assertThat(login(username, PASSWORD).isAuthenticated()).isTrue();
        assertThat(passwords.link(token)).as("used once").isEmpty();
        assertThatThrownBy(() -> passwords.setWithLink(token, "another long passphrase", "another long passphrase"))
                .isInstanceOf(AccountProblem.class);
        assertThat(audit(username)).containsExactlyInAnyOrder(ADMIN + ": INVITED " + username + " (COORDINATOR)",
                username + ": PASSWORD_SET " + username + " (INVITATION)");
    }

    @Test
    void theLinkExpiresAfter48Hours() {
        String email = invite("late");
        String token = AccountsTestSupport.lastLinkTokenTo(email);

        clock.advance(Duration.ofHours(47));
        assertThat(passwords.link(token)).isPresent();
        clock.advance(Duration.ofHours(1));

        assertThat(passwords.link(token)).isEmpty();
        assertThatThrownBy(() -> passwords.setWithLink(token, PASSWORD, PASSWORD)).isInstanceOf(AccountProblem.class);
    }

    @Test
    void theLinkRefusesAWeakPassword() {
        String email = invite("weak");
        String token = AccountsTestSupport.lastLinkTokenTo(email);
        String username = email.substring(0, email.indexOf('@'));

        assertThatThrownBy(() -> passwords.setWithLink(token, "password1234", "password1234"))
                .isInstanceOfSatisfying(StaffPasswords.PasswordRefused.class,
                        refused -> assertThat(refused.problem()).isEqualTo(PasswordPolicy.Problem.COMMON));
        assertThatThrownBy(() -> passwords.setWithLink(token, "short one", "short one"))
                .isInstanceOfSatisfying(StaffPasswords.PasswordRefused.class,
                        refused -> assertThat(refused.problem()).isEqualTo(PasswordPolicy.Problem.TOO_SHORT));
        assertThatThrownBy(() -> passwords.setWithLink(token, username + " 2026", username + " 2026"))
                .isInstanceOfSatisfying(StaffPasswords.PasswordRefused.class,
                        refused -> assertThat(refused.problem()).isEqualTo(PasswordPolicy.Problem.CONTAINS_USERNAME));
        assertThatThrownBy(() -> passwords.setWithLink(token, PASSWORD, PASSWORD + "!"))
                .isInstanceOfSatisfying(StaffPasswords.PasswordRefused.class,
                        refused -> assertThat(refused.problem()).isEqualTo(PasswordPolicy.Problem.MISMATCH));
        assertThat(passwords.link(token)).as("a refused password leaves the link usable").isPresent();
    }

    @Test
    void aDeactivatedAccountCannotLogInUntilReactivated() throws Exception {
        String username = activeAccount();
        StaffAccountAdmin.AccountRow row = row(username);

        admin.deactivate(row.id());

        assertThatThrownBy(() -> login(username, PASSWORD)).isInstanceOf(DisabledException.class);
        assertThat(row(username).active()).isFalse();

        admin.reactivate(row.id());

        assertThat(login(username, PASSWORD).isAuthenticated()).isTrue();
        assertThat(audit(username)).contains(ADMIN + ": DEACTIVATED " + username, ADMIN + ": REACTIVATED " + username);
    }

    @Test
    void aResetStopsTheOldPasswordAndMailsANewLink() throws Exception {
        String username = activeAccount();
        String email = username + "@chu.example";

        admin.resetPassword(row(username).id(), Locale.FRENCH);

        assertThatThrownBy(() -> login(username, PASSWORD)).isInstanceOf(BadCredentialsException.class);
        List<MimeMessage> mails = AccountsTestSupport.mailsTo(email);
        assertThat(mails).hasSize(2);
        assertThat(mails.getLast().getSubject()).isEqualTo("Passerelle : choisir un nouveau mot de passe");
        String token = AccountsTestSupport.lastLinkTokenTo(email);
        passwords.setWithLink(token, "a brand new passphrase", "a brand new passphrase");
        assertThat(login(username, "a brand new passphrase").isAuthenticated()).isTrue();
        assertThat(audit(username)).contains(ADMIN + ": PASSWORD_RESET " + username,
                username + ": PASSWORD_SET " + username + " (PASSWORD_RESET)");
    }

    @Test
    void aResetOfTheSecondFactorForgetsItsSecretAndRecoveryCodes() {
        String username = activeAccount();
        String secret = secondFactor.newSecret();
        List<String> recovery = secondFactor.verify(username, totp(secret, clock), secret).newRecoveryCodes();
        assertThat(row(username).secondFactorEnrolled()).isTrue();
        clock.advance(Duration.ofSeconds(30));

        admin.resetSecondFactor(row(username).id());

        assertThat(row(username).secondFactorEnrolled()).isFalse();
        assertThat(secondFactor.verify(username, totp(secret, clock), null).accepted()).isFalse();
        assertThat(secondFactor.verify(username, recovery.getFirst(), null).accepted()).isFalse();
        assertThat(audit(username)).contains(ADMIN + ": SECOND_FACTOR_RESET " + username);
    }

    @Test
    void theAdministratorCannotDeactivateThemselvesAndBadInvitationsAreRefused() {
        assertThatThrownBy(() -> admin.deactivate(row(ADMIN).id())).isInstanceOf(AccountProblem.class);
        assertThatThrownBy(() -> admin.invite(ADMIN.toUpperCase(Locale.ROOT), "Someone", "someone@chu.example",
                StaffRole.COORDINATOR, Locale.FRENCH)).hasMessage("accounts.problem.username-taken");
        assertThatThrownBy(() -> admin.invite("new.one", "Someone", "not an address", StaffRole.COORDINATOR, Locale.FRENCH))
                .hasMessage("accounts.problem.email");
        assertThatThrownBy(() -> admin.invite("x", "Someone", "x@chu.example", StaffRole.COORDINATOR, Locale.FRENCH))
                .hasMessage("accounts.problem.username");
        assertThatThrownBy(() -> admin.invite("new.two", "Someone", "a@b.example\r\nBcc: c@d.example", StaffRole.COORDINATOR,
                Locale.FRENCH)).hasMessage("accounts.problem.email");
    }

    @Test
    @WithMockUser(username = "coordinator.test", roles = StaffRole.COORDINATOR_ROLE)
    void aCoordinatorCannotManageAccounts() {
        assertThatThrownBy(() -> admin.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.invite("sneaky", "Sneaky", "sneaky@chu.example", StaffRole.INVESTIGATOR, Locale.FRENCH))
                .isInstanceOf(AccessDeniedException.class);
    }

    private String invite(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@chu.example";
        admin.invite(username, "Dr " + prefix, email, StaffRole.COORDINATOR, Locale.ENGLISH);
        return email;
    }

    private String activeAccount() {
        String email = invite("active");
        passwords.setWithLink(AccountsTestSupport.lastLinkTokenTo(email), PASSWORD, PASSWORD);
        return email.substring(0, email.indexOf('@'));
    }

    private StaffAccountAdmin.AccountRow row(String username) {
        return admin.list().stream().filter(r -> r.username().equals(username)).findFirst().orElseThrow();
    }

    /** The audit lines about this account, written in the inbox's audit table. */
    private List<String> audit(String username) {
        return jdbc.queryForList("SELECT actor || ': ' || detail FROM audit_entry WHERE action = 'STAFF_ACCOUNT' AND referral_id IS NULL "
                + "AND detail LIKE ? ORDER BY at", String.class, "%" + username + "%");
    }

    private Authentication login(String username, String password) throws Exception {
        return authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
