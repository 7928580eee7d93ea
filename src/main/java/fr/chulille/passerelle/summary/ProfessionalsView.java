package fr.chulille.passerelle.summary;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.chulille.passerelle.layout.MainLayout;

/** Design and full eligibility criteria of the trial, for haematologists who may refer a patient. */
@Route(value = "professionals", layout = MainLayout.class)
@Menu(order = 1.5, title = "layout.nav.professionals")
@AnonymousAllowed
class ProfessionalsView extends Div implements LocaleChangeObserver {

    private final SummaryService summary;

    ProfessionalsView(SummaryService summary) {
        this.summary = summary;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Translator t = this::getTranslation;
        PublicPage.PROFESSIONALS.show(this, t, PageFacts.of(summary, t, event.getLocale()), "");
    }
}
