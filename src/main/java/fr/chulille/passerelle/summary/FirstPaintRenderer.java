package fr.chulille.passerelle.summary;

import com.vaadin.flow.dom.ElementUtil;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.chulille.passerelle.i18n.LanguagePreference;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.i18n.TranslationProvider;
import fr.chulille.passerelle.trial.Trial;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders a public page into Vaadin's index.html: the title, description and language
 * alternates in the head, and a copy of the page (layout shell and content, the same markup
 * and classes as the views) beside Vaadin's outlet, which the view removes once it is connected.
 * The copy works by itself: plain links (also for the language), and the print button.
 */
final class FirstPaintRenderer {

    private static final String START_ON_FIRST_INTERACTION = readResource("start-on-first-interaction.js");
    /** The copy's own CSS (typography, layout, colours, focus, language links, glossary, print), minified. */
    static final String FIRST_PAINT_CSS = minify(readResource("first-paint.css"));
    /** The {@code <template>} that holds the app's stylesheets until the first interaction. */
    static final String DEFERRED_STYLESHEETS_ID = "first-paint-stylesheets";
    /** The addresses of a public page whose copy is kept once rendered: without a query, or with the language only. */
    private static final Set<String> CACHED_QUERIES = Stream.concat(Stream.of(""),
            Messages.LOCALES.stream().map(l -> "?" + LanguagePreference.URL_PARAMETER + "=" + l.getLanguage()))
            .collect(Collectors.toUnmodifiableSet());

    private final TranslationProvider translations;
    private final SummaryService summary;
    private final Trial trial = Trial.NCT06649227;
    private final Map<CopyKey, RenderedCopy> copies = new ConcurrentHashMap<>();

    FirstPaintRenderer(TranslationProvider translations, SummaryService summary) {
        this.translations = translations;
        this.summary = summary;
    }

    void render(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        PublicPage.forPath(request.getPathInfo()).ifPresent(page -> {
            Locale locale = LanguagePreference.resolve(request);
            LanguagePreference.parse(request.getParameter(LanguagePreference.URL_PARAMETER))
                    .ifPresent(chosen -> LanguagePreference.remember(response.getVaadinResponse(), chosen));
            Translator t = (key, arguments) -> translations.getTranslation(key, locale, arguments);
            SummaryFacts facts = PageFacts.of(summary, t, locale);
            Document document = response.getDocument();
            head(document, page, t, facts, baseUrl(request));
            String query = PageQuery.of(request instanceof VaadinServletRequest servlet ? servlet.getQueryString() : null);
            // beside Vaadin's #outlet, not inside: Vaadin's client empties the outlet as soon as it starts
            document.body().prependChild(copy(page, locale, query, t, facts));
            if (request.getUserPrincipal() == null) {
                deferStylesheets(document);
                startVaadinOnFirstInteraction(document);
            }
            // jsoup's pretty printer would add white space between inline elements of the copy
            document.outputSettings().prettyPrint(false);
        });
    }

    /**
     * The copy of the page, rendered once per page, language and address ("" or "?lang=…") for as long as
     * the facts stay the same (they change when staff set the recruitment state): rendering it took most of
     * the first response's server time, which Lighthouse counts into the largest contentful paint. Any
     * other query is rendered each time, so that addresses made up by visitors fill no memory.
     */
    private Element copy(PublicPage page, Locale locale, String query, Translator t, SummaryFacts facts) {
        if (!CACHED_QUERIES.contains(query)) {
            return renderCopy(page, locale, query, t, facts);
        }
        CopyKey key = new CopyKey(page, locale, query);
        RenderedCopy rendered = copies.get(key);
        if (rendered == null || !rendered.facts().equals(facts)) {
            rendered = new RenderedCopy(facts, renderCopy(page, locale, query, t, facts));
            copies.put(key, rendered);
        }
        // the cached copy is never attached nor changed: each response gets its own
        return rendered.copy().clone();
    }

    private Element renderCopy(PublicPage page, Locale locale, String query, Translator t, SummaryFacts facts) {
        Document owner = Document.createShell("");
        Element content = (Element) ElementUtil.toJsoup(owner, page.content(t, facts, query).getElement());
        Element copy = shell(owner, t, locale, page, content);
        // the copy's links load their page: Vaadin's client, while it starts, must not route them itself
        copy.select("a[href]").attr("router-ignore", "");
        return copy;
    }

    /** How many copies are kept (for tests: bounded whatever addresses visitors make up). */
    int cachedCopies() {
        return copies.size();
    }

    private record CopyKey(PublicPage page, Locale locale, String query) {
    }

    private record RenderedCopy(SummaryFacts facts, Element copy) {
    }

    private void head(Document document, PublicPage page, Translator t, SummaryFacts facts, String baseUrl) {
        document.title(t.translate(page.titleKey, facts.arguments()));
        document.head().select("meta[name=description]").remove();
        document.head().appendElement("meta").attr("name", "description")
                .attr("content", t.translate(page.descriptionKey, facts.arguments()));
        String url = baseUrl + "/" + page.path;
        for (Locale language : Messages.LOCALES) {
            alternate(document, language.getLanguage(), url + "?lang=" + language.getLanguage());
        }
        alternate(document, "x-default", url);
    }

    private static void alternate(Document document, String hreflang, String href) {
        document.head().appendElement("link").attr("rel", "alternate").attr("hreflang", hreflang).attr("href", href);
    }

