package fr.chulille.passerelle.notification;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The SMTP server of the default profile (GreenMail, loopback only), so that the whole journey works
 * without an outside mail server. Port 0 in {@code spring.mail.port} picks a free port (tests).
 */
@Component
@ConditionalOnProperty(name = "passerelle.embedded-smtp.enabled", havingValue = "true")
public class EmbeddedSmtpServer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtpServer.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final GreenMail greenMail;

    EmbeddedSmtpServer(JavaMailSenderImpl mailSender) {
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

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Every message received since start, oldest first. */
    public List<MimeMessage> receivedMessages() {
        return List.of(greenMail.getReceivedMessages());
    }

    @Override
    public void destroy() {
        greenMail.stop();
    }
}
