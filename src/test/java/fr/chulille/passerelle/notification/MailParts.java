package fr.chulille.passerelle.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.util.Collections;
import java.util.List;

/** The decoded text and HTML parts of a received mail (public: the hostile-input tests read the mails too). */
public record MailParts(String subject, String plain, String html, List<String> headerNames) {

    public static MailParts of(MimeMessage message) {
        try {
            StringBuilder plain = new StringBuilder();
            StringBuilder html = new StringBuilder();
            collect(message, plain, html);
            List<String> headers = Collections.list(message.getAllHeaders()).stream().map(h -> h.getName()).toList();
            return new MailParts(message.getSubject(), plain.toString(), html.toString(), headers);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String everything() {
        return subject + "\n" + plain + "\n" + html;
    }

    /**
     * Everything but the links' addresses: a link carries a random token or a referral's id, in which two letters
     * or four digits of a patient's data can appear by chance (one mail in a hundred for two letters).
     */
    public String everythingButLinks() {
        return everything().replaceAll("https?://[^\\s\"<]+", "<link>");
    }

    private static void collect(Part part, StringBuilder plain, StringBuilder html) throws Exception {
        if (part.isMimeType("text/plain")) {
            plain.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, plain, html);
            }
        }
    }
}
