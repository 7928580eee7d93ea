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

/** "Answer next" in the API answer: the same suggestions as the form, labelled in the request's language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PreCheckApiNextQuestionsTest {

    /** A complete eligible man without ECOG, platelets, ejection fraction and oxygen saturation. */
    private static final String FOUR_FACTS_MISSING = """
            {"ageYears": 54, "sex": "MALE", "weightKg": 70, "cd19PercentOfBlasts": 85,
             "diseaseStatus": "POST_TRANSPLANT_RELAPSE", "untriedTargetedTherapyAvailable": "NO",
             "lifeExpectancyMonths": 6, "brainMri": "NO_CNS_INVOLVEMENT", "worstPriorToxicityGrade": 1,
             "lymphocytes": {"value": 350, "unit": "PER_MICROLITRE"},
             "creatinine": {"value": 80, "unit": "MICROMOL_PER_L"},
             "alt": {"value": 1.2, "unit": "TIMES_ULN"}, "ast": {"value": 1.0, "unit": "TIMES_ULN"},
             "bilirubin": {"value": 12, "unit": "MICROMOL_PER_L"}, "significantEcgFinding": "NO",
             "significantPleuralEffusion": "NO", "agreesToCondomUse": "YES",
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

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theAnswerNamesUpToThreeFactsToAnswerNextKnockOutFirstWithTheirLabels() throws Exception {
        JsonNode english = json.readTree(post("?lang=en", FOUR_FACTS_MISSING).body()).path("nextQuestions");

        assertThat(english).hasSize(3);
        assertThat(english.findValuesAsString("field")).containsExactly("ecog", "platelets", "lvefPercent");
        assertThat(english.get(0).path("label").asString()).isEqualTo("ECOG performance status (0 to 5)");
        assertThat(english.get(0).path("knockOut").asBoolean()).isTrue();
        assertThat(english.get(1).path("knockOut").asBoolean()).isFalse();
        assertThat(english.get(0).path("settles").get(0).asString()).isEqualTo("INC-05");

        JsonNode french = json.readTree(post("?lang=fr", FOUR_FACTS_MISSING).body()).path("nextQuestions");
        assertThat(french.findValuesAsString("field")).containsExactly("ecog", "platelets", "lvefPercent");
        assertThat(french.get(1).path("label").asString()).isEqualTo("Plaquettes");
    }

    @Test
    void anEmptyRequestStartsWithTheFactsThatSettleMostAndAnAnsweredOneIsNotAskedAgain() throws Exception {
        JsonNode first = json.readTree(post("?lang=en", "{}").body()).path("nextQuestions");
        assertThat(first.findValuesAsString("field")).containsExactly("cd19PercentOfBlasts", "sex", "childbearingPotential");

        JsonNode then = json.readTree(post("?lang=en", "{\"cd19PercentOfBlasts\": 85, \"sex\": \"MALE\"}").body()).path("nextQuestions");
        assertThat(then.findValuesAsString("field")).doesNotContain("cd19PercentOfBlasts", "sex").hasSize(3);
    }

    private HttpResponse<String> post(String query, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/precheck" + query))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
