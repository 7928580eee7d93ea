package fr.chulille.passerelle.trial;

import java.util.List;

/**
 * The design facts of the trial that {@link Trial} does not hold, copied from
 * {@code shared/trial/NCT06649227-record.txt} as written there (registry codes kept as they are).
 * Used to publish the trial as FHIR (ResearchStudy, its enrolment Group, sponsor and site).
 *
 * @param parties          every sponsor or collaborator with its registry class and role, lead first
 */
public record TrialDesign(
        String nctId,
        String studyType,
        String primaryPurpose,
        List<String> conditions,
        int minimumAgeYears,
        String eligibleSex,
        boolean acceptsHealthyVolunteers,
        String armName,
        String armType,
        String interventionName,
        String interventionType,
        String interventionDescription,
        List<Party> parties,
        String siteCountry,
        String siteStatus,
        String otherIdentifierTypeOfCtisId,
        String otherIdentifierTypeOfSponsorStudyId) {

    /** A sponsor or collaborator as the record lists it: name, class (OTHER_GOV, OTHER, UNKNOWN…), role. */
    public record Party(String name, String agencyClass, String role) {
    }

    private static final String INTERVENTION = "cyclophosphamide and fludarabin conditioning , followed by a target dose "
            + "of 1 x 10exp6 of autologous, genetically modified, anti-CD19 CAR-T cells per kg of body weight.";

    public static final TrialDesign NCT06649227 = new TrialDesign(
            "NCT06649227",
            "INTERVENTIONAL",
            "TREATMENT",
            List.of("Relapsed Adult AML"),
            18,
            "ALL",
            false,
            "Experimental group",
            "OTHER",
            "CAR-T cell therapy",
            "DRUG",
            INTERVENTION,
            List.of(new Party("University Hospital, Lille", "OTHER", "lead"),
                    new Party("Ministry of Health, France", "OTHER_GOV", "collaborator"),
                    new Party("University Hospital, Rouen", "OTHER", "collaborator"),
                    new Party("Miltenyi", "UNKNOWN", "collaborator")),
            "France",
            "RECRUITING",
            "CTIS",
            "org_study_id");
}
