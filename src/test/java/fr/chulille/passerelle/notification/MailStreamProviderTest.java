package fr.chulille.passerelle.notification;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: Jakarta Mail's stream provider is named by its system property, so that Jakarta Mail does not scan
 * every jar for it at each body part. The class named must be the one the scan would find (a renamed class in a
 * later Angus Mail would silently bring the scan back), and mail must still be written and read the same.
 */
class MailStreamProviderTest {

    @Test
    void thePropertyNamesTheProviderTheClassPathDeclares() {
        NotificationConfig.nameTheStreamProvider();

        String declared = ServiceLoader.load(StreamProvider.class).findFirst().orElseThrow().getClass().getName();
        assertThat(System.getProperty(StreamProvider.class.getName())).isEqualTo(declared)
                .isEqualTo(NotificationConfig.ANGUS_STREAM_PROVIDER);
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(declared);
    }

    @Test
    void aMultipartMailWrittenAndReadBackIsUnchanged() throws Exception {
        NotificationConfig.nameTheStreamProvider();
        Session session = Session.getInstance(new Properties());
        MimeMessage message = new MimeMessage(session);
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText("Référence PAS-2026-0042 — lien : https://passerelle.example/status/x", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>Référence <b>PAS-2026-0042</b></p>", "text/html; charset=UTF-8");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.setSubject("Orientation reçue", "UTF-8");
        message.saveChanges();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        message.writeTo(written);

        MimeMessage read = new MimeMessage(session, new ByteArrayInputStream(written.toByteArray()));
        MimeMultipart parts = (MimeMultipart) read.getContent();
        assertThat(read.getSubject()).isEqualTo("Orientation reçue");
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Référence PAS-2026-0042 — lien : https://passerelle.example/status/x");
        assertThat(new String(parts.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("<p>Référence <b>PAS-2026-0042</b></p>");
    }
}
