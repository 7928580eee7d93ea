package fr.chulille.passerelle.referral;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an API client gets for a wrong method, an Accept header the API cannot satisfy, or the JSON
 * literal {@code null}: the API's JSON error, never a redirect to the HTML login page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PreCheckApiMethodsTest {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE", "PATCH"})
    void anyOtherMethodThanPostIs405WithTheJsonErrorAndAllowPost(String method) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("?lang=en"))
                .method(method, method.equals("GET") || method.equals("DELETE")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json"));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
        assertJsonError(response, "method-not-allowed", "POST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "application/xml", "text/csv"})
    void anAcceptHeaderWithoutJsonIs406WithTheJsonError(String accept) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("?lang=en"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json").header("Accept", accept));

        assertThat(response.statusCode()).isEqualTo(406);
        assertJsonError(response, "not-acceptable", "application/json");
    }

    @Test
    void theErrorFollowsTheRequestedLanguage() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("")).GET().header("Accept-Language", "fr-FR,fr"));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(json.readTree(response.body()).path("message").asString()).contains("POST").contains("méthode");
    }

    @Test
    void theJsonLiteralNullIsAnEmptyBody() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("?lang=en"))
                .POST(HttpRequest.BodyPublishers.ofString("null")).header("Content-Type", "application/json"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertJsonError(response, "empty", "empty");
    }

    private void assertJsonError(HttpResponse<String> response, String code, String messagePart) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Location")).isEmpty();
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("error").asString()).isEqualTo(code);
        assertThat(body.path("message").asString()).contains(messagePart);
    }

    private URI uri(String query) {
        return URI.create("http://localhost:" + port + PreCheckApi.PATH + query);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
