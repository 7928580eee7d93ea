package fr.chulille.passerelle.summary;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.chulille.passerelle.layout.MainLayout;
import fr.chulille.passerelle.trial.Trial;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

@Route(value = "", layout = MainLayout.class)
@Menu(order = 1, title = "layout.nav.summary")
@AnonymousAllowed
class SummaryView extends Div implements LocaleChangeObserver {

    private final Trial trial = Trial.NCT06649227;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final Paragraph places = new Paragraph();
    private final Paragraph dates = new Paragraph();
    private final Anchor phone = new Anchor();

    SummaryView() {
        addClassName("summary");
        phone.setHref(trial.centralContactPhoneUri());
        add(title, intro, places, dates, new Paragraph(phone));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getUI().ifPresent(ui -> ui.getPage().setTitle(getTranslation("summary.page-title")));
        title.setText(getTranslation("summary.heading"));
        intro.setText(getTranslation("summary.intro", Map.of(
                "nctId", trial.nctId(),
                "site", trial.site(),
                "status", getTranslation(trial.status().messageKey()))));
        places.setText(getTranslation("summary.places", Map.of("target", trial.enrolmentTarget())));
        dates.setText(getTranslation("summary.dates", Map.of(
                "start", Date.from(trial.startDate().atStartOfDay().toInstant(ZoneOffset.UTC)),
                "end", Date.from(trial.completionDate().atStartOfDay().toInstant(ZoneOffset.UTC)))));
        phone.setText(getTranslation("summary.call", Map.of("phone", trial.centralContactPhone())));
    }
}
