package fr.chulille.passerelle.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The accounts made at start-up: the investigator of PASSERELLE_ADMIN_* (set here as properties, as the
 * environment would) and the demo account whose password is printed. Output is captured from before the
 * context starts: these properties give this class its own application context.
 */
@SpringBootTest(properties = {
        "PASSERELLE_ADMIN_USERNAME=dr.first",
        "PASSERELLE_ADMIN_PASSWORD=first investigator's long password",
        "PASSERELLE_ADMIN_NAME=Dr First Investigator"})
@ExtendWith(OutputCaptureExtension.class)
class InitialStaffAccountsTest {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("password: (\\S+)");

    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    StaffAccountRepository repository;
    @Autowired
    InitialStaffAccounts initialAccounts;

    @Test
    void theInvestigatorFromTheEnvironmentLogsInAndItsPasswordIsNeverPrinted(CapturedOutput output) throws Exception {
        Authentication admin = login("dr.first", "first investigator's long password");

        // the password opens only the forced password change: the role comes with the new password
        assertThat(admin.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains(StaffAuthorities.PendingStep.PASSWORD_CHANGE.authority)
                .doesNotContain("ROLE_INVESTIGATOR", "ROLE_COORDINATOR");
        assertThat(repository.findByUsername("dr.first").orElseThrow().passwordChangeRequired()).isTrue();
        assertThat(((StaffUser) admin.getPrincipal()).displayName()).isEqualTo("Dr First Investigator");
        assertThat(output).contains("Created the investigator account 'dr.first'")
                .doesNotContain("first investigator's long password");
    }

    @Test
    void theDemoAccountIsAnInvestigatorWhosePrintedPasswordLogsIn(CapturedOutput output) throws Exception {
        String printed = lastPrintedPassword(output.getAll());

        Authentication demo = login(InitialStaffAccounts.DEMO_USERNAME, printed);

        assertThat(demo.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_INVESTIGATOR").doesNotContain("ROLE_COORDINATOR");
        assertThat(output).contains("DEMO STAFF ACCOUNT", "username: pi.demo");
    }

    @Test
    void aRestartGivesTheDemoAccountANewPasswordAndLeavesTheInvestigatorAlone(CapturedOutput output) throws Exception {
        String before = lastPrintedPassword(output.getAll());
        long accountsBefore = repository.count();

        initialAccounts.run(new DefaultApplicationArguments());

        String after = lastPrintedPassword(output.getAll());
        assertThat(after).isNotEqualTo(before);
        assertThat(login(InitialStaffAccounts.DEMO_USERNAME, after).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> login(InitialStaffAccounts.DEMO_USERNAME, before)).isInstanceOf(BadCredentialsException.class);
        assertThat(login("dr.first", "first investigator's long password").isAuthenticated()).isTrue();
        assertThat(output).contains("The investigator account 'dr.first' exists already");
        assertThat(repository.count()).isEqualTo(accountsBefore);
    }

    private static String lastPrintedPassword(String output) {
        Matcher matcher = PRINTED_PASSWORD.matcher(output);
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        assertThat(last).as("a printed demo password").isNotNull().hasSizeGreaterThanOrEqualTo(20);
        return last;
    }

    private Authentication login(String username, String password) throws Exception {
        AuthenticationManager manager = authentication.getAuthenticationManager();
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
