package fr.chulille.passerelle.security;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the tests of staff accounts share: one GreenMail SMTP server for the whole test run (the
 * invitation and reset mails), a clock the tests move by hand, and TOTP codes computed as an
 * authenticator app would. The same settings in every class keep one cached application context.
 */
final class AccountsTestSupport {

    static final String BASE_URL = "https://passerelle.test.example";
    static final GreenMail SMTP = startSmtp();
    private static final Pattern LINK = Pattern.compile(Pattern.quote(BASE_URL) + "/account/set-password/([A-Za-z0-9_-]+)");

    private AccountsTestSupport() {
    }

    /**
     * The settings of these tests: the shared SMTP server, the second factor required as in {@code prod}.
     * One initializer class for every test class, so that they share a cached context.
     */
    static class Settings implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("accounts-test", Map.of(
                    "passerelle.embedded-smtp.enabled", "false",
                    "spring.mail.host", "127.0.0.1",
                    "spring.mail.port", String.valueOf(SMTP.getSmtp().getPort()),
                    "passerelle.public-base-url", BASE_URL + "/",
                    "passerelle.security.second-factor.required", "true",
                    "passerelle.login.max-attempts-per-address", "100000")));
        }
    }

    /** The clock of the application, moved by the tests (TOTP steps, link expiry, lock expiry). */
    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }

    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String body(MimeMessage message) {
        try {
            return message.getContent() instanceof String text ? text : GreenMailUtil.getBody(message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token of the last link mailed to this address. */
    static String lastLinkTokenTo(String address) {
        List<MimeMessage> mails = mailsTo(address);
        if (mails.isEmpty()) {
            throw new AssertionError("No mail to " + address);
        }
        Matcher link = LINK.matcher(body(mails.getLast()));
        if (!link.find()) {
            throw new AssertionError("No link in the mail to " + address + ": " + body(mails.getLast()));
        }
        return link.group(1);
    }

    /** The code an authenticator app shows at this clock's time, for this secret. */
    static String totp(String secret, Clock clock) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
                    .generate(secret, clock.instant().getEpochSecond() / SecondFactorService.PERIOD_SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startSmtp() {
        GreenMail greenMail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
        return greenMail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
