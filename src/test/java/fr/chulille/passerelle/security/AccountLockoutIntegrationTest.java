package fr.chulille.passerelle.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lockout through Spring Security's own authentication (events, user details, password encoder). */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class AccountLockoutIntegrationTest {

    private static final String PASSWORD = "the right password";

    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffAccountRepository repository;
    @Autowired
    AuthenticationConfiguration authentication;

    @Test
    void fiveFailuresLockTheAccountAndAreLoggedWithoutThePasswords(CapturedOutput output) throws Exception {
        String username = newAccount();
        for (int i = 0; i < 5; i++) {
            String guess = "secret-guess-" + i;
            assertThatThrownBy(() -> login(username, guess)).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> login(username, PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(output).contains("Failed staff login for username '" + username + "'",
                "Staff login locked for username '" + username + "'",
                "Refused staff login for locked username '" + username + "'");
        assertThat(output).doesNotContain("secret-guess-", PASSWORD);
    }

    @Test
    void anUnknownUsernameIsLockedLikeARealOne() throws Exception {
        String unknown = "nobody-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(unknown, "guess")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> login(unknown, "guess")).isInstanceOf(LockedException.class);
    }

    @Test
    void aSuccessResetsTheFailures() throws Exception {
        String username = newAccount();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login(username, "typo")).isInstanceOf(BadCredentialsException.class);
        }
        login(username, PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login(username, "typo")).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(login(username, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void passwordsAreStoredAsModernHashes() {
        String username = newAccount();

        assertThat(repository.findByUsername(username).orElseThrow().passwordHash()).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
    }

    private org.springframework.security.core.Authentication login(String username, String password) throws Exception {
        AuthenticationManager manager = authentication.getAuthenticationManager();
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private String newAccount() {
        String username = "staff-" + UUID.randomUUID();
        accounts.createIfAbsent(username, "Test Investigator", PASSWORD, StaffRole.INVESTIGATOR);
        return username;
    }
}
