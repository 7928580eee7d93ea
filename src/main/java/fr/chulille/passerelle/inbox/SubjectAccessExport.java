package fr.chulille.passerelle.inbox;

import fr.chulille.passerelle.followup.ThreadMessage;
import fr.chulille.passerelle.notification.MailStatus;
import fr.chulille.passerelle.referral.ReferralRecord;
import fr.chulille.passerelle.referral.SubmittedContent;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the portal holds about one referral, for a subject access request: all its fields, the
 * clinical facts and pre-check as stored, the status history, the notes, the messages exchanged with the
 * referrer, the metadata of every mail (the submission's and the later ones: status, message) and the
 * audit entries. One tree of maps, lists and texts, written as the JSON file and shown as the printable page.
 */
final class SubjectAccessExport {

    static final List<String> SECTIONS = List.of("export", "referral", "referrer", "patient", "clinical-facts",
            "pre-check", "status-history", "notes", "messages", "mails", "audit");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SubjectAccessExport() {
    }

    /** The mails of a referral: the two sent on submission, then the later ones (status changes, messages). */
    record Mails(List<MailStatus> onSubmission, List<MailStatus> later) {
    }

    static Map<String, Object> of(ReferralRecord referral, SubmittedContent submitted, Instant purgeOn, Mails mails,
                                  List<ReferralNote.NoteView> notes, List<ThreadMessage> messages,
                                  List<AuditEntry.AuditLine> audit, String exportedBy, Instant exportedAt) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("export", ordered("exported-at", text(exportedAt), "exported-by", exportedBy,
                "portal", "Passerelle"));
        tree.put("referral", ordered(
                "reference", referral.reference(),
                "id", referral.id().toString(),
                "submitted-at", text(referral.submittedAt()),
                "form-language", referral.formLanguage(),
                "consent-attested", String.valueOf(referral.consentAttested()),
                "comment", referral.comment(),
                "criteria-version", referral.criteriaVersion(),
                "advice", referral.advice(),
                "status", referral.status().name(),
                "status-reason", referral.statusReason(),
                "status-changed-at", text(referral.statusChangedAt()),
                "closing-category", referral.closingCategory().map(Enum::name).orElse(null),
                "criteria-found-not-met", referral.failedCriteria().stream().sorted().toList(),
                "erasure-planned-on", referral.erased() ? null : text(purgeOn),
                "erased-at", text(referral.erasedAt()),
                "erasure-category", referral.erasureCategory()));
        var referrer = referral.referrer();
        tree.put("referrer", ordered("name", referrer.name(), "rpps", referrer.rpps(), "hospital", referrer.hospital(),
                "department", referrer.department(), "email", referrer.email(), "phone", referrer.phone()));
        var patient = referral.patient();
        tree.put("patient", ordered("initials", patient.initials(),
                "birth-year", patient.birthYear() == null ? null : String.valueOf(patient.birthYear()),
                "sex", patient.sex()));
        tree.put("clinical-facts", submitted.factsAsStored());
        tree.put("pre-check", submitted.preCheckAsStored());
        List<Object> history = new ArrayList<>();
        history.add(ordered("at", text(referral.submittedAt()), "actor", "referrer", "change", "submitted (NEW)"));
        audit.stream().filter(line -> line.action() == AuditEntry.Action.STATUS_CHANGE).forEach(line ->
                history.add(ordered("at", text(line.at()), "actor", line.actor(), "change", line.detail())));
        tree.put("status-history", history);
        tree.put("notes", notes.stream().map(note -> (Object) ordered("written-at", text(note.writtenAt()),
                "author", note.author(), "text", note.text())).toList());
        tree.put("messages", messages.stream().map(message -> (Object) ordered("written-at", text(message.writtenAt()),
                "author", message.author().name(), "text", message.text())).toList());
        List<Object> mailList = new ArrayList<>();
        mails.onSubmission().forEach(mail -> mailList.add(mail(mail, "submission")));
        mails.later().forEach(mail -> mailList.add(mail(mail, "follow-up")));
        tree.put("mails", mailList);
        tree.put("audit", audit.stream().map(line -> (Object) ordered("at", text(line.at()), "actor", line.actor(),
                "action", line.action().name(), "detail", line.detail())).toList());
        return tree;
    }

    private static Map<String, Object> mail(MailStatus mail, String about) {
        return ordered("about", about, "recipient", mail.recipient().name(), "state", mail.stage().name(),
                "attempts", String.valueOf(mail.attempts()), "sent-at", text(mail.sentAt()),
                "failing-since", text(mail.failingSince()), "last-error", mail.lastError());
    }

    static String toJson(Object tree) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
