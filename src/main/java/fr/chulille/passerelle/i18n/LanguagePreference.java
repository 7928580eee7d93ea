package fr.chulille.passerelle.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language a visitor reads: the {@code lang} URL parameter (shareable links), else the
 * language cookie (remembered choice), else the browser's preference, else French.
 */
public final class LanguagePreference {

    public static final String COOKIE = "passerelle-lang";
    public static final String URL_PARAMETER = "lang";

    private LanguagePreference() {
    }

    public static Locale resolve(String urlParameter, String cookie, Locale browser) {
        return parse(urlParameter)
                .or(() -> parse(cookie))
                .orElseGet(() -> Messages.supported(browser));
    }

    public static Locale resolve(VaadinRequest request) {
        String cookie = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst().orElse(null);
        return resolve(request.getParameter(URL_PARAMETER), cookie, request.getLocale());
    }

    /** A supported locale for a language code such as "en", or empty for anything else. */
    public static Optional<Locale> parse(String language) {
        if (language == null) {
            return Optional.empty();
        }
        return Messages.LOCALES.stream().filter(l -> l.getLanguage().equalsIgnoreCase(language.strip())).findFirst();
    }

    /** Switches every open UI of the session, and remembers the choice for a year. */
    public static void choose(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(locale);
        }
        UI ui = UI.getCurrent();
        if (ui != null && !locale.equals(ui.getLocale())) {
            ui.setLocale(locale);
        }
        remember(VaadinService.getCurrentResponse(), locale);
    }

    /** Remembers the language for a year (also when a {@code ?lang=} link is followed without Vaadin's client). */
    public static void remember(VaadinResponse response, Locale locale) {
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }
}
