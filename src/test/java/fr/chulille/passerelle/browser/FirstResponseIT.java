package fr.chulille.passerelle.browser;

import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.trial.Trial;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first HTML response, before any JavaScript runs, already holds the page's text in the
 * visitor's language: fast first paint on a phone, and what search engines read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstResponseIT {

    @LocalServerPort
    int port;

    private final Messages messages = Messages.fromClasspath();
    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest(name = "{0} with Accept-Language {1}")
    @CsvSource({"/,fr-FR,fr,summary.page.heading,summary.page.description",
            "/,en-GB,en,summary.page.heading,summary.page.description",
            "/professionals,fr-FR,fr,summary.pro.heading,summary.pro.page.description",
            "/professionals,en-US,en,summary.pro.heading,summary.pro.page.description",
            "/accessibility,en-US,en,summary.a11y.heading,summary.a11y.page.description"})
    void theFirstResponseHoldsTheHeadingAndDescriptionInTheVisitorsLanguage(
            String path, String acceptLanguage, String language, String headingKey, String descriptionKey)
            throws IOException, InterruptedException {
        String html = get(path, acceptLanguage);
        Locale locale = Locale.forLanguageTag(language);
        Map<String, Object> arguments = Map.of("nct", Trial.NCT06649227.nctId(), "site", Trial.NCT06649227.site());

        assertThat(html).contains("<html lang=\"" + language + "\"");
        assertThat(HtmlUtils.htmlUnescape(html))
                .contains("<h1>" + messages.format(headingKey, locale) + "</h1>")
                .contains("<meta name=\"description\" content=\"" + messages.format(descriptionKey, locale, arguments) + "\">");
        assertThat(html).contains("hreflang=\"fr\"", "hreflang=\"en\"", "hreflang=\"x-default\"");
    }

    @ParameterizedTest
    @CsvSource({"fr,en-GB", "en,fr-FR"})
    void theLanguageOfTheUrlWinsOverTheBrowsers(String language, String acceptLanguage) throws Exception {
        String html = HtmlUtils.htmlUnescape(get("/?lang=" + language, acceptLanguage));
        assertThat(html).contains("<h1>" + messages.format("summary.page.heading", Locale.forLanguageTag(language)) + "</h1>");
    }

    @org.junit.jupiter.api.Test
    void theServedPageLinksToTheOtherLanguageOfTheSamePageAndRemembersTheLanguageOfItsUrl() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/professionals?lang=en")).header("Accept-Language", "fr").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body())
                .contains("<a href=\"/professionals?lang=fr\" lang=\"fr\" hreflang=\"fr\"")
                .containsPattern("<a href=\"/professionals\\?lang=en\" [^>]*aria-current=\"true\"[^>]*>EN</a>")
                .contains("class=\"staff-login\" href=\"login\"");
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("passerelle-lang=en;").contains("HttpOnly"));
    }

    @org.junit.jupiter.api.Test
    void robotsTxtIsServedAsText() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/robots.txt")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).startsWith("User-agent");
    }

    private String get(String path, String acceptLanguage) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", acceptLanguage).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
