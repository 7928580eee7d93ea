package fr.chulille.passerelle.inbox;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.layout.MainLayout;
import fr.chulille.passerelle.security.StaffRole;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

/** For the DPO: who viewed, exported or erased which referral over a period, as CSV (principal investigator only). */
@Route(value = "inbox/access-report", layout = MainLayout.class)
@RolesAllowed(StaffRole.INVESTIGATOR_ROLE)
class AccessReportView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Anchor download;
    private final Anchor back = new Anchor("inbox", "");

    AccessReportView(InboxService inbox) {
        addClassName("access-report");
        LocalDate today = LocalDate.now(ZoneId.of(Messages.TRIAL_TIME_ZONE));
        from.setId("access-report-from");
        to.setId("access-report-to");
        from.setValue(today.minusMonths(1));
        to.setValue(today);
        from.setRequiredIndicatorVisible(true);
        to.setRequiredIndicatorVisible(true);
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            LocalDate start = from.getValue() != null ? from.getValue() : today.minusMonths(1);
            LocalDate end = to.getValue() != null ? to.getValue() : today;
            byte[] csv = inbox.accessReportCsv(start, end, getLocale()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "passerelle-access-report-" + start + "-" + end + ".csv",
                    "text/csv; charset=utf-8", csv.length);
        }), "");
        download.setId("access-report-download");
        add(back, heading, intro, new Div(from, to), new Paragraph(download));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.access-report.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        heading.setText(getTranslation("privacy.access-report.heading"));
        intro.setText(getTranslation("privacy.access-report.intro"));
        from.setLabel(getTranslation("privacy.access-report.from"));
        to.setLabel(getTranslation("privacy.access-report.to"));
        from.setLocale(event.getLocale());
        to.setLocale(event.getLocale());
        download.setText(getTranslation("privacy.access-report.download"));
        back.setText(getTranslation("privacy.access-report.back"));
    }
}
