package fr.chulille.passerelle.summary;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.chulille.passerelle.layout.MainLayout;

/** The trial explained to patients and their families, in plain words. */
@Route(value = "", layout = MainLayout.class)
@Menu(order = 1, title = "layout.nav.summary")
@AnonymousAllowed
class SummaryView extends Div implements BeforeEnterObserver, LocaleChangeObserver {

    private final SummaryService summary;
    private String pageQuery = "";

    SummaryView(SummaryService summary) {
        this.summary = summary;
    }

    /** The layout may switch the language (so call localeChange) before this view learns its URL. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String query = PageQuery.of(event.getLocation());
        if (!query.equals(pageQuery)) {
            pageQuery = query;
            show();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        show();
    }

    private void show() {
        Translator t = this::getTranslation;
        Div content = PublicPage.SUMMARY.show(this, t, PageFacts.of(summary, t, getLocale()), pageQuery);
        SummaryContent.printButtons(content).forEach(button ->
                button.addClickListener(click -> button.getElement().executeJs("window.print()")));
    }
}
