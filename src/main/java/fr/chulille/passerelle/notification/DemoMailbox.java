package fr.chulille.passerelle.notification;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The mails kept by the embedded SMTP server of the default profile, so that someone trying the portal can read them. */
@Component
public class DemoMailbox {

    private final ObjectProvider<EmbeddedSmtpServer> embeddedServer;

    DemoMailbox(ObjectProvider<EmbeddedSmtpServer> embeddedServer) {
        this.embeddedServer = embeddedServer;
    }

    public record Mail(Instant receivedAt, String to, String subject, String text) {
    }

    /** Empty when the portal sends to a real mail server: then there is nothing to show here. */
    public Optional<List<Mail>> mails() {
        return Optional.ofNullable(embeddedServer.getIfAvailable()).filter(EmbeddedSmtpServer::running)
                .map(server -> server.receivedMessages().stream().map(DemoMailbox::mail)
                        .sorted(Comparator.comparing(Mail::receivedAt).reversed()).toList());
    }

    private static Mail mail(MimeMessage message) {
        try {
            Instant received = message.getSentDate() == null ? Instant.EPOCH : message.getSentDate().toInstant();
            String to = Arrays.stream(Optional.ofNullable(message.getAllRecipients()).orElse(new Address[0]))
                    .map(Address::toString).collect(Collectors.joining(", "));
            return new Mail(received, to, message.getSubject(), plainText(message));
        } catch (MessagingException | IOException e) {
            return new Mail(Instant.EPOCH, "?", "?", e.getMessage());
        }
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String text = plainText(child);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
