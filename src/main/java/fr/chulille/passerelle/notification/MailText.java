package fr.chulille.passerelle.notification;

import org.springframework.web.util.HtmlUtils;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One mail's subject and paragraphs, rendered as plain text and as HTML in which every value
 * (typed by a user or not) is escaped.
 */
record MailText(String language, String subject, List<String> paragraphs) {

    MailText {
        subject = singleLine(subject);
        paragraphs = List.copyOf(paragraphs);
    }

    String plain() {
        return String.join("\n\n", paragraphs) + "\n";
    }

    String html() {
        String body = paragraphs.stream()
                .map(p -> "<p>" + HtmlUtils.htmlEscape(p, "UTF-8").replace("\n", "<br>") + "</p>")
                .collect(Collectors.joining("\n"));
        return "<!DOCTYPE html>\n<html lang=\"" + HtmlUtils.htmlEscape(language) + "\"><head><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape(subject, "UTF-8") + "</title></head>\n<body>\n" + body + "\n</body></html>\n";
    }

    /** Line breaks in a value meant for one line (a name, a subject) become spaces: they can't start a header. */
    static String singleLine(String value) {
        return value == null ? "" : value.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").strip();
    }
}
