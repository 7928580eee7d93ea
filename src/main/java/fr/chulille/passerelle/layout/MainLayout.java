package fr.chulille.passerelle.layout;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.chulille.passerelle.i18n.LanguagePreference;
import fr.chulille.passerelle.trial.Trial;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Header (trial title, navigation, FR | EN switch), main landmark, footer with the identifiers. */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, LocaleChangeObserver, BeforeEnterObserver, AfterNavigationObserver {

    private final Trial trial = Trial.NCT06649227;
    private final Anchor skipLink = new Anchor("#main", "");
    private final Span brand = new Span();
    private final Span shortTitle = new Span();
    private final Nav navigation = new Nav();
    private final Map<Anchor, String> links = new LinkedHashMap<>();
    private final LanguageSwitch languageSwitch = new LanguageSwitch();
    private final Main main = new Main();
    private final Paragraph footerText = new Paragraph();
    private final Anchor accessibilityLink = new Anchor("accessibility", "");
    /** The privacy notice and the legal notice (privacy package); FirstPaintRenderer writes the same links. */
    private final Anchor privacyLink = new Anchor("privacy", "");
    private final Anchor legalNoticeLink = new Anchor("legal-notice", "");
    /** "Log out" for staff, "Staff login" (in the footer) for everyone else. */
    private final Button logout = new Button();
    private final Anchor staffLogin = new Anchor("login", "");

    public MainLayout(AuthenticationContext authentication) {
        addClassName("app");
        skipLink.addClassName("skip-link");
        brand.addClassName("brand-name");
        shortTitle.addClassName("trial-short-title");
        Anchor home = new Anchor("", "");
        home.addClassName("brand");
        home.add(brand, shortTitle);

        navigation.addClassName("main-nav");

        Header header = new Header(home, navigation, languageSwitch);
        header.addClassName("app-header");
        if (authentication.isAuthenticated()) {
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            logout.addClickListener(click -> authentication.logout());
            header.add(logout);
        }
        main.setId("main");
        main.addClassName("app-main");
        main.getElement().setAttribute("tabindex", "-1");
        Footer footer = new Footer(footerText, new Paragraph(accessibilityLink), new Paragraph(privacyLink),
                new Paragraph(legalNoticeLink));
        if (!authentication.isAuthenticated()) {
            staffLogin.setId("staff-login");
            staffLogin.addClassName("staff-login");
            footer.add(new Paragraph(staffLogin));
        }
        footer.addClassName("app-footer");
        add(skipLink, header, main, footer);
    }

    /** One link per view annotated with {@code @Menu} that the visitor may open; the menu title is a translation key. */
    private void buildNavigation() {
        navigation.removeAll();
        links.clear();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            Anchor link = new Anchor(entry.path(), "");
            links.put(link, entry.title());
            navigation.add(link);
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(Objects.requireNonNull(content).getElement());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(LanguagePreference.URL_PARAMETER)
                .flatMap(LanguagePreference::parse)
                .ifPresent(LanguagePreference::choose);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = "/" + event.getLocation().getPath();
        links.keySet().forEach(link -> {
            boolean current = link.getHref().equals(path);
            if (current) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        String language = event.getLocale().getLanguage();
        getElement().executeJs("document.documentElement.lang = $0", language);
        skipLink.setText(getTranslation("layout.skip-to-content"));
        brand.setText(getTranslation("layout.brand"));
        shortTitle.setText(getTranslation("layout.trial-short-title"));
        navigation.getElement().setAttribute("aria-label", getTranslation("layout.nav.label"));
        if (links.isEmpty()) {
            buildNavigation();
        }
        links.forEach((link, key) -> link.setText(getTranslation(key)));
        languageSwitch.localeChange(event.getLocale());
        logout.setText(getTranslation("security.logout"));
        staffLogin.setText(getTranslation("security.login.link"));
        footerText.setText(getTranslation("layout.footer", Map.of(
                "site", trial.site(),
                "nctId", trial.nctId(),
                "ctisId", trial.ctisId())));
        accessibilityLink.setText(getTranslation("layout.footer.accessibility"));
        privacyLink.setText(getTranslation("privacy.footer.privacy"));
        legalNoticeLink.setText(getTranslation("privacy.footer.legal"));
    }
}
