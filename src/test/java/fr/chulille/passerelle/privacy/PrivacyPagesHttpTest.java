package fr.chulille.passerelle.privacy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Over HTTP: anyone may open the notices, and the server-rendered first paint of the public pages links them in its footer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrivacyPagesHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theNoticesArePublicUnlikeTheAccessReport() throws Exception {
        assertThat(get("/privacy").statusCode()).isEqualTo(200);
        assertThat(get("/legal-notice").statusCode()).isEqualTo(200);
        HttpResponse<String> report = get("/inbox/access-report");
        assertThat(report.statusCode()).isEqualTo(302);
        assertThat(report.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void theFirstPaintFooterLinksToBothNotices() throws Exception {
        for (String path : new String[] {"/", "/professionals?lang=en", "/accessibility?lang=fr"}) {
            String html = get(path).body();
            String footer = html.substring(html.indexOf("<footer"), html.indexOf("</footer>"));
            assertThat(footer).as(path).contains("href=\"privacy\"", "href=\"legal-notice\"");
        }
        assertThat(get("/?lang=en").body()).contains(">Personal data</a>", ">Legal notice</a>");
        assertThat(get("/?lang=fr").body()).contains(">Données personnelles</a>", ">Mentions légales</a>");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
