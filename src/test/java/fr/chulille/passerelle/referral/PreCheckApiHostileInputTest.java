package fr.chulille.passerelle.referral;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
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
 * POST /api/precheck with hostile input of every class: very long bodies, strings and numbers, deep
 * nesting, markup, line breaks, emoji and right-to-left text, SQL metacharacters, wrong units and
 * absurd numbers. Each gets a 400 with a stable code and a message in the requested language, as JSON
 * that never runs the input; no input hangs the pre-check. A possible value in its unit gets a 200.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PreCheckApiHostileInputTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | The request body is larger than 64 KiB.",
            "fr | Le corps de la requête dépasse 64 Kio."})
    void aHundredThousandCharacterBodyIsRefusedInTheRequestedLanguage(String language, String message) throws Exception {
        String body = "{\"sex\": \"" + "M".repeat(100_000) + "\"}";

        HttpResponse<String> response = post(language, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.path("error").asString()).isEqualTo("too-large");
        assertThat(answer.path("message").asString()).isEqualTo(message);
    }

    @Test
    void aLongStringWithinTheLimitIsAnInvalidChoiceThatIsNotEchoed() throws Exception {
        HttpResponse<String> response = post("en", "{\"sex\": \"" + "<script>alert(1)</script>".repeat(2_000) + "\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.path("error").asString()).isEqualTo("invalid-value");
        assertThat(answer.path("message").asString()).isEqualTo("Invalid value for “sex”: the allowed values are MALE, FEMALE.");
        assertThat(response.body()).doesNotContain("<script>").hasSizeLessThan(1_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"deep nesting", "long number", "bare NaN", "control character"})
    void malformedBodiesAreRefusedAsMalformedJson(String kind) throws Exception {
        String body = switch (kind) {
            case "deep nesting" -> "{\"ecog\": " + "[".repeat(30_000) + "]".repeat(30_000) + "}";
            case "long number" -> "{\"weightKg\": " + "7".repeat(60_000) + "}";
            case "bare NaN" -> "{\"weightKg\": NaN}";
            default -> "{\"sex\": \"MA\u0000LE\"}";
        };

        HttpResponse<String> response = post("fr", body);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.path("error").asString()).isIn("malformed-json", "invalid-value");
        assertThat(answer.path("message").asString()).matches("(Le corps de la requête n’est pas du JSON valide|Valeur invalide).*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<img src=x onerror=alert(1)>", "a\r\nSet-Cookie: evil=1", "👩‍⚕️ سارة\u202E", "'; DROP TABLE referral; --"})
    void aHostileFieldNameIsAnUnknownFieldAnsweredAsJsonWithoutAnyHeaderFromIt(String name) throws Exception {
        HttpResponse<String> response = post("en", json.writeValueAsString(java.util.Map.of(name, 1)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().map().values()).allSatisfy(values -> assertThat(values).noneMatch(value -> value.contains("evil")));
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.path("error").asString()).isEqualTo("unknown-field");
        assertThat(answer.path("field").asString()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'; DROP TABLE referral; --", "G/L", "PER_MICROLITRE\u202E", "%"})
    void anUnknownUnitIsAnInvalidChoiceListingTheUnits(String unit) throws Exception {
        HttpResponse<String> response = post("en", "{\"platelets\": {\"value\": 45, \"unit\": " + json.writeValueAsString(unit) + "}}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.path("field").asString()).isEqualTo("platelets.unit");
        assertThat(answer.path("message").asString()).contains("PER_MICROLITRE, GIGA_PER_LITRE");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"platelets\": {\"value\": 30000, \"unit\": \"GIGA_PER_LITRE\"}} | platelets | en | Impossible in this unit (possible values: 0 to 10,000): check the unit.",
            "{\"creatinine\": {\"value\": 80, \"unit\": \"MG_PER_DL\"}} | creatinine | en | Impossible in this unit (possible values: 0.05 to 50): check the unit.",
            "{\"platelets\": {\"value\": 30000, \"unit\": \"GIGA_PER_LITRE\"}} | platelets | fr | vérifiez l'unité.",
            "{\"platelets\": {\"value\": -5, \"unit\": \"GIGA_PER_LITRE\"}} | platelets | en | The value cannot be negative.",
            "{\"platelets\": {\"value\": 1e-99999999, \"unit\": \"PER_MICROLITRE\"}} | platelets | en | Use at most 6 decimal places.",
            "{\"platelets\": {\"value\": 1e99999999, \"unit\": \"PER_MICROLITRE\"}} | platelets | en | Impossible in this unit (possible values: 0 to 10,000,000): check the unit.",
            "{\"lifeExpectancyMonths\": 1e99999999} | lifeExpectancyMonths | en | The value cannot exceed 1,200.",
            "{\"measuredCreatinineClearance\": 1e-99999999} | measuredCreatinineClearance | en | Use at most 6 decimal places.",
            "{\"ast\": {\"value\": 40, \"unit\": \"UNITS_PER_LITRE\", \"upperLimitOfNormal\": 1e99999999}} | ast | en | The value cannot exceed 1,000."})
    @Timeout(30)
    void aValueImpossibleInItsUnitOrAnAbsurdNumberIsRefusedQuicklyWithTheTranslatedProblem(
            String body, String field, String language, String message) throws Exception {
        HttpResponse<String> response = post(language, body);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.path("error").asString()).isEqualTo("impossible-values");
        assertThat(answer.path("problems").get(0).path("field").asString()).isEqualTo(field);
        assertThat(answer.path("problems").get(0).path("message").asString()).endsWith(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"NaN\"", "\"1,5\"", "\"1e9 G/L\"", "true"})
    void aValueThatIsNoNumberIsAnInvalidValueNamingTheField(String value) throws Exception {
        HttpResponse<String> response = post("en", "{\"bilirubin\": {\"value\": " + value + ", \"unit\": \"MG_PER_DL\"}}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.path("error").asString()).isEqualTo("invalid-value");
        assertThat(answer.path("field").asString()).isEqualTo("bilirubin.value");
    }

    @Test
    void aHighButPossibleValueIsJudgedAndLeftToConfirm() throws Exception {
        HttpResponse<String> response = post("en", "{\"bilirubin\": {\"value\": 25, \"unit\": \"MG_PER_DL\"}}");

        assertThat(response.statusCode()).isEqualTo(200);
        for (JsonNode criterion : json.readTree(response.body()).path("criteria")) {
            if (criterion.path("id").asString().equals("INC-13")) {
                assertThat(criterion.path("outcome").asString()).isEqualTo("UNKNOWN");
                assertThat(criterion.path("missingFacts").get(0).asString()).isEqualTo("gilbertSyndrome");
                return;
            }
        }
        throw new AssertionError("no INC-13");
    }

    private HttpResponse<String> post(String language, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/precheck?lang=" + language))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
