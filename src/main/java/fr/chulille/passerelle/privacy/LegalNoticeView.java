package fr.chulille.passerelle.privacy;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.chulille.passerelle.layout.MainLayout;

import java.util.Map;

/** The legal notice (LCEN article 6): publisher, director of publication and host, linked from every footer. */
@Route(value = LegalNoticeView.PATH, layout = MainLayout.class)
@AnonymousAllowed
class LegalNoticeView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "legal-notice";

    private final PrivacyFacts facts;

    LegalNoticeView(PrivacyFacts facts) {
        this.facts = facts;
        addClassName("summary");
        addClassName("legal-notice");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.legal.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        Map<String, Object> arguments = facts.arguments(this::getTranslation);
        add(new H1(getTranslation("privacy.legal.heading")));
        if (facts.showsExamples()) {
            add(PrivacyNoticeView.exampleWarning(getTranslation("privacy.example.warning")));
        }
        add(PrivacyNoticeView.section("publisher", getTranslation("privacy.legal.publisher.heading"),
                        new Paragraph(getTranslation("privacy.legal.publisher.text", arguments))),
                PrivacyNoticeView.section("director", getTranslation("privacy.legal.director.heading"),
                        new Paragraph(getTranslation("privacy.legal.director.text", arguments))),
                PrivacyNoticeView.section("host", getTranslation("privacy.legal.host.heading"),
                        new Paragraph(getTranslation("privacy.legal.host.text", arguments))),
                new Paragraph(new Anchor(PrivacyNoticeView.PATH, getTranslation("privacy.notice.link"))));
    }
}
