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

/** POST /api/precheck over real HTTP, through the security filter chain, as a hospital system would call it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PreCheckApiTest {

    private static final String COMPLETE_PATIENT = """
            {"ageYears": 54, "sex": "MALE", "weightKg": 70, "cd19PercentOfBlasts": 85,
             "diseaseStatus": "POST_TRANSPLANT_RELAPSE", "untriedTargetedTherapyAvailable": "NO", "ecog": 1,
             "lifeExpectancyMonths": 6, "brainMri": "NO_CNS_INVOLVEMENT", "worstPriorToxicityGrade": 1,
             "platelets": {"value": 45, "unit": "GIGA_PER_LITRE"}, "lymphocytes": {"value": 350, "unit": "PER_MICROLITRE"},
             "creatinine": {"value": 80, "unit": "MICROMOL_PER_L"},
             "alt": {"value": 1.2, "unit": "TIMES_ULN"}, "ast": {"value": 60, "unit": "UNITS_PER_LITRE", "upperLimitOfNormal": 40},
             "bilirubin": {"value": 12, "unit": "MICROMOL_PER_L"}, "lvefPercent": 60, "significantEcgFinding": "NO",
             "significantPleuralEffusion": "NO", "spo2RoomAirPercent": 97, "agreesToCondomUse": "YES",
             "ableToSignConsent": "YES", "otherMalignancyHistory": "NO", "priorCd19TargetedTherapy": "NO",
             "priorGeneticallyModifiedTCellTherapy": "NO", "uncontrolledInfection": "NO", "hivOrHtlv1History": "NO",
             "activeHepatitisC": "NO", "activeHepatitisB": "NO", "csfMalignantCellsOrBrainMetastases": "NO",
             "nonMalignantCnsDisorder": "NO", "underGuardianshipOrCuratorship": "NO",
             "pregnantBreastfeedingOrPlanningPregnancy": "NO", "hypersensitivityToProduct": "NO",
             "lymphodepletionContraindication": "NO", "medicalInsurance": "YES"}
            """;

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    ReferralRepository referrals;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCompletePatientIsPossiblyEligibleWithEveryCriterionAndTheFormula() throws Exception {
        long storedBefore = referrals.count();

        HttpResponse<String> response = post("?lang=en", COMPLETE_PATIENT, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("advice").path("kind").asString()).isEqualTo("POSSIBLY_ELIGIBLE");
        assertThat(body.path("advice").path("headline").asString()).startsWith("Possibly eligible");
        assertThat(body.path("criteria")).hasSize(37);
        JsonNode platelets = criterion(body, "INC-09");
        assertThat(platelets.path("outcome").asString()).isEqualTo("MET");
        assertThat(platelets.path("display").asString()).isEqualTo("Met");
        assertThat(platelets.path("reason").asString()).contains("45,000/µL");
        assertThat(criterion(body, "EXC-07").path("display").asString()).isEqualTo("Absent");
        assertThat(body.path("creatinineClearance").path("formula").asString()).isEqualTo("(140 − 54) × 70 / (72 × 0.905) = 92.4 mL/min");
        assertThat(referrals.count()).as("stores nothing").isEqualTo(storedBefore);
    }

    @Test
    void missingValuesAreUnknownNeverNotMetAndTheLanguageFollowsAcceptLanguage() throws Exception {
        HttpResponse<String> response = post("", "{\"platelets\": {\"value\": 20, \"unit\": \"GIGA_PER_LITRE\"}}", "fr-FR,fr;q=0.9");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("language").asString()).isEqualTo("fr");
        assertThat(body.path("advice").path("kind").asString()).isEqualTo("PROBABLY_NOT_ELIGIBLE");
        assertThat(body.path("advice").path("criteria").findValuesAsString("id")).containsExactly("INC-09");
        assertThat(body.path("advice").path("followUp").asString()).isNotBlank();
        assertThat(criterion(body, "INC-09").path("outcome").asString()).isEqualTo("NOT_MET");
        assertThat(criterion(body, "INC-14").path("outcome").asString()).isEqualTo("UNKNOWN");
        assertThat(criterion(body, "INC-14").path("missingFacts").get(0).asString()).isEqualTo("lvefPercent");
        assertThat(criterion(body, "EXC-07").path("outcome").asString()).isEqualTo("UNKNOWN");
    }

    @Test
    void aWrongUnitIsA400NamingTheFieldAndTheAllowedUnits() throws Exception {
        HttpResponse<String> response = post("?lang=en", "{\"platelets\": {\"value\": 45, \"unit\": \"G/L\"}}", null);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("error").asString()).isEqualTo("invalid-value");
        assertThat(body.path("field").asString()).isEqualTo("platelets.unit");
        assertThat(body.path("message").asString()).contains("PER_MICROLITRE, GIGA_PER_LITRE");
    }

    @Test
    void aValueWithoutItsUnitIsA400() throws Exception {
        HttpResponse<String> response = post("?lang=en", "{\"creatinine\": {\"value\": 80}}", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("field").asString()).startsWith("creatinine");
    }

    @Test
    void malformedJsonIsA400() throws Exception {
        HttpResponse<String> response = post("?lang=en", "{\"ecog\": 1,", null);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("error").asString()).isEqualTo("malformed-json");
        assertThat(body.path("message").asString()).contains("not valid JSON");
    }

    @Test
    void anIdentifyingOrUnknownFieldIsA400() throws Exception {
        HttpResponse<String> response = post("?lang=en", "{\"patientName\": \"Jean Dupont\"}", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("error").asString()).isEqualTo("unknown-field");
    }

    @Test
    void anImpossibleValueIsA400WithTheTranslatedProblem() throws Exception {
        HttpResponse<String> response = post("?lang=en", "{\"cd19PercentOfBlasts\": 120}", null);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("error").asString()).isEqualTo("impossible-values");
        assertThat(body.path("problems").get(0).path("field").asString()).isEqualTo("cd19PercentOfBlasts");
        assertThat(body.path("problems").get(0).path("message").asString()).isEqualTo("Enter a value between 0 and 100.");
    }

    @Test
    void aBodyOver64KiBIsA400() throws Exception {
        String oversized = "{\"ecog\": 1" + " ".repeat(PreCheckApi.MAX_BODY_BYTES) + "}";

        HttpResponse<String> response = post("?lang=en", oversized, null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("error").asString()).isEqualTo("too-large");
    }

    @Test
    void anEmptyBodyIsA400() throws Exception {
        assertThat(post("", "", null).statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> post(String query, String body, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/precheck" + query))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
