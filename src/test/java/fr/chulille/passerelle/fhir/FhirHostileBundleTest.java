package fr.chulille.passerelle.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile Bundles on POST /api/precheck: each gets a clear 4xx OperationOutcome in the requested
 * language, never a 5xx, never an echo of the patient's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirHostileBundleTest {

    @LocalServerPort
    int port;
    @Autowired
    FhirContext fhir;

    private HttpResponse<String> post(String body) throws Exception {
        return new FhirClient(port).postBundle("/api/precheck?lang=en", body, null, null);
    }

    private OperationOutcome.OperationOutcomeIssueComponent issue(HttpResponse<String> response) {
        return fhir.newJsonParser().parseResource(OperationOutcome.class, response.body()).getIssueFirstRep();
    }

    @Test
    void deepNestingIsRefusedBeforeAnyParser() throws Exception {
        String body = "{\"resourceType\":\"Bundle\",\"entry\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}";

        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(issue(response).getDetails().getText()).isEqualTo("The body nests more than 32 levels deep: it is no pre-check Bundle.");
    }

    @Test
    void tenThousandEntriesAreRefusedAsTooMany() throws Exception {
        StringBuilder body = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
        for (int i = 0; i < 10_000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"resource\":{\"resourceType\":\"Observation\"}}");
        }
        body.append("]}");

        HttpResponse<String> response = post(body.toString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(issue(response).getCode()).isEqualTo(OperationOutcome.IssueType.TOOCOSTLY);
        assertThat(issue(response).getDetails().getText()).isEqualTo("The Bundle has more than 1,000 entries: send only the resources of the pre-check.");
    }

    @Test
    void aOneMegabyteBodyIsRefusedAsTooLarge() throws Exception {
        byte[] body = ("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"id\":\"" + "x".repeat(1_000_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = new FhirClient(port).postBytes("/api/precheck?lang=fr", body);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(issue(response).getDetails().getText()).startsWith("Le corps de la requête dépasse 512 Kio");
    }

    @Test
    void aResourceOtherThanABundleIsRefused() throws Exception {
        HttpResponse<String> response = post(fhir.newJsonParser().encodeResourceToString(new Patient().setBirthDateElement(
                new org.hl7.fhir.r4.model.DateType("1970"))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(issue(response).getDetails().getText()).isEqualTo("Expected a Bundle, received a Patient.");
    }

    @Test
    void wrongResourceTypesInTheBundleAreRefusedOneIssueEach() throws Exception {
        Bundle bundle = new Bundle();
        bundle.addEntry().setResource(new Condition().setCode(new org.hl7.fhir.r4.model.CodeableConcept().setText("AML")));
        bundle.addEntry().setResource(new Bundle().setType(Bundle.BundleType.COLLECTION));

        HttpResponse<String> response = post(fhir.newJsonParser().encodeResourceToString(bundle));

        assertThat(response.statusCode()).isEqualTo(422);
        OperationOutcome outcome = fhir.newJsonParser().parseResource(OperationOutcome.class, response.body());
        assertThat(outcome.getIssue()).extracting(i -> i.getDetails().getText()).containsExactly(
                "A Condition is not accepted: the Bundle may hold one Patient, Observations and one QuestionnaireResponse only.",
                "A Bundle is not accepted: the Bundle may hold one Patient, Observations and one QuestionnaireResponse only.");
        assertThat(outcome.getIssue()).extracting(i -> i.getExpression().getFirst().getValue())
                .containsExactly("Bundle.entry[0].resource", "Bundle.entry[1].resource");
    }

    @Test
    void aContainedPatientCannotSmuggleAnIdentity() throws Exception {
        Bundle bundle = new Bundle();
        org.hl7.fhir.r4.model.Observation observation = FhirBundles.observation(bundle, "http://loinc.org", "777-3",
                new Quantity().setValue(45).setSystem("http://unitsofmeasure.org").setCode("10*9/L"));
        Patient hidden = new Patient();
        hidden.setId("hidden");
        hidden.addName().setFamily("Dupont");
        observation.addContained(hidden);
        observation.setSubject(new org.hl7.fhir.r4.model.Reference("#hidden"));

        HttpResponse<String> response = post(fhir.newJsonParser().encodeResourceToString(bundle));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Contained resources are not accepted").doesNotContain("Dupont");
    }

    @Test
    void twoPlateletCountsWithDifferentValuesAndNoDatesAreRefusedNamingBoth() throws Exception {
        Bundle bundle = new Bundle();
        FhirBundles.observation(bundle, "http://loinc.org", "777-3", new Quantity().setValue(20).setSystem("http://unitsofmeasure.org").setCode("10*9/L"))
                .setEffective(null);
        FhirBundles.observation(bundle, "http://loinc.org", "777-3", new Quantity().setValue(45).setSystem("http://unitsofmeasure.org").setCode("10*9/L"))
                .setEffective(null);

        HttpResponse<String> response = post(fhir.newJsonParser().encodeResourceToString(bundle));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(issue(response).getDetails().getText()).isEqualTo("Different values for “platelets” (Bundle.entry[0].resource, "
                + "Bundle.entry[1].resource) without dates that tell which is the latest: send one, or give each its effective date.");
    }

    @Test
    void twoDifferentAnswersToOneQuestionAreRefused() throws Exception {
        Bundle bundle = new Bundle();
        QuestionnaireResponse response = new QuestionnaireResponse().setQuestionnaire(FhirBundles.BASE + "/Questionnaire/referral")
                .setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.addItem().setLinkId("hivOrHtlv1History").addAnswer().setValue(new org.hl7.fhir.r4.model.BooleanType(true));
        response.addItem().setLinkId("hivOrHtlv1History").addAnswer().setValue(new org.hl7.fhir.r4.model.BooleanType(false));
        bundle.addEntry().setResource(response);

        HttpResponse<String> answer = post(fhir.newJsonParser().encodeResourceToString(bundle));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(issue(answer).getDetails().getText()).startsWith("Different values for “hivOrHtlv1History”");
    }

    @Test
    void twoPatientsAreRefused() throws Exception {
        Bundle bundle = new Bundle();
        bundle.addEntry().setResource(new Patient().setGender(org.hl7.fhir.r4.model.Enumerations.AdministrativeGender.MALE));
        bundle.addEntry().setResource(new Patient().setGender(org.hl7.fhir.r4.model.Enumerations.AdministrativeGender.FEMALE));

        HttpResponse<String> response = post(fhir.newJsonParser().encodeResourceToString(bundle));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(issue(response).getDetails().getText()).startsWith("The Bundle holds more than one Patient");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "null", "{\"resourceType\":\"NoSuchType\"}", "{\"resourceType\":\"Bundle\",\"entry\":{}}",
            "{\"resourceType\":\"Bundle\",\"unknownElement\":1}", "{\"resourceType\":\"Bundle\",\"total\":\"many\"}",
            "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Observation\",\"valueQuantity\":{\"value\":1e999999999}}}]}"})
    void malformedBodiesGetA400NotA500(String body) throws Exception {
        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertThat(response.body()).contains("\"resourceType\":\"OperationOutcome\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1E+999999999", "-2.5e-999999999", "1e31"})
    void aNumberWithAHugeExponentIsRefusedBeforeTheParserWritesItOut(String number) throws Exception {
        HttpResponse<String> response = post("{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Observation\","
                + "\"status\":\"final\",\"valueQuantity\":{\"value\":" + number + "}}}]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(issue(response).getDetails().getText()).isEqualTo("A number in the body has an exponent beyond ±30: no clinical value needs it.");
    }

    @Test
    void aHundredThousandDigitNumberIsRefused() throws Exception {
        HttpResponse<String> response = post("{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Observation\","
                + "\"status\":\"final\",\"valueQuantity\":{\"value\":" + "9".repeat(100_000) + "}}}]}");

        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
    }

    @Test
    void otherMethodsOnTheFhirEndpointsAreRefused() throws Exception {
        HttpResponse<String> response = new FhirClient(port).send("PUT", "/fhir/ResearchStudy/NCT06649227", "application/fhir+json", "{}");

        assertThat(response.statusCode()).isEqualTo(405);
    }
}
