package fr.chulille.passerelle.fhir;

import fr.chulille.passerelle.eligibility.Criterion;
import fr.chulille.passerelle.eligibility.CriterionKind;
import fr.chulille.passerelle.eligibility.ProtocolPassage;
import fr.chulille.passerelle.eligibility.TrialCriteria;
import fr.chulille.passerelle.trial.RecruitmentStatus;
import fr.chulille.passerelle.trial.Trial;
import fr.chulille.passerelle.trial.TrialDesign;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactDetail;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedArtifact;
import org.hl7.fhir.r4.model.ResearchStudy;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UnsignedIntType;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

/**
 * The trial as FHIR R4, shaped like the French national clinical-trials guide (ANS ECLAIRE 0.3.1):
 * a ResearchStudy with its sponsors and investigator as R5 associatedParty extensions (the guide forbids
 * {@code sponsor} and {@code principalInvestigator}), its enrolment Group (age, sex and every protocol
 * criterion verbatim as a characteristic, exclusions with {@code exclude = true}), the lead sponsor
 * Organization and the site Location. Every value comes from {@link Trial}, {@link TrialDesign} and the
 * criteria's protocol passages, i.e. from the registry record.
 */
final class TrialResources {

    static final String STUDY_ID = Trial.NCT06649227.nctId();
    static final String GROUP_ID = STUDY_ID + "-enrollment";
    static final String SPONSOR_ID = STUDY_ID + "-lead-sponsor";
    static final String SITE_ID = STUDY_ID + "-site";

    private static final String ECLAIRE = "https://interop.esante.gouv.fr/ig/fhir/eclaire";
    private static final String ECLAIRE_CS = ECLAIRE + "/CodeSystem/";
    private static final String ECLAIRE_SD = ECLAIRE + "/StructureDefinition/";
    private static final String R5_ASSOCIATED_PARTY = "http://hl7.org/fhir/5.0/StructureDefinition/extension-ResearchStudy.associatedParty";
    private static final String R5_RECRUITMENT = "http://hl7.org/fhir/5.0/StructureDefinition/extension-ResearchStudy.recruitment";
    private static final String CHARACTERISTIC_KIND = ECLAIRE_CS + "eclaire-group-characteristic-kind-code-system";

    private TrialResources() {
    }