    /** The same structure and classes as {@code MainLayout}, without ids that tests and scripts look for. */
    private Element shell(Document document, Translator t, Locale locale, PublicPage page, Element content) {
        Element app = document.createElement("div").addClass("app").id(PublicPage.FIRST_PAINT_ID);
        app.appendElement("a").addClass("skip-link").attr("href", "#main").text(t.translate("layout.skip-to-content"));
        Element header = app.appendElement("header").addClass("app-header");
        Element brand = header.appendElement("a").addClass("brand").attr("href", "");
        brand.appendElement("span").addClass("brand-name").text(t.translate("layout.brand"));
        brand.appendElement("span").addClass("trial-short-title").text(t.translate("layout.trial-short-title"));
        Element nav = header.appendElement("nav").addClass("main-nav").attr("aria-label", t.translate("layout.nav.label"));
        publicMenu().forEach(entry -> {
            Element link = nav.appendElement("a").attr("href", "/" + entry.path()).text(t.translate(entry.title()));
            if (entry.path().equals(page.path)) {
                link.attr("aria-current", "page");
            }
        });
        Element languages = header.appendElement("div").addClass("language-switch").attr("role", "group")
                .attr("aria-label", t.translate("layout.language.label"));
        for (Locale language : Messages.LOCALES) {
            String code = language.getLanguage();
            Element link = languages.appendElement("a").attr("href", "/" + page.path + "?lang=" + code)
                    .attr("lang", code).attr("hreflang", code)
                    .attr("aria-label", t.translate("layout.language." + code))
                    .text(code.toUpperCase(Locale.ROOT));
            if (code.equals(locale.getLanguage())) {
                link.attr("aria-current", "true");
            }
        }
        Element main = app.appendElement("main").addClass("app-main").id("main").attr("tabindex", "-1");
        main.appendElement("div").appendChild(content);
        Element footer = app.appendElement("footer").addClass("app-footer");
        footer.appendElement("p").text(t.translate("layout.footer", Map.of(
                "site", trial.site(), "nctId", trial.nctId(), "ctisId", trial.ctisId())));
        footer.appendElement("p").appendElement("a").attr("href", "accessibility")
                .text(t.translate("layout.footer.accessibility"));
        footer.appendElement("p").appendElement("a").attr("href", "privacy").text(t.translate("privacy.footer.privacy"));
        footer.appendElement("p").appendElement("a").attr("href", "legal-notice").text(t.translate("privacy.footer.legal"));
        footer.appendElement("p").appendElement("a").addClass("staff-login").attr("href", "login")
                .text(t.translate("security.login.link"));
        return app;
    }

    /**
     * For visitors who are not logged in, the copy is the whole working page (links, language
     * links, print button), so Vaadin's client waits for the first touch, click or key press:
     * a phone paints and settles without parsing ~500 KiB of JavaScript. Staff get it at once.
     */
    private static void startVaadinOnFirstInteraction(Document document) {
        for (Element bootstrap : document.head().select("script[type=module][src*=VAADIN/]")) {
            bootstrap.after(new Element("script").attr("data-vaadin-src", bootstrap.attr("src"))
                    .appendChild(new DataNode(START_ON_FIRST_INTERACTION)));
            bootstrap.remove();
        }
        document.head().select("link[rel=modulepreload]").remove();
    }

    /**
     * For visitors who are not logged in, the first response carries only the copy's own CSS, inline:
     * the app's stylesheets (Lumo's 230 KiB, most of it for components the copy has not) move into a
     * {@code <template>}, from which the start script puts them back on the first interaction, before
     * Vaadin's client. The copy's CSS gives the copy the values those stylesheets give it, so nothing
     * moves when they arrive.
     */
    private static void deferStylesheets(Document document) {
        List<Element> stylesheets = document.head().select("link[rel=stylesheet]");
        if (stylesheets.isEmpty()) {
            return;
        }
        Element template = new Element("template").id(DEFERRED_STYLESHEETS_ID);
        stylesheets.getFirst().before(template);
        template.before(new Element("style").appendChild(new DataNode(FIRST_PAINT_CSS)));
        for (Element link : stylesheets) {
            link.remove();
            template.appendChild(link);
        }
    }

    /** Without comments and needless white space (the selectors' and strings' single spaces stay). */
    static String minify(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("\\s+", " ")
                .replaceAll(" ?([{};,>]) ?", "$1")
                .replace(";}", "}")
                .trim();
    }

    private static String readResource(String name) {
        try (var in = FirstPaintRenderer.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code @Menu} views that anyone may open, as {@code MainLayout} lists them for a visitor
     * who is not logged in ({@code MenuConfiguration} needs a UI, which the first response has not).
     */
    private static List<MenuItem> publicMenu() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getNavigationTarget().isAnnotationPresent(Menu.class)
                        && route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class))
                .map(route -> {
                    Menu menu = route.getNavigationTarget().getAnnotation(Menu.class);
                    return new MenuItem(route.getTemplate(), menu.title(), menu.order());
                })
                .sorted(Comparator.comparingDouble(MenuItem::order))
                .toList();
    }

    private record MenuItem(String path, String title, double order) {
    }

    private static String baseUrl(VaadinRequest request) {
        String host = request.getHeader("Host");
        String scheme = request instanceof VaadinServletRequest servlet ? servlet.getScheme() : "http";
        return scheme + "://" + (host != null ? host : "localhost");
    }
}
