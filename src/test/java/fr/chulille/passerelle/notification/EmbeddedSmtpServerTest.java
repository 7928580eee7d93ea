package fr.chulille.passerelle.notification;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;

/** With the default settings, mail goes to the embedded GreenMail server: no outside server needed. */
@SpringBootTest
class EmbeddedSmtpServerTest {

    @Autowired
    JavaMailSender mailSender;
    @Autowired
    EmbeddedSmtpServer smtpServer;

    @Test
    void theDefaultMailConfigurationDeliversToTheEmbeddedServer() throws Exception {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("passerelle@localhost");
        message.setTo("someone@passerelle.localhost");
        message.setSubject("Embedded delivery check");
        message.setText("Bonjour");

        mailSender.send(message);

        MimeMessage received = smtpServer.receivedMessages().stream()
                .filter(m -> subjectOf(m).equals("Embedded delivery check"))
                .findFirst().orElseThrow();
        assertThat(received.getSubject()).isEqualTo("Embedded delivery check");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("someone@passerelle.localhost");
        assertThat(smtpServer.port()).isPositive();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
