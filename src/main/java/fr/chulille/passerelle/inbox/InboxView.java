package fr.chulille.passerelle.inbox;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.chulille.passerelle.eligibility.AdviceKind;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.layout.MainLayout;
import fr.chulille.passerelle.notification.MailStatus;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.security.StaffRole;
import fr.chulille.passerelle.triage.TriageTimePanel;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The staff inbox: every referral, newest first, filtered by status, advice and text; on top, the count
 * of enrolled referrals (staff only), the triage time of the last 90 days and the recruitment state that the public pages show.
 */
@Route(value = "inbox", layout = MainLayout.class)
@Menu(order = 3, title = "layout.nav.inbox")
@RolesAllowed({StaffRole.INVESTIGATOR_ROLE, StaffRole.COORDINATOR_ROLE})
class InboxView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final InboxService inbox;
    private final H1 title = new H1();
    private final Paragraph places = new Paragraph();
    private final Select<ReferralStatus> statusFilter = new Select<>();
    private final Select<AdviceKind> adviceFilter = new Select<>();
    private final TextField textFilter = new TextField();
    private final Anchor export;
    /**
     * Names, mails and phone numbers: never cached. The download runs outside the UI's request, where
     * getLocale() would fall back to the default (French): the language is the page's, read from its UI.
     */
    private final DownloadHandler csvDownload;
    private final Paragraph count = new Paragraph();
    private final Anchor mailboxLink = new Anchor("inbox/mails", "");
    private final Grid<ReferralRow> grid = new Grid<>();
    private final Grid.Column<ReferralRow> referenceColumn;
    private final Grid.Column<ReferralRow> receivedColumn;
    private final Grid.Column<ReferralRow> referrerColumn;
    private final Grid.Column<ReferralRow> adviceColumn;
    private final Grid.Column<ReferralRow> statusColumn;
    private final Grid.Column<ReferralRow> mailColumn;
    private final Grid.Column<ReferralRow> purgeColumn;
    private final Anchor accessReportLink = new Anchor("inbox/access-report", "");
    /** Issue 15: the screening log (screening package). */
    private final Anchor screeningLogLink = new Anchor("screening-log", "");

    InboxView(InboxService inbox) {
        this.inbox = inbox;
        csvDownload = DownloadHandler.fromInputStream(event -> {
            event.getResponse().setHeader("Cache-Control", "no-store");
            byte[] csv = inbox.exportCsv(filter(), event.getUI().getLocale()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "passerelle-referrals-" + LocalDate.now() + ".csv",
                    "text/csv; charset=utf-8", csv.length);
        });
        addClassName("inbox");
        places.addClassName("inbox-places");
        count.addClassName("inbox-count");
        count.getElement().setAttribute("aria-live", "polite");

        // no selection = every status / every advice
        statusFilter.setItems(ReferralStatus.values());
        adviceFilter.setItems(AdviceKind.values());
        statusFilter.setEmptySelectionAllowed(true);
        adviceFilter.setEmptySelectionAllowed(true);
        textFilter.setValueChangeMode(ValueChangeMode.LAZY);
        textFilter.setClearButtonVisible(true);
        statusFilter.addValueChangeListener(e -> refresh());
        adviceFilter.addValueChangeListener(e -> refresh());
        textFilter.addValueChangeListener(e -> refresh());
        statusFilter.setId("inbox-status-filter");
        adviceFilter.setId("inbox-advice-filter");
        textFilter.setId("inbox-text-filter");

        export = new Anchor(csvDownload, "");
        export.setId("inbox-export");
        export.addClassName("inbox-export");

        referenceColumn = grid.addComponentColumn(this::referenceLink).setAutoWidth(true).setFlexGrow(0);
        receivedColumn = grid.addColumn(row -> Messages.dateTime(row.submittedAt(), getLocale())).setAutoWidth(true);
        referrerColumn = grid.addColumn(row -> row.erased() ? "" : row.referrerName() + " — " + row.hospital()).setFlexGrow(1);
        adviceColumn = grid.addColumn(row -> getTranslation(InboxService.adviceKey(row.advice()))).setAutoWidth(true);
        statusColumn = grid.addColumn(row -> getTranslation(row.status().messageKey())).setAutoWidth(true);
        mailColumn = grid.addColumn(row -> row.mails().stream()
                .map(mail -> getTranslation("inbox.mail-short." + mail.stage().name().toLowerCase()))
                .collect(Collectors.joining(" / "))).setAutoWidth(true);
        // when the retention purge erases it (privacy package)
        purgeColumn = grid.addColumn(row -> row.erased() ? getTranslation("privacy.inbox.erased")
                : Messages.dateTime(row.purgeOn(), getLocale())).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPartNameGenerator(row -> row.unread() ? "unread" : null);
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
        grid.setItems(query -> inbox.list(filter(), query.getPage(), query.getPageSize()).stream());

        Div filters = new Div(statusFilter, adviceFilter, textFilter, export, mailboxLink);
        accessReportLink.setId("access-report-link");
        accessReportLink.setVisible(inbox.isInvestigator());
        filters.add(accessReportLink);
        screeningLogLink.setId("screening-log-link");
        filters.add(screeningLogLink);
        filters.addClassName("inbox-filters");
        add(title, places, new TriageTimePanel(inbox::triageTime), new RecruitmentPanel(inbox), filters, count, grid);
    }

    /** The CSV export's download handler (for tests: the view may be a security proxy, so no field access). */
    DownloadHandler csvDownload() {
        return csvDownload;
    }

    private Span referenceLink(ReferralRow row) {
        Anchor link = new Anchor("inbox/" + row.id(), row.reference());
        Span cell = new Span(link);
        if (row.unread()) {
            Span badge = new Span(getTranslation("inbox.unread"));
            badge.addClassName("unread-badge");
            cell.add(badge);
            link.getStyle().set("font-weight", "700");
        }
        return cell;
    }

    private InboxFilter filter() {
        return new InboxFilter(
                statusFilter.getValue(),
                adviceFilter.getValue() == null ? null : adviceFilter.getValue().name(),
                textFilter.getValue());
    }

    private void refresh() {
        boolean tooLong = textFilter.getValue().strip().length() > InboxFilter.MAX_TEXT_LENGTH;
        textFilter.setInvalid(tooLong);
        textFilter.setErrorMessage(tooLong ? getTranslation("inbox.filter.too-long", Map.of("max", InboxFilter.MAX_TEXT_LENGTH)) : null);
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("inbox.count", Map.of("count", inbox.count(filter()))));
    }

    /** The router sets the title after every navigation (to an empty one without this), after localeChange. */
    @Override
    public String getPageTitle() {
        return getTranslation("inbox.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        title.setText(getTranslation("inbox.heading"));
        InboxService.Places counter = inbox.places();
        places.setText(getTranslation("inbox.places", Map.of("enrolled", counter.enrolled(), "target", counter.target())));
        statusFilter.setLabel(getTranslation("inbox.filter.status"));
        statusFilter.setEmptySelectionCaption(getTranslation("inbox.filter.all"));
        statusFilter.setItemLabelGenerator(status -> status == null ? getTranslation("inbox.filter.all")
                : getTranslation(status.messageKey()));
        adviceFilter.setLabel(getTranslation("inbox.filter.advice"));
        adviceFilter.setEmptySelectionCaption(getTranslation("inbox.filter.all"));
        adviceFilter.setItemLabelGenerator(advice -> advice == null ? getTranslation("inbox.filter.all")
                : getTranslation(InboxService.adviceKey(advice.name())));
        textFilter.setLabel(getTranslation("inbox.filter.text"));
        textFilter.setHelperText(getTranslation("inbox.filter.text-help"));
        export.setText(getTranslation("inbox.export"));
        mailboxLink.setText(getTranslation("inbox.sent-mail"));
        referenceColumn.setHeader(getTranslation("inbox.column.reference"));
        receivedColumn.setHeader(getTranslation("inbox.column.received"));
        referrerColumn.setHeader(getTranslation("inbox.column.referrer"));
        adviceColumn.setHeader(getTranslation("inbox.column.advice"));
        statusColumn.setHeader(getTranslation("inbox.column.status"));
        mailColumn.setHeader(getTranslation("inbox.column.mail"));
        purgeColumn.setHeader(getTranslation("privacy.inbox.column.purge"));
        accessReportLink.setText(getTranslation("privacy.inbox.access-report.link"));
        screeningLogLink.setText(getTranslation("screening.log.link"));
        grid.setAriaLabel(getTranslation("inbox.grid-label"));
        refresh();
    }
}
