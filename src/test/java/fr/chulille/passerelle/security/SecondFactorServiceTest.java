package fr.chulille.passerelle.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static fr.chulille.passerelle.security.AccountsTestSupport.totp;
import static org.assertj.core.api.Assertions.assertThat;

/** TOTP (RFC 6238) enrolment and codes, replay refused, recovery codes used once. */
@SpringBootTest
@Import(AccountsTestSupport.Config.class)
@ContextConfiguration(initializers = AccountsTestSupport.Settings.class)
class SecondFactorServiceTest {

    @Autowired
    SecondFactorService secondFactor;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    record Enrolled(String username, String secret, List<String> recoveryCodes) {
    }

    @Test
    void enrolmentNeedsACodeOfTheSecretShownAndGivesTenRecoveryCodesStoredHashed() {
        String username = newAccount();
        String secret = secondFactor.newSecret();

        assertThat(secondFactor.verify(username, "000000".equals(totp(secret, clock)) ? "111111" : "000000", secret).accepted()).isFalse();
        assertThat(secondFactor.verify(username, totp(secret, clock), null).accepted()).as("no secret shown").isFalse();
        assertThat(secondFactor.isEnrolled(username)).isFalse();

        SecondFactorService.Outcome outcome = secondFactor.verify(username, totp(secret, clock), secret);

        assertThat(outcome.accepted()).isTrue();
        assertThat(secondFactor.isEnrolled(username)).isTrue();
        assertThat(outcome.newRecoveryCodes()).hasSize(10).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"));
        List<String> stored = jdbc.queryForList("SELECT c.code_hash FROM staff_recovery_code c JOIN staff_account a "
                + "ON a.id = c.account_id WHERE a.username = ?", String.class, username);
        assertThat(stored).hasSize(10).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
        assertThat(new HashSet<>(stored)).contains(Hashes.sha256(outcome.newRecoveryCodes().getFirst().replace("-", "")));
        assertThat(String.join(" ", stored)).doesNotContain(outcome.newRecoveryCodes().getFirst().replace("-", ""));
    }

    @Test
    void aTotpCodeWorksOnceAndAReplayedCodeIsRefused() {
        Enrolled enrolled = enrolled();
        String code = totp(enrolled.secret(), clock);

        assertThat(secondFactor.verify(enrolled.username(), code, null).accepted()).isTrue();
        assertThat(secondFactor.verify(enrolled.username(), code, null).accepted()).as("replayed at once").isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(secondFactor.verify(enrolled.username(), code, null).accepted()).as("replayed a step later").isFalse();
        assertThat(secondFactor.verify(enrolled.username(), totp(enrolled.secret(), clock), null).accepted()).isTrue();
    }

    @Test
    void aCodeFromTwoStepsAgoIsRefused() {
        Enrolled enrolled = enrolled();
        clock.advance(Duration.ofSeconds(60));
        String code = totp(enrolled.secret(), clock);

        clock.advance(Duration.ofSeconds(60));

        assertThat(secondFactor.verify(enrolled.username(), code, null).accepted()).isFalse();
    }

    @Test
    void aRecoveryCodeWorksOnceAndOnlyForItsAccount() {
        Enrolled enrolled = enrolled();
        Enrolled other = enrolled();
        String recovery = enrolled.recoveryCodes().get(3);

        assertThat(secondFactor.verify(other.username(), recovery, null).accepted()).as("another account's code").isFalse();
        assertThat(secondFactor.verify(enrolled.username(), recovery, null).accepted()).isTrue();
        assertThat(secondFactor.verify(enrolled.username(), recovery, null).accepted()).as("used twice").isFalse();
        assertThat(secondFactor.unusedRecoveryCodes(enrolled.username())).isEqualTo(9);
        String typedLoosely = enrolled.recoveryCodes().get(4).toUpperCase(Locale.ROOT).replace("-", " ");
        assertThat(secondFactor.verify(enrolled.username(), typedLoosely, null).accepted()).isTrue();
    }

    @Test
    void theQrCodeIsAPngDrawnOnTheServer() throws Exception {
        String uri = secondFactor.qrCodeDataUri("marie.dupont", secondFactor.newSecret());

        assertThat(uri).startsWith("data:image/png;base64,");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))));
        assertThat(image.getWidth()).isEqualTo(240);
    }

    private Enrolled enrolled() {
        String username = newAccount();
        String secret = secondFactor.newSecret();
        SecondFactorService.Outcome outcome = secondFactor.verify(username, totp(secret, clock), secret);
        assertThat(outcome.accepted()).isTrue();
        clock.advance(Duration.ofSeconds(30));
        return new Enrolled(username, secret, outcome.newRecoveryCodes());
    }

    private String newAccount() {
        String username = "tfa-" + UUID.randomUUID();
        accounts.createIfAbsent(username, "Second Factor Test", "a long test password", StaffRole.COORDINATOR);
        return username;
    }
}
