package fr.chulille.passerelle.notification;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/** A GreenMail SMTP server on a free port, that a test can stop and start again to simulate an outage. */
final class TestSmtpServer {

    final int port = freePort();
    private GreenMail greenMail;

    void start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
    }

    void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    List<MimeMessage> messages() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    List<MimeMessage> messagesTo(String address) {
        return messages().stream().filter(m -> recipients(m).contains(address)).toList();
    }

    static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
