package fr.chulille.passerelle.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The login form's username, the one field anyone can type into before logging in: markup, line
 * breaks, 100 000 characters, emoji and right-to-left text, SQL metacharacters and wildcards. Each is
 * refused as wrong credentials (never a server error, never a partial match), and logged on one line
 * of bounded length. The login page shows only its own translated message (see {@code LoginViewTest}).
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class HostileUsernameTest {

    private static final String PASSWORD = "correct horse battery staple";

    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    StaffAccounts accounts;

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert('u')</script>", "nobody\r\n2026-01-01 INFO forged log line",
            "👩‍⚕️ سارة\u202E", "' OR '1'='1' --", "%", "_", "\\"})
    void aHostileUsernameIsRefusedAsWrongCredentialsAndLoggedOnOneLine(String username, CapturedOutput output) {
        assertThatThrownBy(() -> login(username, "guess")).isInstanceOf(BadCredentialsException.class);

        assertThat(output.getAll().lines()).anyMatch(line -> line.contains("Failed staff login for username"))
                .noneMatch(line -> line.startsWith("2026-01-01 INFO forged"));
    }

    @Test
    void aHundredThousandCharacterUsernameIsRefusedAndLoggedShort(CapturedOutput output) {
        String username = "u".repeat(100_000);

        assertThatThrownBy(() -> login(username, "guess")).isInstanceOf(AuthenticationException.class);

        assertThat(output.getAll().lines()).filteredOn(line -> line.contains("staff login"))
                .isNotEmpty().allSatisfy(line -> assertThat(line).hasSizeLessThan(400));
    }

    @Test
    void wildcardsInAUsernameNeverMatchAnotherAccount() throws Exception {
        String username = "hostile_" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createIfAbsent(username, "Hostile Test", PASSWORD, StaffRole.COORDINATOR);

        for (String pattern : new String[] {username.replace("_", "%"), username.replace("hostile_", "hostile\\_"),
                username.substring(0, username.length() - 1) + "_", username + "' --"}) {
            assertThatThrownBy(() -> login(pattern, PASSWORD)).as(pattern).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(login(username, PASSWORD)).isTrue();
    }

    private boolean login(String username, String password) throws Exception {
        return authentication.getAuthenticationManager()
                .authenticate(new UsernamePasswordAuthenticationToken(username, password)).isAuthenticated();
    }
}
