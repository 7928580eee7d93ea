package fr.chulille.passerelle.fhir;

import ca.uhn.fhir.context.FhirContext;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.Fact;
import org.hl7.fhir.r4.model.GuidanceResponse;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same patient sent to POST /api/precheck as the JSON API's body and as a FHIR Bundle gets the same
 * outcome, reason and missing facts for every criterion, the same advice and the same Cockcroft-Gault
 * formula — for 65 patients, in both languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirPreCheckPairedTest {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    FhirContext fhir;

    private final HttpClient http = HttpClient.newHttpClient();

    static Stream<PairedFixtures.Fixture> fixtures() {
        return PairedFixtures.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theFhirBundleGetsTheSameOutcomePerCriterionAndTheSameAdviceAsTheJsonBody(PairedFixtures.Fixture fixture) throws Exception {
        String language = fixture.name().hashCode() % 2 == 0 ? "en" : "fr";
        String jsonBody = json.writeValueAsString(jsonFields(PairedFixtures.withBirthYearOf(fixture)));
        String fhirBody = fhir.newJsonParser().encodeResourceToString(FhirBundles.of(fixture.facts(), fixture.style()));

        HttpResponse<String> jsonAnswer = post(language, "application/json", jsonBody);
        HttpResponse<String> fhirAnswer = post(language, "application/fhir+json", fhirBody);

        assertThat(jsonAnswer.statusCode()).as(jsonAnswer.body()).isEqualTo(200);
        assertThat(fhirAnswer.statusCode()).as(fhirAnswer.body()).isEqualTo(200);
        assertThat(fhirAnswer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/fhir+json"));
        JsonNode expected = json.readTree(jsonAnswer.body());
        GuidanceResponse guidance = fhir.newJsonParser().parseResource(GuidanceResponse.class, fhirAnswer.body());
        Parameters result = contained(guidance, Parameters.class);

        assertThat(criteriaOf(result)).isEqualTo(criteriaOf(expected));
        assertThat(adviceOf(result)).isEqualTo(adviceOf(expected));
        assertThat(clearanceOf(result)).isEqualTo(clearanceOf(expected));
        boolean anyMissing = expected.path("criteria").valueStream().anyMatch(c -> !c.path("missingFacts").isEmpty());
        assertThat(guidance.getStatus()).isEqualTo(anyMissing ? GuidanceResponse.GuidanceResponseStatus.DATAREQUIRED
                : GuidanceResponse.GuidanceResponseStatus.SUCCESS);
    }

    /** The JSON API's body: every known fact under its name, values as the API writes them. */
    private static Map<String, Object> jsonFields(ClinicalFacts facts) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Fact fact : Fact.values()) {
            Object value = fact.valueIn(facts);
            if (value != null) {
                fields.put(fact.fieldName(), value);
            }
        }
        return fields;
    }

    private static List<String> criteriaOf(JsonNode answer) {
        List<String> criteria = new ArrayList<>();
        for (JsonNode criterion : answer.path("criteria")) {
            List<String> missing = new ArrayList<>();
            criterion.path("missingFacts").forEach(fact -> missing.add(fact.asString()));
            criteria.add(String.join(" | ", criterion.path("id").asString(), criterion.path("kind").asString(),
                    criterion.path("outcome").asString(), criterion.path("display").asString(), criterion.path("label").asString(),
                    criterion.path("reason").asString(), missing.toString()));
        }
        return criteria;
    }

    private static List<String> criteriaOf(Parameters result) {
        List<String> criteria = new ArrayList<>();
        for (Parameters.ParametersParameterComponent criterion : result.getParameter()) {
            if (criterion.getName().equals("criterion")) {
                List<String> missing = parts(criterion, "missingFact");
                criteria.add(String.join(" | ", part(criterion, "id"), part(criterion, "kind"), part(criterion, "outcome"),
                        part(criterion, "display"), part(criterion, "label"), part(criterion, "reason"), missing.toString()));
            }
        }
        return criteria;
    }

    private static List<String> adviceOf(JsonNode answer) {
        JsonNode advice = answer.path("advice");
        List<String> listed = new ArrayList<>();
        advice.path("criteria").forEach(c -> listed.add(c.path("id").asString() + ": " + c.path("label").asString()));
        return List.of(advice.path("kind").asString(), advice.path("headline").asString(), listed.toString(),
                advice.path("followUp").isNull() || advice.path("followUp").isMissingNode() ? "" : advice.path("followUp").asString(),
                advice.path("contactPhone").asString());
    }

    private static List<String> adviceOf(Parameters result) {
        Parameters.ParametersParameterComponent advice = result.getParameter("advice");
        List<String> listed = advice.getPart().stream().filter(p -> p.getName().equals("criterion"))
                .map(c -> part(c, "id") + ": " + part(c, "label")).toList();
        String followUp = part(advice, "followUp");
        return List.of(part(advice, "kind"), part(advice, "headline"), listed.toString(), followUp == null ? "" : followUp,
                part(advice, "contactPhone"));
    }

    private static String clearanceOf(JsonNode answer) {
        JsonNode clearance = answer.path("creatinineClearance");
        return clearance.isMissingNode() || clearance.isNull() ? "none"
                : new BigDecimal(clearance.path("mlPerMin").asString()).stripTrailingZeros() + " " + clearance.path("formula").asString();
    }

    private static String clearanceOf(Parameters result) {
        Parameters.ParametersParameterComponent clearance = result.getParameter("creatinineClearance");
        if (clearance == null) {
            return "none";
        }
        Quantity value = (Quantity) clearance.getPart().stream().filter(p -> p.getName().equals("value")).findFirst().orElseThrow().getValue();
        return value.getValue().stripTrailingZeros() + " " + part(clearance, "formula");
    }

    static String part(Parameters.ParametersParameterComponent parameter, String name) {
        return parameter.getPart().stream().filter(p -> p.getName().equals(name)).map(p -> p.getValue().primitiveValue())
                .findFirst().orElse(null);
    }

    static List<String> parts(Parameters.ParametersParameterComponent parameter, String name) {
        return parameter.getPart().stream().filter(p -> p.getName().equals(name)).map(p -> p.getValue().primitiveValue()).toList();
    }

    static <T extends Resource> T contained(GuidanceResponse guidance, Class<T> type) {
        return guidance.getContained().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private HttpResponse<String> post(String language, String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/precheck?lang=" + language))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
