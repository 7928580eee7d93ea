package fr.chulille.passerelle.inbox;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import fr.chulille.passerelle.followup.MessageAuthor;
import fr.chulille.passerelle.followup.ReferrerMessages;
import fr.chulille.passerelle.followup.ThreadMessage;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.chulille.passerelle.eligibility.CriterionKind;
import fr.chulille.passerelle.eligibility.MessageKey;
import fr.chulille.passerelle.eligibility.TrialCriteria;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.layout.MainLayout;
import fr.chulille.passerelle.referral.Closing;
import fr.chulille.passerelle.referral.FreeText;
import fr.chulille.passerelle.notification.MailStatus;
import fr.chulille.passerelle.referral.ReferralRecord;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.referral.StoredPreCheck;
import fr.chulille.passerelle.referral.SubmittedContent;
import fr.chulille.passerelle.security.StaffRole;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import fr.chulille.passerelle.eligibility.Fact;
import java.util.UUID;
import java.util.function.Supplier;

/** One referral for staff: everything submitted, its pre-check, mails, status workflow, notes and audit trail. */
@Route(value = "inbox/:referralId", layout = MainLayout.class)
@RolesAllowed({StaffRole.INVESTIGATOR_ROLE, StaffRole.COORDINATOR_ROLE})
class ReferralDetailView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final InboxService inbox;
    private ReferralDetails details;
    private java.util.List<ThreadMessage> thread = java.util.List.of();

    ReferralDetailView(InboxService inbox) {
        this.inbox = inbox;
        addClassName("referral-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get("referralId").flatMap(ReferralDetailView::uuid);
        try {
            details = inbox.open(id.orElseThrow());
            thread = details.referral().erased() ? java.util.List.of() : inbox.readThread(id.orElseThrow());
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** The router sets the title after every navigation (to an empty one without this), after localeChange. */
    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("inbox.page-title")
                : getTranslation("inbox.detail.page-title", Map.of("reference", details.referral().reference()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        if (details == null) {
            return;
        }
        ReferralRecord referral = details.referral();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        add(new Anchor("inbox", getTranslation("inbox.detail.back")),
                new H1(getTranslation("inbox.detail.heading", Map.of("reference", referral.reference()))));
        if (referral.erased()) {
            // only the anonymous row is left (privacy package): nothing to show or to work on
            add(summarySection(referral), dataProtectionSection(referral), auditSection());
            return;
        }
        add(summarySection(referral), referrerSection(referral), patientSection(referral), factsSection(referral),
                preCheckSection(referral), mailSection(), statusSection(referral), messagesSection(referral), notesSection(),
                dataProtectionSection(referral), auditSection());
    }

    /** When the purge will erase it (or when it was erased), the subject access exports, and erasure on request. */
    private Section dataProtectionSection(ReferralRecord referral) {
        Section section = section("privacy.detail.heading");
        section.setId("data-protection");
        if (referral.erased()) {
            section.add(new Paragraph(getTranslation("privacy.detail.erased", Map.of(
                    "date", Messages.dateTime(referral.erasedAt(), getLocale()),
                    "category", getTranslation("privacy.detail.category." + referral.erasureCategory().toLowerCase(java.util.Locale.ROOT))))));
        } else {
            Paragraph purge = new Paragraph(getTranslation("privacy.detail.purge-on",
                    Map.of("date", Messages.dateTime(inbox.purgeOn(referral), getLocale()))));
            purge.setId("purge-on");
            section.add(purge);
        }
        UUID id = referral.id();
        Anchor json = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = inbox.subjectAccessJson(id).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "passerelle-" + referral.reference() + ".json",
                    "application/json; charset=utf-8", bytes.length);
        }), getTranslation("privacy.detail.export-json"));
        json.setId("subject-access-json");
        Anchor page = new Anchor("inbox/" + id + "/subject-access", getTranslation("privacy.detail.export-page"));
        page.setId("subject-access-page");
        section.add(new Paragraph(json), new Paragraph(page));
        if (!referral.erased() && inbox.isInvestigator()) {
            Checkbox confirm = new Checkbox(getTranslation("privacy.detail.erase-confirm"));
            confirm.setId("erase-confirm");
            Button erase = new Button(getTranslation("privacy.detail.erase"));
            erase.setId("erase");
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
            erase.addClickListener(click -> {
                if (!confirm.getValue()) {
                    confirm.setInvalid(true);
                    confirm.setErrorMessage(getTranslation("privacy.detail.erase-unconfirmed"));
                    confirm.focus();
                    return;
                }
                act(() -> inbox.eraseOnRequest(id), "privacy.detail.erased-done");
            });
            section.add(confirm, erase);
        }
        return section;
    }

    private Section summarySection(ReferralRecord referral) {
        return section("inbox.detail.summary",
                field("inbox.detail.received", Messages.dateTime(referral.submittedAt(), getLocale())),
                field("inbox.detail.status", getTranslation(referral.status().messageKey())
                        + referral.closingCategory().map(category -> " — " + getTranslation(category.messageKey())
                                + (referral.failedCriteria().isEmpty() ? ""
                                        : " (" + Closing.listed(referral.failedCriteria()) + ")")).orElse("")
                        + (referral.statusReason() == null ? "" : " — " + referral.statusReason())),
                field("inbox.detail.advice", getTranslation(InboxService.adviceKey(referral.advice()))),
                field("inbox.detail.criteria-version", referral.criteriaVersion()),
                field("inbox.detail.form-language", referral.formLanguage()),
                field("inbox.detail.comment", referral.comment() == null || referral.comment().isBlank()
                        ? getTranslation("inbox.detail.none") : referral.comment()));
    }

    private Section referrerSection(ReferralRecord referral) {
        var referrer = referral.referrer();
        return section("inbox.detail.referrer",
                field("inbox.detail.referrer-name", referrer.name()),
                field("inbox.detail.rpps", referrer.rpps()),
                field("inbox.detail.hospital", referrer.hospital() + " — " + referrer.department()),
                field("inbox.detail.email", referrer.email()),
                field("inbox.detail.phone", referrer.phone()));
    }

    private Section patientSection(ReferralRecord referral) {
        var patient = referral.patient();
        return section("inbox.detail.patient",
                field("inbox.detail.initials", patient.initials()),
                field("inbox.detail.birth-year", patient.birthYear() == null ? getTranslation("inbox.detail.none") : String.valueOf(patient.birthYear())),
                field("inbox.detail.consent", getTranslation(referral.consentAttested() ? "inbox.detail.yes" : "inbox.detail.no")));
    }

    private Section factsSection(ReferralRecord referral) {
        Section section = section("inbox.detail.facts");
        SubmittedContent submitted = details.submitted();
        Set<String> attestedInGroup = submitted.attestedInGroup().stream().map(Fact::labelKey).collect(Collectors.toSet());
        submitted.facts().ifPresentOrElse(
                facts -> SubmittedFacts.lines(facts, key -> getTranslation(key))
                        .forEach(line -> section.add(field(line.labelKey(), attestedInGroup.contains(line.labelKey())
                                ? line.value() + " — " + getTranslation("answernext.detail.attested-in-group") : line.value()))),
                () -> section.add(new Pre(asStored(submitted.factsAsStored()))));
        return section;
    }

    /** The table as stored at submission; beside it the current evaluation when the criteria changed since. */
    private Section preCheckSection(ReferralRecord referral) {
        Section section = section("inbox.detail.precheck");
        Optional<StoredPreCheck> stored = details.submitted().preCheck();
        boolean sameCriteria = TrialCriteria.VERSION.equals(referral.criteriaVersion());
        stored.ifPresentOrElse(snapshot -> {
                    section.add(new Paragraph(getTranslation("inbox.detail.precheck-stored", Map.of("version", snapshot.criteriaVersion()))));
                    failedLists(section, snapshot);
                    section.add(preCheckGrid(snapshot.rows()));
                },
                () -> section.add(new Details(getTranslation("inbox.detail.precheck-raw"),
                        new Pre(asStored(details.submitted().preCheckAsStored())))));
        if (!sameCriteria || stored.isEmpty()) {
            inbox.currentPreCheck(details).ifPresent(current -> section.add(
                    new Paragraph(getTranslation("inbox.detail.precheck-current", Map.of("version", TrialCriteria.VERSION))),
                    preCheckGrid(current.evaluations().stream().map(StoredPreCheck.Row::of).toList())));
        }
        return section;
    }

    /** "Inclusion criteria not met" and "Exclusion criteria present", each with its criteria: never one mixed list. */
    private void failedLists(Section section, StoredPreCheck snapshot) {
        for (CriterionKind kind : CriterionKind.values()) {
            List<StoredPreCheck.Row> failed = snapshot.failed(kind);
            if (failed.isEmpty()) {
                continue;
            }
            MessageKey heading = kind == CriterionKind.INCLUSION ? MessageKey.ADVICE_INCLUSION_NOT_MET : MessageKey.ADVICE_EXCLUSION_PRESENT;
            Paragraph title = new Paragraph(getTranslation(heading.key(), Map.of("count", failed.size())));
            title.addClassName("advice-section-heading");
            UnorderedList list = new UnorderedList();
            list.setId("detail-" + kind.name().toLowerCase(Locale.ROOT));
            failed.forEach(row -> list.add(new ListItem(row.id() + " — "
                    + (row.labelKey() == null ? "" : getTranslation(row.labelKey(), row.labelArgs())))));
            section.add(title, list);
        }
    }

    private Grid<StoredPreCheck.Row> preCheckGrid(List<StoredPreCheck.Row> rows) {
        Grid<StoredPreCheck.Row> grid = new Grid<>();
        grid.addColumn(StoredPreCheck.Row::id).setHeader(getTranslation("inbox.detail.criterion-id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.labelKey() == null ? "" : getTranslation(row.labelKey(), row.labelArgs())).setHeader(getTranslation("inbox.detail.criterion")).setFlexGrow(1);
        grid.addColumn(row -> getTranslation(row.displayKey())).setHeader(getTranslation("inbox.detail.result")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.reasonKey(), row.reasonArgs())).setHeader(getTranslation("inbox.detail.reason")).setFlexGrow(2);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addClassName("precheck-grid");
        return grid;
    }

    private Section mailSection() {
        UnorderedList list = new UnorderedList();
        for (MailStatus mail : details.mails()) {
            list.add(new ListItem(getTranslation("inbox.detail.mail-line",
                    Map.of("recipient", getTranslation(mail.recipient().messageKey()), "state", mailState(mail)))));
        }
        return section("inbox.detail.mails", list);
    }

    private String mailState(MailStatus mail) {
        return switch (mail.stage()) {
            case QUEUED -> getTranslation("notification.mail.queued");
            case SENT -> getTranslation("notification.mail.sent", Map.of("date", Messages.dateTime(mail.sentAt(), getLocale())));
            case FAILING -> getTranslation("notification.mail.failing", Map.of("date", Messages.dateTime(mail.failingSince(), getLocale()),
                    "attempts", mail.attempts(), "error", mail.lastError()));
        };
    }

    private Section statusSection(ReferralRecord referral) {
        Select<ReferralStatus> status = new Select<>();
        status.setId("status-select");
        status.setLabel(getTranslation("inbox.detail.new-status"));
        status.setItems(ReferralStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setValue(referral.status());
        TextArea reason = textArea("status-reason", "inbox.detail.reason-label", "inbox.detail.reason-help");
        // issue 15: the category of a closing status, and for "not eligible" the failed criteria
        ClosingFields closing = new ClosingFields(details.submitted().preCheck()
                .map(stored -> stored.rows().stream().filter(StoredPreCheck.Row::failed).map(StoredPreCheck.Row::id)
                        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)))
                .orElseGet(java.util.LinkedHashSet::new));
        closing.show(referral.status());
        status.addValueChangeListener(event -> closing.show(event.getValue()));
        Checkbox tell = new Checkbox(getTranslation("followup.inbox.tell-referrer"), true);
        tell.setId("status-tell-referrer");
        tell.setHelperText(getTranslation("followup.inbox.tell-referrer-help"));
        Button change = new Button(getTranslation("inbox.detail.change-status"));
        change.setId("status-change");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(click -> {
            if (status.getValue() != null && status.getValue().needsReason() && reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("inbox.detail.reason-required"));
                reason.focus();
                return;
            }
            if (refused(reason, InboxService.MAX_REASON_LENGTH)) {
                return;
            }
            Closing chosen;
            try {
                chosen = closing.closing().orElse(null);
            } catch (ClosingFields.Incomplete e) {
                return;
            }
            act(() -> inbox.changeStatus(referral.id(), status.getValue(), reason.getValue(), chosen, tell.getValue()),
                    "inbox.detail.status-changed");
        });
        return section("inbox.detail.workflow", status, closing, reason, tell, change);
    }

    /** The thread with the referrer (followup): their new replies marked, and a message to them. */
    private Section messagesSection(ReferralRecord referral) {
        OrderedList list = new OrderedList();
        list.setId("referrer-messages");
        for (ThreadMessage message : thread) {
            ListItem item = new ListItem();
            item.addClassName("thread-message");
            if (message.unread()) {
                Span unread = new Span(getTranslation("followup.inbox.unread"));
                unread.addClassName("thread-unread");
                unread.getElement().getThemeList().add("badge");
                item.add(unread, new Span(" "));
                item.addClassName("unread");
            }
            item.add(new Span(message.author() == MessageAuthor.STAFF
                    ? getTranslation("followup.inbox.from-team", Map.of("date", Messages.dateTime(message.writtenAt(), getLocale())))
                    : getTranslation("followup.inbox.from-referrer", Map.of("date", Messages.dateTime(message.writtenAt(), getLocale())))));
            Paragraph text = new Paragraph(message.text());
            text.addClassName("thread-message-text");
            item.add(text);
            list.add(item);
        }
        if (thread.isEmpty()) {
            list.add(new ListItem(getTranslation("inbox.detail.none")));
        }
        TextArea message = new TextArea(getTranslation("followup.inbox.message-label"));
        message.setId("referrer-message-text");
        message.setHelperText(getTranslation("followup.inbox.message-help", Map.of("max", ReferrerMessages.MAX_LENGTH)));
        Button send = new Button(getTranslation("followup.inbox.message-send"));
        send.setId("referrer-message-send");
        send.addClickListener(click -> {
            if (!ReferrerMessages.isValid(message.getValue())) {
                message.setInvalid(true);
                message.setErrorMessage(getTranslation(message.getValue().isBlank()
                        ? "followup.inbox.message-required" : "followup.inbox.message-invalid",
                        Map.of("max", ReferrerMessages.MAX_LENGTH)));
                message.focus();
                return;
            }
            act(() -> {
                ReferralDetails after = inbox.writeToReferrer(referral.id(), message.getValue());
                thread = inbox.readThread(referral.id());
                return after;
            }, "followup.inbox.message-sent");
        });
        return section("followup.inbox.messages", list, message, send);
    }

    private Section notesSection() {
        UnorderedList list = new UnorderedList();
        details.notes().forEach(note -> list.add(new ListItem(getTranslation("inbox.detail.note-line", Map.of(
                "author", note.author(), "date", Messages.dateTime(note.writtenAt(), getLocale()), "text", note.text())))));
        if (details.notes().isEmpty()) {
            list.add(new ListItem(getTranslation("inbox.detail.none")));
        }
        TextArea note = textArea("note-text", "inbox.detail.note-label", "inbox.detail.note-help");
        Button add = new Button(getTranslation("inbox.detail.add-note"));
        add.setId("note-add");
        add.addClickListener(click -> {
            if (note.getValue().isBlank()) {
                note.setInvalid(true);
                note.setErrorMessage(getTranslation("inbox.detail.note-required"));
                return;
            }
            if (refused(note, InboxService.MAX_NOTE_LENGTH)) {
                return;
            }
            act(() -> inbox.addNote(details.referral().id(), note.getValue()), "inbox.detail.note-added");
        });
        return section("inbox.detail.notes", list, note, add);
    }

    private Section auditSection() {
        UnorderedList list = new UnorderedList();
        details.audit().forEach(line -> list.add(new ListItem(getTranslation("inbox.detail.audit-line", Map.of(
                "date", Messages.dateTime(line.at(), getLocale()), "actor", line.actor(),
                "action", getTranslation(line.action().messageKey()), "detail", line.detail() == null ? "" : line.detail())))));
        return section("inbox.detail.audit", list);
    }

    private void act(Supplier<ReferralDetails> action, String doneKey) {
        try {
            details = action.get();
            render();
            Notification.show(getTranslation(doneKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ObjectOptimisticLockingFailureException e) {
            Notification.show(getTranslation("inbox.detail.changed-meanwhile")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** No maxlength on the text areas: the browser would cut a long paste silently; the message says why instead. */
    private TextArea textArea(String id, String labelKey, String helperKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setHelperText(getTranslation(helperKey));
        return area;
    }

    /** Marks a text too long or holding control characters, which the service would refuse. */
    private boolean refused(TextArea area, int maxLength) {
        String text = area.getValue().strip();
        String problem = text.length() > maxLength ? getTranslation("inbox.detail.too-long", Map.of("max", maxLength))
                : !FreeText.isValidLines(text) ? getTranslation("inbox.detail.characters") : null;
        if (problem != null) {
            area.setInvalid(true);
            area.setErrorMessage(problem);
            area.focus();
        }
        return problem != null;
    }

    private Section section(String headingKey, Component... content) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        section.addClassName("detail-section");
        section.add(content);
        return section;
    }

    private Paragraph field(String labelKey, String value) {
        Paragraph line = new Paragraph();
        line.addClassName("detail-field");
        Span label = new Span(getTranslation("inbox.detail.field-label", Map.of("label", getTranslation(labelKey))));
        label.addClassName("detail-label");
        line.add(label, new Span(value == null ? "" : value));
        return line;
    }

    /** A snapshot that no longer decodes, as stored: its JSON, or its text when it is not JSON. */
    private static String asStored(Object stored) {
        return stored == null || stored instanceof String ? String.valueOf(stored) : SubjectAccessExport.toJson(stored);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
