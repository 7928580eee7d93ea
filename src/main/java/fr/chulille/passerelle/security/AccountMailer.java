package fr.chulille.passerelle.security;

import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.i18n.TranslationProvider;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The mail carrying a one-time link to set a password (invitation or reset): the link, its validity
 * and nothing else. Sent at once, through the portal's SMTP settings; a failure is reported to the
 * administrator, who may send the link again.
 */
@Component
class AccountMailer {

    private final JavaMailSender mailSender;
    private final Messages messages;
    private final String from;
    private final String publicBaseUrl;

    AccountMailer(JavaMailSender mailSender, TranslationProvider translations,
                  @Value("${passerelle.mail.from}") String from,
                  @Value("${passerelle.public-base-url}") String publicBaseUrl) {
        this.mailSender = mailSender;
        this.messages = translations.messages();
        this.from = from;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    static String linkPath(String token) {
        return "/account/set-password/" + token;
    }

    void sendLink(String email, String displayName, String username, String token, boolean invitation,
                  Duration validity, Locale language) {
        Locale locale = Messages.supported(language);
        String kind = invitation ? "invitation" : "reset";
        Map<String, Object> values = Map.of("name", displayName, "username", username,
                "link", publicBaseUrl + linkPath(token), "hours", validity.toHours());
        try {
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(strict(from));
            helper.setTo(strict(email));
            helper.setSubject(messages.format("accounts.mail." + kind + ".subject", locale));
            helper.setText(messages.format("accounts.mail." + kind + ".body", locale, values));
            mailSender.send(message);
        } catch (MessagingException e) {
            throw new AccountMailNotSent(e);
        } catch (MailException e) {
            throw new AccountMailNotSent(e);
        }
    }

    private static InternetAddress strict(String address) throws MessagingException {
        if (address == null || address.chars().anyMatch(c -> c == '\r' || c == '\n' || c == ',' || c == ';')) {
            throw new jakarta.mail.internet.AddressException("Not a single mail address", String.valueOf(address));
        }
        InternetAddress parsed = new InternetAddress(address, true);
        parsed.validate();
        return parsed;
    }

    /** The link could not be mailed: the change that needed it is rolled back. */
    static class AccountMailNotSent extends RuntimeException {
        AccountMailNotSent(Throwable cause) {
            super("The account mail could not be sent", cause);
        }
    }
}
