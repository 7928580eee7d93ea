package fr.chulille.passerelle.screening;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The screening log for the principal investigator (issue 15): the anonymous counts of a period as the funnel
 * of a CONSORT diagram, the closed referrals by category and "not eligible" by criterion; CSV export, and a
 * print style that fits one A4 page. Counts only: no reference, initials, birth year or referrer.
 */
@Route(value = "screening-log", layout = MainLayout.class)
@RolesAllowed({StaffRole.INVESTIGATOR_ROLE, StaffRole.COORDINATOR_ROLE})
class ScreeningLogView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final ScreeningLogService service;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Button show = new Button();
    private final Button print = new Button();
    private final Anchor csv;
    private final Div content = new Div();

    ScreeningLogView(ScreeningLogService service) {
        this.service = service;
        addClassName("screening-log");
        LocalDate today = LocalDate.now(Clock.system(ZoneId.of(Messages.TRIAL_TIME_ZONE)));
        from.setValue(today.withDayOfYear(1));
        to.setValue(today);
        from.setId("screening-from");
        to.setId("screening-to");
        show.setId("screening-show");
        show.addClickListener(click -> render());
        print.setId("screening-print");
        print.addClickListener(click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            event.getResponse().setHeader("Cache-Control", "no-store");
            LocalDate start = from.getValue();
            LocalDate end = to.getValue();
            byte[] bytes = service.csv(start, end, event.getUI().getLocale()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "passerelle-screening-log-" + start + "-" + end + ".csv",
                    "text/csv; charset=utf-8", bytes.length);
        }), "");
        csv.setId("screening-csv");
        content.setId("screening-content");
        content.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("screening.log.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        from.setLabel(getTranslation("screening.log.from"));
        to.setLabel(getTranslation("screening.log.to"));
        from.setLocale(event.getLocale());
        to.setLocale(event.getLocale());
        show.setText(getTranslation("screening.log.show"));
        print.setText(getTranslation("screening.log.print"));
        csv.setText(getTranslation("screening.log.export"));
        removeAll();
        Anchor back = new Anchor("inbox", getTranslation("screening.log.back"));
        back.addClassName("screening-back");
        Div controls = new Div(from, to, show, csv, print);
        controls.addClassName("screening-controls");
        add(back, new H1(getTranslation("screening.log.heading")),
                new Paragraph(getTranslation("screening.log.intro")), controls, content);
        render();
    }

    private void render() {
        content.removeAll();
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("screening.log.period-invalid"));
            return;
        }
        to.setInvalid(false);
        ScreeningLog log = service.log(from.getValue(), to.getValue());
        Paragraph period = new Paragraph(getTranslation("screening.log.period-value",
                Map.of("from", longDate(log.from()), "to", longDate(log.to()))));
        period.setId("screening-period");
        content.add(period, funnel(log), now(log), closed(log), byCriterion(log));
    }

    /** The funnel as an ordered list of text ("Contacted: 12 (40 % of referred)"); the bars only repeat it. */
    private Section funnel(ScreeningLog log) {
        OrderedList list = new OrderedList();
        list.setId("screening-funnel");
        list.addClassName("screening-funnel");
        long referred = log.referred();
        for (ScreeningLog.StageCount stage : log.funnel()) {
            long percent = referred == 0 ? 0 : Math.round(100.0 * stage.count() / referred);
            ListItem item = new ListItem();
            Span text = new Span(getTranslation("screening.log.stage-line", Map.of("stage", getTranslation(stage.stage().messageKey()),
                    "count", stage.count(), "percent", percent)));
            Span bar = new Span();
            bar.addClassName("screening-bar");
            bar.getElement().setAttribute("aria-hidden", "true");
            bar.getStyle().set("width", Math.max(percent, 1) + "%");
            item.add(text, bar);
            list.add(item);
        }
        return section("screening.log.funnel", "screening-funnel-heading",
                new Paragraph(getTranslation("screening.log.funnel-help")), list);
    }

    private Section now(ScreeningLog log) {
        UnorderedList list = new UnorderedList();
        list.setId("screening-now");
        log.now().forEach((status, count) -> list.add(new ListItem(getTranslation("screening.log.count-line",
                Map.of("item", getTranslation(status.messageKey()), "count", count)))));
        return section("screening.log.now", "screening-now-heading", list);
    }

    private Section closed(ScreeningLog log) {
        Section section = section("screening.log.closed", "screening-closed-heading");
        log.closed().forEach((status, categories) -> {
            UnorderedList list = new UnorderedList();
            list.setId("screening-closed-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            categories.forEach(category -> list.add(new ListItem(getTranslation("screening.log.count-line",
                    Map.of("item", service.categoryLabel(category.category(), getLocale()), "count", category.count())))));
            section.add(new H3(getTranslation("screening.log.count-line",
                    Map.of("item", getTranslation(status.messageKey()), "count", log.closedWith(status)))), list);
        });
        return section;
    }

    private Section byCriterion(ScreeningLog log) {
        UnorderedList list = new UnorderedList();
        list.setId("screening-by-criterion");
        log.notEligibleByCriterion().forEach((id, count) -> list.add(new ListItem(getTranslation("screening.log.count-line",
                Map.of("item", service.criterionLabel(id, getLocale()), "count", count)))));
        if (log.notEligibleByCriterion().isEmpty()) {
            list.add(new ListItem(getTranslation("screening.log.none")));
        }
        return section("screening.log.by-criterion", "screening-by-criterion-heading",
                new Paragraph(getTranslation("screening.log.by-criterion-help")), list);
    }

    private String longDate(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(Messages.supported(getLocale())).format(date);
    }

    private Section section(String headingKey, String headingId, com.vaadin.flow.component.Component... children) {
        H2 heading = new H2(getTranslation(headingKey));
        heading.setId(headingId);
        Section section = new Section(heading);
        section.getElement().setAttribute("aria-labelledby", headingId);
        section.addClassName("screening-section");
        section.add(children);
        return section;
    }
}
