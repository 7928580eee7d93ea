package fr.chulille.passerelle.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A client that keeps no cookie, and the staff downloads' caching, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CookieOnlySessionsHttpTest {

    @LocalServerPort
    int port;

    /** Keeps no cookie and follows no redirect. */
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aClientWithoutCookiesNeverGetsTheSessionIdInAUrlAndReachesTheLoginPage() throws Exception {
        String path = "/inbox";
        HttpResponse<String> response = get(path);
        for (int hop = 0; hop < 5 && response.statusCode() / 100 == 3; hop++) {
            path = response.headers().firstValue("Location").orElseThrow();
            assertThat(path).as("redirect %d", hop).doesNotContainIgnoringCase("jsessionid");
            response = get(path);
        }

        assertThat(response.statusCode()).as("ends on a page, no redirect loop").isEqualTo(200);
        assertThat(path).endsWith("/login");
        assertThat(response.body()).doesNotContainIgnoringCase("jsessionid=");
    }

    @Test
    void vaadinDownloadsSuchAsTheCsvExportAreNeverCached() throws Exception {
        HttpResponse<String> response = get("/VAADIN/dynamic/resource/0/" + java.util.UUID.randomUUID() + "/referrals.csv");

        assertThat(response.headers().allValues("Cache-Control")).anySatisfy(value -> assertThat(value).contains("no-store"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = path.startsWith("http") ? URI.create(path) : URI.create("http://localhost:" + port + path);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
