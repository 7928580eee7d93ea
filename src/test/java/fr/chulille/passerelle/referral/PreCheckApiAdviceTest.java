package fr.chulille.passerelle.referral;

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
 * The JSON answer of POST /api/precheck after the clinical sign-off: inclusion criteria not met and
 * exclusion criteria present under two headings (the older "criteria" list kept for compatibility),
 * unit-slip warnings, no positive headline on a nearly empty request, and limits named in the texts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PreCheckApiAdviceTest {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void failedInclusionAndPresentExclusionComeUnderTwoHeadings() throws Exception {
        JsonNode advice = post("?lang=en", """
                {"cd19PercentOfBlasts": 0, "priorCd19TargetedTherapy": "YES"}""").path("advice");

        assertThat(advice.path("kind").asString()).isEqualTo("PROBABLY_NOT_ELIGIBLE");
        assertThat(advice.path("headline").asString()).isEqualTo("Probably not eligible.");
        assertThat(advice.path("inclusionNotMet").path("heading").asString()).isEqualTo("Inclusion criterion not met:");
        assertThat(advice.path("inclusionNotMet").path("criteria")).extracting(node -> node.path("id").asString())
                .containsExactly("INC-02");
        assertThat(advice.path("inclusionNotMet").path("criteria").get(0).path("label").asString())
                .isEqualTo("AML expressing CD19 by flow cytometry on at least 70% of blasts");
        assertThat(advice.path("exclusionPresent").path("heading").asString()).isEqualTo("Exclusion criteria present:");
        assertThat(advice.path("exclusionPresent").path("criteria")).extracting(node -> node.path("id").asString())
                .containsExactly("EXC-02", "EXC-04");
        // unchanged for existing clients: every failed criterion, in protocol order
        assertThat(advice.path("criteria")).extracting(node -> node.path("id").asString())
                .containsExactly("INC-02", "EXC-02", "EXC-04");
    }

    @Test
    void onlyAnExclusionPresentGivesNoInclusionHeading() throws Exception {
        JsonNode advice = post("?lang=fr", "{\"medicalInsurance\": \"NO\"}").path("advice");

        assertThat(advice.path("inclusionNotMet").isNull()).isTrue();
        assertThat(advice.path("exclusionPresent").path("heading").asString()).isEqualTo("Critère de non-inclusion présent\u00a0:");
    }

    @Test
    void aNearlyEmptyRequestGetsNoAdviceYet() throws Exception {
        JsonNode advice = post("?lang=en", "{\"ecog\": 1}").path("advice");

        assertThat(advice.path("kind").asString()).isEqualTo("NO_ADVICE_YET");
        assertThat(advice.path("headline").asString()).isEqualTo("No advice yet — 1 of 37 criteria have data.");
    }

    @Test
    void aLikelyUnitSlipComesAsAWarningAndTheValueIsJudgedAsTyped() throws Exception {
        JsonNode body = post("?lang=en", "{\"platelets\": {\"value\": 45, \"unit\": \"PER_MICROLITRE\"}}");

        assertThat(body.path("warnings")).singleElement().satisfies(warning -> {
            assertThat(warning.path("field").asString()).isEqualTo("platelets");
            assertThat(warning.path("message").asString()).startsWith("45/µL").contains("did you mean 45 G/L?");
        });
        assertThat(criterion(body, "INC-09").path("outcome").asString()).isEqualTo("NOT_MET");
    }

    @Test
    void reasonsShowTheTypedValueAndUnitWithTheProtocolUnitInBrackets() throws Exception {
        JsonNode body = post("?lang=en", """
                {"platelets": {"value": 45, "unit": "GIGA_PER_LITRE"}, "bilirubin": {"value": 26, "unit": "MICROMOL_PER_L"},
                 "gilbertSyndrome": "NO"}""");

        assertThat(criterion(body, "INC-09").path("reason").asString()).isEqualTo("Platelets 45 G/L (45,000/µL): 30,000/µL or more.");
        assertThat(criterion(body, "INC-13").path("reason").asString())
                .isEqualTo("Total bilirubin 26 µmol/L (1.53 mg/dL): above 1.5 mg/dL, without Gilbert's syndrome.");
        assertThat(criterion(body, "INC-09").path("label").asString()).isEqualTo("Platelet count of at least 30,000/µL (30 G/L)");
    }

    @Test
    void aMeasuredClearanceOnTheOtherSideOfCockcroftGaultIsToConfirm() throws Exception {
        JsonNode body = post("?lang=en", """
                {"ageYears": 54, "sex": "MALE", "weightKg": 70, "creatinine": {"value": 80, "unit": "MICROMOL_PER_L"},
                 "measuredCreatinineClearance": 35}""");

        JsonNode clearance = criterion(body, "INC-11");
        assertThat(clearance.path("outcome").asString()).isEqualTo("UNKNOWN");
        assertThat(clearance.path("reason").asString()).contains("= 92.4 mL/min").contains("35.0 mL/min")
                .contains("on different sides of 40 mL/min");
        assertThat(body.path("creatinineClearance").path("mlPerMin").decimalValue()).isEqualByComparingTo("92.4");
    }

    private JsonNode post(String query, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PreCheckApi.PATH + query))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static JsonNode criterion(JsonNode body, String id) {
        for (JsonNode criterion : body.path("criteria")) {
            if (criterion.path("id").asString().equals(id)) {
                return criterion;
            }
        }
        throw new AssertionError("no criterion " + id);
    }
}