    static ResearchStudy researchStudy() {
        Trial trial = Trial.NCT06649227;
        TrialDesign design = TrialDesign.NCT06649227;
        ResearchStudy study = new ResearchStudy();
        study.setId(STUDY_ID);
        study.getMeta().addProfile(ECLAIRE_SD + "eclaire-researchstudy").setLastUpdated(date(trial.recordLastUpdated()));
        if (trial.status() == RecruitmentStatus.RECRUITING || trial.status() == RecruitmentStatus.COMPLETED) {
            study.addExtension(ECLAIRE_SD + "eclaire-recruitment-status", new CodeableConcept(new Coding(
                    ECLAIRE_CS + "eclaire-status-recruitment-code-system",
                    trial.status() == RecruitmentStatus.RECRUITING ? "recruiting" : "completed-recruiting", null)));
        }
        Extension recruitment = study.addExtension().setUrl(R5_RECRUITMENT);
        recruitment.addExtension("targetNumber", new UnsignedIntType(trial.enrolmentTarget()));
        for (TrialDesign.Party party : design.parties()) {
            boolean lead = party.role().equals("lead");
            Extension associated = associatedParty(party.name(), lead ? "lead-sponsor" : "collaborator");
            if (party.agencyClass().equals("OTHER_GOV")) {
                associated.addExtension("classifier", new CodeableConcept(new Coding(
                        ECLAIRE_CS + "eclaire-study-party-organization-type-code-system", "government", null)).setText(party.agencyClass()));
            }
            if (lead) {
                associated.addExtension("party", new Reference("Organization/" + SPONSOR_ID).setDisplay(party.name()));
            }
            study.addExtension(associated);
        }
        study.addExtension(associatedParty(trial.principalInvestigator(), "primary-investigator"));

        study.addIdentifier(new Identifier().setUse(Identifier.IdentifierUse.OFFICIAL).setValue(trial.nctId())
                .setType(new CodeableConcept().setText("NCT ID")));
        study.addIdentifier(new Identifier().setUse(Identifier.IdentifierUse.SECONDARY).setValue(trial.ctisId())
                .setType(new CodeableConcept().setText(design.otherIdentifierTypeOfCtisId())));
        study.addIdentifier(new Identifier().setUse(Identifier.IdentifierUse.SECONDARY).setValue(trial.sponsorStudyId())
                .setType(new CodeableConcept().setText(design.otherIdentifierTypeOfSponsorStudyId())));
        study.setTitle(trial.title());
        study.setStatus(status(trial.status()));
        study.setPrimaryPurposeType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/research-study-prim-purp-type",
                design.primaryPurpose().toLowerCase(), null)).setText(design.primaryPurpose()));
        study.setPhase(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/research-study-phase",
                trial.phase().toLowerCase().replace(' ', '-'), trial.phase())));
        study.addCategory(new CodeableConcept().setText(design.studyType()));
        for (String condition : design.conditions()) {
            CodeableConcept disease = new CodeableConcept().setText(condition);
            disease.setId("disease-condition");
            study.addCondition(disease);
        }
        study.addContact(new ContactDetail().setName(trial.principalInvestigator())
                .addTelecom(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(trial.centralContactPhone())
                        .setUse(ContactPoint.ContactPointUse.WORK)));
        study.addRelatedArtifact(new RelatedArtifact().setType(RelatedArtifact.RelatedArtifactType.DOCUMENTATION)
                .setLabel("ClinicalTrials.gov").setUrl(trial.clinicalTrialsGovUrl()));
        study.addRelatedArtifact(new RelatedArtifact().setType(RelatedArtifact.RelatedArtifactType.DOCUMENTATION)
                .setLabel("CTIS").setUrl(trial.ctisUrl()));
        study.addEnrollment(new Reference("Group/" + GROUP_ID).setType("Group"));
        study.setPeriod(new Period().setStartElement(new DateTimeType(trial.startDate().toString()))
                .setEndElement(new DateTimeType(trial.completionDate().toString())));
        study.addSite(new Reference("Location/" + SITE_ID).setDisplay(trial.site()));
        study.addLocation(new CodeableConcept(new Coding("urn:iso:std:iso:3166", "FR", design.siteCountry())));
        ResearchStudy.ResearchStudyArmComponent arm = study.addArm().setName(design.armName())
                .setType(new CodeableConcept().setText(design.armType())).setDescription(design.interventionDescription());
        Extension intervention = arm.addExtension().setUrl(ECLAIRE_SD + "eclaire-arm-intervention");
        intervention.addExtension("name", new StringType(design.interventionName()));
        intervention.addExtension("description", new StringType(design.interventionDescription()));
        return study;
    }

    static Group enrolmentGroup() {
        TrialDesign design = TrialDesign.NCT06649227;
        Group group = new Group();
        group.setId(GROUP_ID);
        group.getMeta().addProfile(ECLAIRE_SD + "eclaire-group");
        group.setType(Group.GroupType.PERSON).setActual(false);
        group.setName("Eligibility criteria of " + STUDY_ID + " (" + TrialCriteria.VERSION + ")");
        group.addCharacteristic().setCode(kind("grp-age", "Minimum Eligible Age")).setExclude(false)
                .setValue(new Range().setLow((org.hl7.fhir.r4.model.SimpleQuantity) new org.hl7.fhir.r4.model.SimpleQuantity()
                        .setValue(design.minimumAgeYears()).setUnit("years").setSystem(FhirCodes.UCUM).setCode("a")));
        group.addCharacteristic().setCode(kind("grp-gender", "Eligible Sex")).setExclude(false)
                .setValue(new CodeableConcept().setText(design.eligibleSex()));
        group.addCharacteristic().setCode(kind("grp-studypop", "Accepts Healthy Volunteers")).setExclude(false)
                .setValue(new BooleanType(design.acceptsHealthyVolunteers()));
        for (Criterion criterion : TrialCriteria.all()) {
            Group.GroupCharacteristicComponent characteristic = group.addCharacteristic()
                    .setCode(kind("grp-other", criterion.protocol().location()))
                    .setValue(new CodeableConcept().setText(wording(criterion.protocol())))
                    .setExclude(criterion.kind() == CriterionKind.EXCLUSION);
            characteristic.setId(criterion.id());
        }
        return group;
    }

    static Organization leadSponsor() {
        Organization organization = new Organization();
        organization.setId(SPONSOR_ID);
        organization.setName(Trial.NCT06649227.leadSponsor());
        return organization;
    }

    static Location site() {
        Trial trial = Trial.NCT06649227;
        Location location = new Location();
        location.setId(SITE_ID);
        location.getMeta().addProfile(ECLAIRE_SD + "eclaire-location");
        location.setName(trial.site());
        location.setStatus(Location.LocationStatus.ACTIVE);
        location.setAddress(new Address().setCity(trial.siteCity().split(",")[0].trim()).setCountry(TrialDesign.NCT06649227.siteCountry()));
        location.setDescription("Site Status " + TrialDesign.NCT06649227.siteStatus());
        return location;
    }

    /** The protocol's words: lead-in, text, then the listed alternatives. */
    static String wording(ProtocolPassage passage) {
        return Stream.concat(Stream.of(passage.leadIn(), passage.text()).filter(s -> !s.isBlank()),
                passage.subItems().stream().map(item -> "- " + item)).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static CodeableConcept kind(String code, String text) {
        return new CodeableConcept(new Coding(CHARACTERISTIC_KIND, code, null)).setText(text);
    }

    private static Extension associatedParty(String name, String role) {
        Extension party = new Extension(R5_ASSOCIATED_PARTY);
        party.addExtension("name", new StringType(name));
        party.addExtension("role", new CodeableConcept(new Coding(ECLAIRE_CS + "eclaire-study-party-role-code-system", role, null)));
        return party;
    }

    private static ResearchStudy.ResearchStudyStatus status(RecruitmentStatus status) {
        return switch (status) {
            case NOT_YET_RECRUITING -> ResearchStudy.ResearchStudyStatus.APPROVED;
            case RECRUITING -> ResearchStudy.ResearchStudyStatus.ACTIVE;
            case ACTIVE_NOT_RECRUITING -> ResearchStudy.ResearchStudyStatus.CLOSEDTOACCRUAL;
            case COMPLETED -> ResearchStudy.ResearchStudyStatus.COMPLETED;
            case SUSPENDED -> ResearchStudy.ResearchStudyStatus.TEMPORARILYCLOSEDTOACCRUAL;
            case TERMINATED -> ResearchStudy.ResearchStudyStatus.ADMINISTRATIVELYCOMPLETED;
            case WITHDRAWN -> ResearchStudy.ResearchStudyStatus.WITHDRAWN;
        };
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** Every resource the endpoints serve by id. */
    static List<org.hl7.fhir.r4.model.Resource> all() {
        return List.of(researchStudy(), enrolmentGroup(), leadSponsor(), site());
    }
}
