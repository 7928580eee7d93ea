package fr.chulille.passerelle.fhir;

import ca.uhn.fhir.context.FhirContext;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.TrialCriteria;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.ResearchStudy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The trial, the referral Questionnaire and the code systems as FHIR, read anonymously. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirTrialApiTest {

    @LocalServerPort
    int port;
    @Autowired
    FhirContext fhir;

    private HttpResponse<String> get(String path) throws Exception {
        return new FhirClient(port).get(path, "application/fhir+json");
    }

    @Test
    void theResearchStudyCarriesTheRecordsValuesShapedLikeEclaire() throws Exception {
        HttpResponse<String> response = get("/fhir/ResearchStudy/NCT06649227");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/fhir+json"));
        ResearchStudy study = fhir.newJsonParser().parseResource(ResearchStudy.class, response.body());
        assertThat(study.getMeta().getProfile().getFirst().getValue())
                .isEqualTo("https://interop.esante.gouv.fr/ig/fhir/eclaire/StructureDefinition/eclaire-researchstudy");
        assertThat(study.getTitle()).isEqualTo("Study Investigating the Safety of CD19 CAR-T Cells in Relapsed/Refractory AML Expressing CD19");
        assertThat(study.getIdentifier()).extracting(i -> i.getUse().toCode() + " " + i.getValue())
                .containsExactly("official NCT06649227", "secondary 2023-509212-29-01", "secondary 2021_0578");
        assertThat(study.getStatus()).isEqualTo(ResearchStudy.ResearchStudyStatus.ACTIVE);
        assertThat(study.getPhase().getCodingFirstRep().getCode()).isEqualTo("phase-1");
        assertThat(study.getPrimaryPurposeType().getCodingFirstRep().getCode()).isEqualTo("treatment");
        assertThat(study.getCategoryFirstRep().getText()).isEqualTo("INTERVENTIONAL");
        assertThat(study.getConditionFirstRep().getText()).isEqualTo("Relapsed Adult AML");
        assertThat(study.getPeriod().getStartElement().getValueAsString()).isEqualTo("2025-07-10");
        assertThat(study.getPeriod().getEndElement().getValueAsString()).isEqualTo("2030-07-10");
        assertThat(study.hasSponsor()).as("ECLAIRE: sponsor 0..0, replaced by associatedParty").isFalse();
        List<Extension> parties = study.getExtensionsByUrl("http://hl7.org/fhir/5.0/StructureDefinition/extension-ResearchStudy.associatedParty");
        assertThat(parties).extracting(p -> p.getExtensionString("name") + " / "
                        + ((org.hl7.fhir.r4.model.CodeableConcept) p.getExtensionByUrl("role").getValue()).getCodingFirstRep().getCode())
                .containsExactly("University Hospital, Lille / lead-sponsor", "Ministry of Health, France / collaborator",
                        "University Hospital, Rouen / collaborator", "Miltenyi / collaborator",
                        "Ibrahim Yakoub-Agha, MD, PhD / primary-investigator");
        Extension recruitment = study.getExtensionByUrl("http://hl7.org/fhir/5.0/StructureDefinition/extension-ResearchStudy.recruitment");
        assertThat(recruitment.getExtensionByUrl("targetNumber").getValue().primitiveValue()).isEqualTo("5");
        assertThat(study.getContactFirstRep().getTelecomFirstRep().getValue()).isEqualTo("+33 3 20 44 59 62");
        assertThat(study.getArmFirstRep().getName()).isEqualTo("Experimental group");
        assertThat(study.getArmFirstRep().getDescription()).contains("anti-CD19 CAR-T cells per kg of body weight");
        assertThat(study.getLocationFirstRep().getCodingFirstRep().getCode()).isEqualTo("FR");
        assertThat(study.getEnrollmentFirstRep().getReference()).isEqualTo("Group/NCT06649227-enrollment");
        assertThat(study.getSiteFirstRep().getReference()).isEqualTo("Location/NCT06649227-site");
    }

    @Test
    void theSearchByIdentifierWithIncludesReturnsTheStudyItsGroupSponsorAndSite() throws Exception {
        HttpResponse<String> response = get("/fhir/ResearchStudy?identifier=2023-509212-29-01"
                + "&_include=ResearchStudy:site&_include=ResearchStudy:sponsor&_include=ResearchStudy:enrollment");

        assertThat(response.statusCode()).isEqualTo(200);
        Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, response.body());
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(bundle.getTotal()).isEqualTo(1);
        assertThat(bundle.getEntry()).extracting(e -> e.getSearch().getMode().toCode() + " " + e.getResource().fhirType())
                .containsExactly("match ResearchStudy", "include Group", "include Organization", "include Location");
        assertThat(bundle.getEntry().getFirst().getFullUrl()).isEqualTo("http://localhost:" + port + "/fhir/ResearchStudy/NCT06649227");
        Group group = (Group) bundle.getEntry().get(1).getResource();
        assertThat(group.getCharacteristic()).hasSize(3 + TrialCriteria.all().size());
        Group.GroupCharacteristicComponent age = group.getCharacteristicFirstRep();
        assertThat(age.getCode().getCodingFirstRep().getCode()).isEqualTo("grp-age");
        assertThat(((Range) age.getValue()).getLow().getValue()).isEqualByComparingTo("18");
        Group.GroupCharacteristicComponent platelets = group.getCharacteristic().stream().filter(c -> "INC-09".equals(c.getId())).findFirst().orElseThrow();
        assertThat(platelets.getValueCodeableConcept().getText()).isEqualTo("Platelet count ≥ 30000/uL,");
        assertThat(platelets.getExclude()).isFalse();
        Group.GroupCharacteristicComponent hiv = group.getCharacteristic().stream().filter(c -> "EXC-07".equals(c.getId())).findFirst().orElseThrow();
        assertThat(hiv.getExclude()).isTrue();
        assertThat(((Organization) bundle.getEntry().get(2).getResource()).getName()).isEqualTo("University Hospital, Lille");
        Location site = (Location) bundle.getEntry().get(3).getResource();
        assertThat(site.getName()).isEqualTo("CHU de Lille");
        assertThat(site.getAddress().getCity()).isEqualTo("Lille");
        assertThat(site.getAddress().getCountry()).isEqualTo("France");
    }

    @Test
    void theSearchWithoutIncludeGivesTheStudyAloneAndAnotherIdentifierGivesNothing() throws Exception {
        Bundle alone = fhir.newJsonParser().parseResource(Bundle.class, get("/fhir/ResearchStudy?identifier=NCT06649227").body());
        Bundle none = fhir.newJsonParser().parseResource(Bundle.class, get("/fhir/ResearchStudy?identifier=NCT00000000").body());

        assertThat(alone.getEntry()).extracting(e -> e.getResource().fhirType()).containsExactly("ResearchStudy");
        assertThat(none.getTotal()).isZero();
        assertThat(none.getEntry()).isEmpty();
    }

    @Test
    void anUnknownIdIsA404AndAnUnsupportedIncludeA400AsOperationOutcomes() throws Exception {
        HttpResponse<String> missing = new FhirClient(port).get("/fhir/ResearchStudy/NCT00000000?lang=en", null);
        HttpResponse<String> include = get("/fhir/ResearchStudy?identifier=NCT06649227&_include=ResearchStudy:protocol&lang=en");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(fhir.newJsonParser().parseResource(OperationOutcome.class, missing.body()).getIssueFirstRep().getDetails().getText())
                .isEqualTo("There is no ResearchStudy “NCT00000000” here.");
        assertThat(include.statusCode()).isEqualTo(400);
        assertThat(include.body()).contains("ResearchStudy:protocol");
    }

    @Test
    void theQuestionnaireAsksEveryFactThatNoPatientElementOrObservationCodeCarriesByItsName() throws Exception {
        HttpResponse<String> response = get("/fhir/Questionnaire/referral?lang=en");

        assertThat(response.statusCode()).isEqualTo(200);
        Questionnaire questionnaire = fhir.newJsonParser().parseResource(Questionnaire.class, response.body());
        assertThat(questionnaire.getUrl()).isEqualTo(FhirBundles.BASE + "/Questionnaire/referral");
        Set<String> linkIds = new HashSet<>(questionnaire.getItem().stream().map(Questionnaire.QuestionnaireItemComponent::getLinkId).toList());
        Set<String> observed = new HashSet<>(FhirCodes.OBSERVATIONS.stream().map(o -> o.fact().fieldName()).toList());
        for (Fact fact : Fact.values()) {
            boolean fromPatient = fact == Fact.SEX || fact == Fact.BIRTH_YEAR;
            assertThat(fromPatient || linkIds.contains(fact.fieldName()) || observed.contains(fact.fieldName()))
                    .as(fact + " reachable from FHIR").isTrue();
        }
        Questionnaire.QuestionnaireItemComponent gilbert = questionnaire.getItem().stream()
                .filter(i -> i.getLinkId().equals("gilbertSyndrome")).findFirst().orElseThrow();
        assertThat(gilbert.getType()).isEqualTo(Questionnaire.QuestionnaireItemType.BOOLEAN);
        assertThat(gilbert.getText()).isEqualTo("Does the patient have Gilbert's syndrome?");
        Questionnaire.QuestionnaireItemComponent disease = questionnaire.getItem().stream()
                .filter(i -> i.getLinkId().equals("diseaseStatus")).findFirst().orElseThrow();
        assertThat(disease.getAnswerOption()).extracting(o -> o.getValueCoding().getCode())
                .containsExactly("PRIMARY_REFRACTORY", "SECONDARY_REFRACTORY", "POST_TRANSPLANT_RELAPSE", "OTHER");
        assertThat(linkIds).doesNotContain("platelets", "sex", "cd19PercentOfBlasts");
    }

    @Test
    void theQuestionnaireIsInFrenchByDefault() throws Exception {
        Questionnaire questionnaire = fhir.newJsonParser().parseResource(Questionnaire.class,
                new FhirClient(port).get("/fhir/Questionnaire/referral", null).body());

        assertThat(questionnaire.getLanguage()).isEqualTo("fr");
        assertThat(questionnaire.getTitle()).startsWith("Adressage NCT06649227");
    }

    @Test
    void thePasserelleCodeSystemDefinesCd19OnBlastsAndWarnsAgainstTheLymphocyteCode() throws Exception {
        CodeSystem observation = fhir.newJsonParser().parseResource(CodeSystem.class, get("/fhir/CodeSystem/observation?lang=en").body());
        CodeSystem disease = fhir.newJsonParser().parseResource(CodeSystem.class, get("/fhir/CodeSystem/disease-status?lang=en").body());

        assertThat(observation.getUrl()).isEqualTo(FhirBundles.BASE + "/CodeSystem/observation");
        assertThat(observation.getConceptFirstRep().getCode()).isEqualTo("cd19PercentOfBlasts");
        assertThat(observation.getConceptFirstRep().getDefinition()).contains("8117-4").contains("must not be used");
        assertThat(disease.getConcept()).extracting(CodeSystem.ConceptDefinitionComponent::getCode)
                .containsExactlyElementsOf(Arrays.stream(fr.chulille.passerelle.eligibility.DiseaseStatus.values()).map(Enum::name).toList());
        assertThat(get("/fhir/CodeSystem/unknown").statusCode()).isEqualTo(404);
    }
}
