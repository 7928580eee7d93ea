package fr.chulille.passerelle.fhir;

import ca.uhn.fhir.context.FhirContext;
import fr.chulille.passerelle.eligibility.Answer;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.referral.StoredReferrals;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DataRequirement;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.GuidanceResponse;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/precheck with FHIR Bundles: what is read, what is reported, what is refused, and in which language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirPreCheckApiTest {

    @LocalServerPort
    int port;
    @Autowired
    FhirContext fhir;
    @Autowired
    StoredReferrals referrals;

    private FhirClient client() {
        return new FhirClient(port);
    }

    private String encode(Bundle bundle) {
        return fhir.newJsonParser().encodeResourceToString(bundle);
    }

    private Bundle eligibleMan() {
        return FhirBundles.of(PairedFixtures.eligibleMan().build(), FhirBundles.Style.PLAIN);
    }

    @Test
    void aCompleteBundleIsPossiblyEligibleAsAGuidanceResponseWithOneCriterionPartEachAndStoresNothing() throws Exception {
        long storedBefore = referrals.count();

        HttpResponse<String> response = client().postBundle("/api/precheck?lang=en", encode(eligibleMan()), "application/fhir+json", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/fhir+json"));
        GuidanceResponse guidance = fhir.newJsonParser().parseResource(GuidanceResponse.class, response.body());
        assertThat(guidance.getStatus()).isEqualTo(GuidanceResponse.GuidanceResponseStatus.SUCCESS);
        assertThat(guidance.getDataRequirement()).isEmpty();
        assertThat(guidance.getNoteFirstRep().getText()).startsWith("Possibly eligible");
        Parameters result = FhirPreCheckPairedTest.contained(guidance, Parameters.class);
        assertThat(guidance.getOutputParameters().getReference()).isEqualTo("#" + result.getIdPart());
        List<Parameters.ParametersParameterComponent> criteria = result.getParameter().stream()
                .filter(p -> p.getName().equals("criterion")).toList();
        assertThat(criteria).hasSize(37);
        Parameters.ParametersParameterComponent platelets = criteria.stream()
                .filter(c -> "INC-09".equals(FhirPreCheckPairedTest.part(c, "id"))).findFirst().orElseThrow();
        assertThat(FhirPreCheckPairedTest.part(platelets, "outcome")).isEqualTo("MET");
        assertThat(FhirPreCheckPairedTest.part(platelets, "reason")).contains("45,000/µL");
        assertThat(FhirPreCheckPairedTest.part(result.getParameter("advice"), "kind")).isEqualTo("POSSIBLY_ELIGIBLE");
        assertThat(FhirPreCheckPairedTest.part(result.getParameter("creatinineClearance"), "formula"))
                .isEqualTo("(140 − 54) × 70 / (72 × 0.905) = 92.4 mL/min");
        assertThat(referrals.count()).as("stores nothing").isEqualTo(storedBefore);
    }

    @Test
    void theReadmesCurlExampleWorks() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        int example = readme.indexOf("-H 'Content-Type: application/fhir+json'");
        int start = readme.indexOf("-d '", example) + 4;
        String body = readme.substring(start, readme.indexOf("'\n", start));

        HttpResponse<String> response = client().postBundle("/api/precheck?lang=en", body, "application/fhir+json", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        GuidanceResponse guidance = fhir.newJsonParser().parseResource(GuidanceResponse.class, response.body());
        assertThat(outcomeOf(guidance, "INC-09")).isEqualTo("MET");
        assertThat(outcomeOf(guidance, "EXC-07")).isEqualTo("MET");
    }

    @Test
    void missingFactsMakeItDataRequiredWithOneDataRequirementEachSayingWhereTheFactGoes() throws Exception {
        Bundle bundle = FhirBundles.of(ClinicalFacts.builder().ecog(1).build(), FhirBundles.Style.PLAIN);

        HttpResponse<String> response = client().postBundle("/api/precheck", encode(bundle), null, "fr-FR");

        assertThat(response.statusCode()).isEqualTo(200);
        GuidanceResponse guidance = fhir.newJsonParser().parseResource(GuidanceResponse.class, response.body());
        assertThat(guidance.getStatus()).isEqualTo(GuidanceResponse.GuidanceResponseStatus.DATAREQUIRED);
        assertThat(guidance.getNoteFirstRep().getText()).as("French by Accept-Language").contains("Pas encore d'avis");
        DataRequirement platelets = requirement(guidance, "platelets");
        assertThat(platelets.getType()).isEqualTo("Observation");
        assertThat(platelets.getCodeFilterFirstRep().getCode()).extracting(Coding::getSystem, Coding::getCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("http://loinc.org", "777-3"));
        assertThat(requirement(guidance, "cd19PercentOfBlasts").getCodeFilterFirstRep().getCodeFirstRep().getSystem())
                .isEqualTo(FhirBundles.BASE + "/CodeSystem/observation");
        assertThat(requirement(guidance, "ableToSignConsent").getType()).isEqualTo("QuestionnaireResponse");
        assertThat(requirement(guidance, "ableToSignConsent").getMustSupport().getFirst().getValue()).contains("ableToSignConsent");
        assertThat(requirement(guidance, "ageYears").getType()).isEqualTo("Patient");
        assertThat(requirement(guidance, "ageYears").getMustSupport().getFirst().getValue()).isEqualTo("birthDate");
        assertThat(guidance.getDataRequirement()).noneMatch(r -> r.getId().equals("ecog"));
    }

    private static DataRequirement requirement(GuidanceResponse guidance, String fact) {
        return guidance.getDataRequirement().stream().filter(r -> fact.equals(r.getId())).findFirst().orElseThrow();
    }

    @Test
    void aFhirClientAcceptingOnlyApplicationJsonGetsTheSameResourceLabelledSo() throws Exception {
        HttpResponse<String> response = client().postBundle("/api/precheck", encode(eligibleMan()), "application/json", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).contains("\"resourceType\":\"GuidanceResponse\"");
    }

    @Test
    void anAcceptHeaderWithoutJsonGetsA406OperationOutcome() throws Exception {
        HttpResponse<String> response = client().postBundle("/api/precheck?lang=en", encode(eligibleMan()), "text/html", null);

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(outcome(response).getIssueFirstRep().getDetails().getText()).contains("application/fhir+json");
    }

    @Test
    void theJsonApiIsUnchangedBesideTheFhirMapping() throws Exception {
        HttpResponse<String> response = client().send("POST", "/api/precheck?lang=en", "application/json",
                "{\"platelets\": {\"value\": 20, \"unit\": \"GIGA_PER_LITRE\"}}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).contains("\"kind\":\"PROBABLY_NOT_ELIGIBLE\"").doesNotContain("resourceType");
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "identifier", "address", "telecom", "text"})
    void anIdentifyingPatientFieldIsRefusedNamingIt(String field) throws Exception {
        Bundle bundle = eligibleMan();
        Patient patient = (Patient) bundle.getEntryFirstRep().getResource();
        switch (field) {
            case "name" -> patient.addName(new HumanName().setFamily("Dupont").addGiven("Jeanne"));
            case "identifier" -> patient.addIdentifier(new Identifier().setSystem("urn:oid:1.2.250.1.213.1.4.8").setValue("1800175123456"));
            case "address" -> patient.addAddress(new Address().setCity("Lille"));
            case "telecom" -> patient.addTelecom(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue("0600000000"));
            default -> patient.getText().setStatus(org.hl7.fhir.r4.model.Narrative.NarrativeStatus.GENERATED)
                    .setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">Jeanne Dupont</div>");
        }

        HttpResponse<String> response = client().postBundle("/api/precheck?lang=en", encode(bundle), null, null);

        assertThat(response.statusCode()).isEqualTo(422);
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome(response).getIssueFirstRep();
        assertThat(issue.getDetails().getText()).contains("“" + field + "” is refused").contains("identity");
        assertThat(issue.getExpression().getFirst().getValue()).isEqualTo("Bundle.entry[0].resource." + field);
        assertThat(response.body()).doesNotContain("Dupont").doesNotContain("1800175123456").doesNotContain("0600000000");
    }

    @Test
    void aReferenceToThePatientCarryingItsIdentifierIsRefused() throws Exception {
        Bundle bundle = eligibleMan();
        Observation first = (Observation) bundle.getEntry().get(1).getResource();
        first.setSubject(new Reference().setIdentifier(new Identifier().setValue("IPP-123456")));

        HttpResponse<String> response = client().postBundle("/api/precheck?lang=en", encode(bundle), null, null);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(outcome(response).getIssueFirstRep().getDetails().getText()).contains("may not carry an identifier");
    }

    @Test
    void anUnknownUnitForAKnownCodeIsRefusedListingTheAcceptedUcumUnits() throws Exception {
        Bundle bundle = new Bundle();
        FhirBundles.observation(bundle, "http://loinc.org", "777-3", new Quantity().setValue(45).setSystem("http://unitsofmeasure.org").setCode("g/L"));

        HttpResponse<String> response = client().postBundle("/api/precheck?lang=fr", encode(bundle), null, null);

        assertThat(response.statusCode()).isEqualTo(422);
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome(response).getIssueFirstRep();
        assertThat(issue.getCode()).isEqualTo(OperationOutcome.IssueType.CODEINVALID);
        assertThat(issue.getDetails().getText()).isEqualTo(
                "L’unité « g/L » n’est pas lue pour 777-3 : les unités UCUM acceptées sont /mm3, /uL, 10*3/uL, 10*9/L.");
        assertThat(issue.getExpression().getFirst().getValue()).isEqualTo("Bundle.entry[0].resource.value.code");
    }

    @Test
    void aUnitWithoutTheUcumSystemIsRefusedAndTheMassCodeDoesNotTakeMolarUnits() throws Exception {
        Bundle bundle = new Bundle();
        FhirBundles.observation(bundle, "http://loinc.org", "777-3", new Quantity().setValue(45).setCode("10*9/L"));
        FhirBundles.observation(bundle, "http://loinc.org", "2160-0", new Quantity().setValue(80).setSystem("http://unitsofmeasure.org").setCode("umol/L"));

        HttpResponse<String> response = client().postBundle("/api/precheck?lang=en", encode(bundle), null, null);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(outcome(response).getIssue()).extracting(i -> i.getDetails().getText()).containsExactly(
                "The unit of 777-3 must be a UCUM code (system http://unitsofmeasure.org): /mm3, /uL, 10*3/uL, 10*9/L.",
                "Unit “umol/L” is not read for 2160-0: the accepted UCUM units are mg/dL.");
    }

    @Test
    void aKnownCodeUnderAnotherSystemAndAnUnknownCodeAreReportedAndIgnoredNeverGuessed() throws Exception {
        Bundle bundle = new Bundle();
        FhirBundles.observation(bundle, "http://snomed.info/sct", "777-3", new Quantity().setValue(45)
                .setSystem("http://unitsofmeasure.org").setCode("10*9/L"));
        FhirBundles.observation(bundle, "http://loinc.org", "718-7", new Quantity().setValue(9.5)
                .setSystem("http://unitsofmeasure.org").setCode("g/dL"));

        HttpResponse<String> response = client().postBundle("/api/precheck?lang=en", encode(bundle), null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        GuidanceResponse guidance = fhir.newJsonParser().parseResource(GuidanceResponse.class, response.body());
        OperationOutcome remarks = FhirPreCheckPairedTest.contained(guidance, OperationOutcome.class);
        assertThat(guidance.getEvaluationMessageFirstRep().getReference()).isEqualTo("#" + remarks.getIdPart());
        assertThat(remarks.getIssue()).extracting(i -> i.getDetails().getText()).containsExactly(
                "Observation ignored: code 777-3 is read under the system http://loinc.org only, not “http://snomed.info/sct”.",
                "Observation ignored: the pre-check does not read http://loinc.org|718-7.");
        assertThat(outcomeOf(guidance, "INC-09")).isEqualTo("UNKNOWN");
    }

    @Test
    void ecogAsALoincAnswerAndAPositiveHcgObservationAreRead() throws Exception {
        Bundle bundle = FhirBundles.of(ClinicalFacts.builder().sex(fr.chulille.passerelle.eligibility.Sex.FEMALE).build(), FhirBundles.Style.PLAIN);
        FhirBundles.observation(bundle, "http://loinc.org", "89247-1", new CodeableConcept(new Coding("http://loinc.org", "LA9624-3", null)));
        FhirBundles.observation(bundle, "http://loinc.org", "2118-8", new CodeableConcept(new Coding("http://loinc.org", "LA6576-8", "Positive")));

        HttpResponse<String> response = client().postBundle("/api/precheck?lang=en", encode(bundle), null, null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        GuidanceResponse guidance = fhir.newJsonParser().parseResource(GuidanceResponse.class, response.body());
        assertThat(outcomeOf(guidance, "INC-05")).as("ECOG 2 is not < 2").isEqualTo("NOT_MET");
        assertThat(outcomeOf(guidance, "EXC-13")).as("a positive pregnancy test").isEqualTo("NOT_MET");
    }

    @Test
    void twoDatedPlateletCountsTheLatestWinsAndTheAnswerSaysSo() throws Exception {
        Bundle bundle = new Bundle();
        FhirBundles.observation(bundle, "http://loinc.org", "777-3", new Quantity().setValue(20).setSystem("http://unitsofmeasure.org").setCode("10*9/L"))
                .setEffective(new DateTimeType("2026-11-01"));
        FhirBundles.observation(bundle, "http://loinc.org", "777-3", new Quantity().setValue(45).setSystem("http://unitsofmeasure.org").setCode("10*9/L"))
                .setEffective(new DateTimeType("2026-11-20"));

        HttpResponse<String> response = client().postBundle("/api/precheck?lang=en", encode(bundle), null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        GuidanceResponse guidance = fhir.newJsonParser().parseResource(GuidanceResponse.class, response.body());
        assertThat(outcomeOf(guidance, "INC-09")).isEqualTo("MET");
        OperationOutcome remarks = FhirPreCheckPairedTest.contained(guidance, OperationOutcome.class);
        assertThat(remarks.getIssueFirstRep().getDetails().getText())
                .isEqualTo("“platelets” was given 2 times with different values: the latest observation is used.");
        assertThat(remarks.getIssueFirstRep().getExpression().getFirst().getValue()).isEqualTo("Bundle.entry[1].resource");
    }

    @Test
    void theSameValueTwiceInTwoUnitsIsNoConflict() throws Exception {
        Bundle bundle = new Bundle();
        FhirBundles.observation(bundle, "http://loinc.org", "777-3", new Quantity().setValue(45).setSystem("http://unitsofmeasure.org").setCode("10*9/L"));
        FhirBundles.observation(bundle, "http://loinc.org", "777-3", new Quantity().setValue(45000).setSystem("http://unitsofmeasure.org").setCode("/uL"));

        HttpResponse<String> response = client().postBundle("/api/precheck", encode(bundle), null, null);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aQuestionnaireResponseToAnotherQuestionnaireOrWithAnUnknownQuestionIsRefused() throws Exception {
        Bundle bundle = new Bundle();
        QuestionnaireResponse response = new QuestionnaireResponse().setQuestionnaire("http://example.org/Questionnaire/other")
                .setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        bundle.addEntry().setResource(response);
        QuestionnaireResponse unknownItem = new QuestionnaireResponse().setQuestionnaire(FhirBundles.BASE + "/Questionnaire/referral")
                .setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        unknownItem.addItem().setLinkId("patientName").addAnswer().setValue(new org.hl7.fhir.r4.model.StringType("Jeanne"));
        Bundle second = new Bundle();
        second.addEntry().setResource(unknownItem);

        HttpResponse<String> other = client().postBundle("/api/precheck?lang=en", encode(bundle), null, null);
        HttpResponse<String> unknown = client().postBundle("/api/precheck?lang=en", encode(second), null, null);

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(outcome(other).getIssueFirstRep().getDetails().getText())
                .isEqualTo("The QuestionnaireResponse must answer the referral questionnaire " + FhirBundles.BASE + "/Questionnaire/referral.");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(outcome(unknown).getIssueFirstRep().getDetails().getText()).startsWith("Unknown question “patientName”");
    }

    @Test
    void aYesNoQuestionAnsweredWithAStringIsRefusedNamingTheExpectedType() throws Exception {
        Bundle bundle = FhirBundles.of(ClinicalFacts.builder().medicalInsurance(Answer.YES).build(), FhirBundles.Style.PLAIN);
        QuestionnaireResponse response = (QuestionnaireResponse) bundle.getEntry().getLast().getResource();
        response.getItemFirstRep().getAnswerFirstRep().setValue(new org.hl7.fhir.r4.model.StringType("yes"));

        HttpResponse<String> answer = client().postBundle("/api/precheck?lang=en", encode(bundle), null, null);

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(outcome(answer).getIssueFirstRep().getDetails().getText()).isEqualTo("The answer to “medicalInsurance” must be a valueBoolean.");
    }

    @Test
    void anImpossibleValueIsA422InTheRequestedLanguageNamingTheFactAndWhereItCameFrom() throws Exception {
        Bundle bundle = new Bundle();
        FhirBundles.observation(bundle, FhirBundles.BASE + "/CodeSystem/observation", "cd19PercentOfBlasts",
                new Quantity().setValue(150).setSystem("http://unitsofmeasure.org").setCode("%"));

        HttpResponse<String> english = client().postBundle("/api/precheck?lang=en", encode(bundle), null, null);
        HttpResponse<String> french = client().postBundle("/api/precheck", encode(bundle), null, "fr");

        assertThat(english.statusCode()).isEqualTo(422);
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome(english).getIssueFirstRep();
        assertThat(issue.getDetails().getText()).startsWith("Impossible value for “cd19PercentOfBlasts”:").contains("100");
        assertThat(issue.getExpression().getFirst().getValue()).isEqualTo("Bundle.entry[0].resource");
        assertThat(outcome(french).getIssueFirstRep().getDetails().getText()).startsWith("Valeur impossible pour « cd19PercentOfBlasts »");
    }

    @Test
    void anAltWithoutReferenceRangeIsLeftToConfirmAndSaysWhy() throws Exception {
        Bundle bundle = new Bundle();
        FhirBundles.observation(bundle, "http://loinc.org", "1742-6", new Quantity().setValue(30).setSystem("http://unitsofmeasure.org").setCode("U/L"));

        HttpResponse<String> response = client().postBundle("/api/precheck?lang=en", encode(bundle), null, null);

        GuidanceResponse guidance = fhir.newJsonParser().parseResource(GuidanceResponse.class, response.body());
        assertThat(outcomeOf(guidance, "INC-12")).isEqualTo("UNKNOWN");
        assertThat(FhirPreCheckPairedTest.contained(guidance, OperationOutcome.class).getIssueFirstRep().getDetails().getText())
                .contains("no upper limit of normal");
    }

    private OperationOutcome outcome(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        return fhir.newJsonParser().parseResource(OperationOutcome.class, response.body());
    }

    private static String outcomeOf(GuidanceResponse guidance, String criterionId) {
        Parameters result = FhirPreCheckPairedTest.contained(guidance, Parameters.class);
        return result.getParameter().stream().filter(p -> p.getName().equals("criterion"))
                .filter(c -> criterionId.equals(FhirPreCheckPairedTest.part(c, "id")))
                .map(c -> FhirPreCheckPairedTest.part(c, "outcome")).findFirst().orElseThrow();
    }

}
