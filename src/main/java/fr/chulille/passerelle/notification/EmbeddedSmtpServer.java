package fr.chulille.passerelle.notification;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The SMTP server of the default profile (GreenMail, loopback only), so that the whole journey works
 * without an outside mail server. Port 0 in {@code spring.mail.port} picks a free port (tests).
 * <p>
 * Started only when {@code passerelle.embedded-smtp.enabled} is true (the default profile; {@code prod} sets it
 * false), decided when the portal starts rather than by a bean condition: Spring's AOT processing
 * ({@code process-aot}, the {@code aot-cache} build) fixes the beans at build time, in the default profile, and
 * the same jar started with {@code prod} must neither open the port nor point the mail sender at it.
 */
@Component
public class EmbeddedSmtpServer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtpServer.class);
    private static final String LOOPBACK = "127.0.0.1";

    /** Null when switched off: then nothing listens and the mail sender keeps its settings. */
    private final GreenMail greenMail;

    EmbeddedSmtpServer(JavaMailSenderImpl mailSender,
                       @Value("${passerelle.embedded-smtp.enabled:false}") boolean enabled) {
        if (!enabled) {
            greenMail = null;
            return;
        }
        ServerSetup setup = new ServerSetup(mailSender.getPort(), LOOPBACK, ServerSetup.PROTOCOL_SMTP);
        if (mailSender.getPort() == 0) {
            setup = setup.dynamicPort();
        }
        greenMail = new GreenMail(setup).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        mailSender.setHost(LOOPBACK);
        mailSender.setPort(port());
        log.info("Embedded SMTP server (GreenMail) listening on {}:{}; mail is kept in memory, not delivered outside",
                LOOPBACK, port());
    }

    /** Whether this server was started ({@code passerelle.embedded-smtp.enabled}). */
    public boolean running() {
        return greenMail != null;
    }

    public int port() {
        if (greenMail == null) {
            throw new IllegalStateException("The embedded SMTP server is switched off (passerelle.embedded-smtp.enabled)");
        }
        return greenMail.getSmtp().getPort();
    }

    /** Every message received since start, oldest first; none when switched off. */
    public List<MimeMessage> receivedMessages() {
        return greenMail == null ? List.of() : List.of(greenMail.getReceivedMessages());
    }

    @Override
    public void destroy() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
