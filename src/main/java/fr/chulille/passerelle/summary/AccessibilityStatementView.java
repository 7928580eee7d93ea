package fr.chulille.passerelle.summary;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.chulille.passerelle.layout.MainLayout;

/** The accessibility statement, linked from the footer of every page. */
@Route(value = "accessibility", layout = MainLayout.class)
@AnonymousAllowed
class AccessibilityStatementView extends Div implements LocaleChangeObserver {

    private final SummaryService summary;

    AccessibilityStatementView(SummaryService summary) {
        this.summary = summary;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Translator t = this::getTranslation;
        PublicPage.ACCESSIBILITY.show(this, t, PageFacts.of(summary, t, event.getLocale()), "");
    }
}
