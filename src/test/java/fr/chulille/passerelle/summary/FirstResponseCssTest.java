package fr.chulille.passerelle.summary;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, item 1: a visitor's first response of a public page carries only the small stylesheet of its
 * copy, inline, and no link to Lumo or the app's stylesheets (which wait in a template for the first
 * interaction); the other pages keep their links. The browser side is in FirstInteractionIT.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstResponseCssTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/?lang=fr", "/?lang=en", "/professionals?lang=fr", "/professionals?lang=en",
            "/accessibility?lang=fr", "/accessibility?lang=en"})
    void thePublicFirstResponseCarriesOnlyTheCopysOwnCssInline(String path) throws Exception {
        Document page = get(path);

        assertThat(page.select("head > link[rel=stylesheet], body link[rel=stylesheet]")).as("stylesheet links")
                .isEmpty();
        assertThat(page.head().select("> style").stream().map(Element::data))
                .contains(FirstPaintRenderer.FIRST_PAINT_CSS);
        assertThat(FirstPaintRenderer.FIRST_PAINT_CSS.getBytes(StandardCharsets.UTF_8).length)
                .as("the copy's CSS stays small").isLessThan(8 * 1024);
        // what the copy's markup needs: its font and colours, focus styles, the language links, the glossary, print
        assertThat(FirstPaintRenderer.FIRST_PAINT_CSS).contains("#first-paint{", "font-family:", ":focus-visible",
                ".language-switch a{", ".glossary dt{", "@media print{");
        assertThat(page.selectFirst("#first-paint")).isNotNull();
    }

    @Test
    void lumoAndTheAppsStylesheetWaitInATemplateForTheFirstInteraction() throws Exception {
        Element deferred = get("/?lang=fr").head().selectFirst("template#" + FirstPaintRenderer.DEFERRED_STYLESHEETS_ID);

        assertThat(deferred).isNotNull();
        assertThat(deferred.select("link[rel=stylesheet]").eachAttr("href"))
                .anySatisfy(href -> assertThat(href).contains("lumo/lumo.css"))
                .anySatisfy(href -> assertThat(href).contains("styles/passerelle.css"));
    }

    @Test
    void theOtherPagesKeepTheirStylesheetLinks() throws Exception {
        Document login = get("/login");

        assertThat(login.select("head > link[rel=stylesheet]").eachAttr("href"))
                .anySatisfy(href -> assertThat(href).contains("lumo/lumo.css"));
        assertThat(login.select("template#" + FirstPaintRenderer.DEFERRED_STYLESHEETS_ID)).isEmpty();
        assertThat(login.head().select("> style").stream().map(Element::data))
                .doesNotContain(FirstPaintRenderer.FIRST_PAINT_CSS);
    }

    private Document get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "fr").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
