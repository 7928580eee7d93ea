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

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Header (trial title, navigation, FR | EN switch), main landmark, footer with the identifiers. */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, LocaleChangeObserver, BeforeEnterObserver, AfterNavigationObserver {

    private final Trial trial = Trial.NCT06649227;
    private final Anchor skipLink = new Anchor("#main", "");
    private final Anchor home = new Anchor("", "");
    private final Nav navigation = new Nav();
    /** The menu's entries that the visitor may open (path, title key); read once the UI has its locale. */
    private List<MenuEntry> menu;
    private String currentPath = "";
    private final LanguageSwitch languageSwitch = new LanguageSwitch();
    private final Main main = new Main();
    private final Footer footer = new Footer();
    private final boolean authenticated;
    /** "Log out" for staff, "Staff login" (in the footer) for everyone else. */
    private final Button logout = new Button();

    /**
     * The skip link's text, the brand, the menu and the footer are written as their elements' markup (escaped), the same
     * elements and classes that FirstPaintRenderer writes: every open page keeps about 25 server-side nodes fewer (issue 16,
     * item 8). The links are plain {@code <a href>}, as the {@code Anchor}s were.
     */
    public MainLayout(AuthenticationContext authentication) {
        addClassName("app");
        authenticated = authentication.isAuthenticated();
        skipLink.addClassName("skip-link");
        home.addClassName("brand");
        navigation.addClassName("main-nav");

        Header header = new Header(home, navigation, languageSwitch);
        header.addClassName("app-header");
        if (authenticated) {
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            logout.addClickListener(click -> authentication.logout());
            header.add(logout);
        }
        main.setId("main");
        main.addClassName("app-main");
        main.getElement().setAttribute("tabindex", "-1");
        footer.addClassName("app-footer");
        add(skipLink, header, main, footer);
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
        currentPath = "/" + event.getLocation().getPath();
        writeNavigation();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        String language = event.getLocale().getLanguage();
        getElement().executeJs("document.documentElement.lang = $0", language);
        Markup.write(skipLink.getElement(), Markup.text(getTranslation("layout.skip-to-content")));
        Markup.write(home.getElement(), "<span class=\"brand-name\">" + Markup.text(getTranslation("layout.brand")) + "</span>"
                + "<span class=\"trial-short-title\">" + Markup.text(getTranslation("layout.trial-short-title")) + "</span>");
        navigation.getElement().setAttribute("aria-label", getTranslation("layout.nav.label"));
        writeNavigation();
        languageSwitch.localeChange(event.getLocale());
        logout.setText(getTranslation("security.logout"));
        StringBuilder links = new StringBuilder("<p>").append(Markup.text(getTranslation("layout.footer", Map.of(
                "site", trial.site(),
                "nctId", trial.nctId(),
                "ctisId", trial.ctisId())))).append("</p>");
        links.append(footerLink("accessibility", "", "layout.footer.accessibility"))
                .append(footerLink("privacy", "", "privacy.footer.privacy"))
                .append(footerLink("legal-notice", "", "privacy.footer.legal"));
        if (!authenticated) {
            links.append(footerLink("login", " id=\"staff-login\" class=\"staff-login\"", "security.login.link"));
        }
        Markup.write(footer.getElement(), links.toString());
    }

    private String footerLink(String href, String attributes, String key) {
        return "<p><a" + attributes + " href=\"" + href + "\">" + Markup.text(getTranslation(key)) + "</a></p>";
    }

    /** One link per view annotated with {@code @Menu} that the visitor may open (its title a translation key); the current one marked. */
    private void writeNavigation() {
        if (menu == null) {
            menu = MenuConfiguration.getMenuEntries();
        }
        StringBuilder links = new StringBuilder();
        for (MenuEntry entry : menu) {
            links.append("<a href=\"").append(Markup.text(entry.path())).append('"')
                    .append(entry.path().equals(currentPath) ? " aria-current=\"page\"" : "")
                    .append('>').append(Markup.text(getTranslation(entry.title()))).append("</a>");
        }
        Markup.write(navigation.getElement(), links.toString());
    }
}
