package fr.chulille.passerelle.fhir;

import fr.chulille.passerelle.eligibility.Fact;

import java.util.List;
import java.util.Map;

/**
 * The code systems, codes and units the FHIR pre-check reads, and the canonical URLs of what Passerelle
 * publishes. LOINC codes and answers: docs/fhir.md (checked against several public FHIR sources); a fact
 * without a standard code has a code of Passerelle's own code system, never a borrowed one.
 */
final class FhirCodes {

    static final String FHIR_JSON = "application/fhir+json";

    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";

    /**
     * The identifier of Passerelle's FHIR artefacts (code systems, Questionnaire): a canonical URL is a
     * name that does not change with the deployment; each artefact is also served under /fhir.
     */
    static final String CANONICAL_BASE = "https://passerelle.chu-lille.fr/fhir";
    /** Observation codes of facts that have no LOINC code (CD19 on AML blasts). */
    static final String OBSERVATION_CODES = CANONICAL_BASE + "/CodeSystem/observation";
    static final String DISEASE_STATUS_CODES = CANONICAL_BASE + "/CodeSystem/disease-status";
    static final String BRAIN_MRI_CODES = CANONICAL_BASE + "/CodeSystem/brain-mri";
    static final String PREGNANCY_TEST_CODES = CANONICAL_BASE + "/CodeSystem/pregnancy-test";
    static final String QUESTIONNAIRE = CANONICAL_BASE + "/Questionnaire/referral";
    static final String PRECHECK_MODULE = CANONICAL_BASE + "/precheck";

    /** The Passerelle code of "% of AML blasts expressing CD19 by flow cytometry" (LOINC has none; 8117-4 is lymphocytes). */
    static final String CD19_ON_BLASTS = "cd19PercentOfBlasts";

    /** ECOG performance status answers (LOINC answer list of 89247-1): LA9622-7 = 0 … LA9627-6 = 5. */
    static final List<String> ECOG_ANSWERS = List.of("LA9622-7", "LA9623-5", "LA9624-3", "LA9625-0", "LA9626-8", "LA9627-6");
    static final String HCG_POSITIVE = "LA6576-8";
    static final String HCG_NEGATIVE = "LA6577-6";

    /** One LOINC (or Passerelle) observation code: the fact it gives and the UCUM units it may come in. */
    record ObservationCode(String system, String code, String display, Fact fact, Map<String, String> units) {
    }

    /** UCUM code → the unit name of the JSON API ({@code CellCountUnit}, {@code CreatinineUnit}, …). */
    private static final Map<String, String> CELL_COUNT_UNITS = Map.of(
            "10*3/uL", "GIGA_PER_LITRE", "10*9/L", "GIGA_PER_LITRE", "/uL", "PER_MICROLITRE", "/mm3", "PER_MICROLITRE");

    static final List<ObservationCode> OBSERVATIONS = List.of(
            new ObservationCode(LOINC, "777-3", "Platelets [#/volume] in Blood by Automated count", Fact.PLATELETS, CELL_COUNT_UNITS),
            new ObservationCode(LOINC, "731-0", "Lymphocytes [#/volume] in Blood", Fact.LYMPHOCYTES, CELL_COUNT_UNITS),
            new ObservationCode(LOINC, "2160-0", "Creatinine [Mass/volume] in Serum or Plasma", Fact.CREATININE,
                    Map.of("mg/dL", "MG_PER_DL")),
            new ObservationCode(LOINC, "14682-9", "Creatinine [Moles/volume] in Serum or Plasma", Fact.CREATININE,
                    Map.of("umol/L", "MICROMOL_PER_L")),
            new ObservationCode(LOINC, "1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", Fact.BILIRUBIN,
                    Map.of("mg/dL", "MG_PER_DL")),
            new ObservationCode(LOINC, "14631-6", "Bilirubin.total [Moles/volume] in Serum or Plasma", Fact.BILIRUBIN,
                    Map.of("umol/L", "MICROMOL_PER_L")),
            new ObservationCode(LOINC, "1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma",
                    Fact.ALT, Map.of("U/L", "UNITS_PER_LITRE")),
            new ObservationCode(LOINC, "1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma",
                    Fact.AST, Map.of("U/L", "UNITS_PER_LITRE")),
            new ObservationCode(LOINC, "10230-1", "Left ventricular Ejection fraction", Fact.LVEF_PERCENT, Map.of("%", "%")),
            new ObservationCode(LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry",
                    Fact.SPO2_ROOM_AIR_PERCENT, Map.of("%", "%")),
            new ObservationCode(LOINC, "29463-7", "Body weight", Fact.WEIGHT_KG, Map.of("kg", "kg")),
            new ObservationCode(LOINC, "89247-1", "ECOG Performance Status score", Fact.ECOG, Map.of()),
            new ObservationCode(LOINC, "2118-8", "Choriogonadotropin (pregnancy test) [Presence] in Serum or Plasma",
                    Fact.PREGNANCY_TEST, Map.of()),
            new ObservationCode(OBSERVATION_CODES, CD19_ON_BLASTS, "CD19 expression by flow cytometry (% of AML blasts)",
                    Fact.CD19_PERCENT_OF_BLASTS, Map.of("%", "%")));

    private FhirCodes() {
    }

    static java.util.Optional<ObservationCode> observation(String system, String code) {
        return OBSERVATIONS.stream().filter(o -> o.system().equals(system) && o.code().equals(code)).findFirst();
    }

    /** The systems under which a code is read, e.g. "http://loinc.org" for 777-3. */
    static String observationsWithCode(String code) {
        return OBSERVATIONS.stream().filter(o -> o.code().equals(code)).map(ObservationCode::system).distinct()
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The codes that give a fact, to name in a data requirement. */
    static List<ObservationCode> observationsOf(Fact fact) {
        return OBSERVATIONS.stream().filter(o -> o.fact() == fact).toList();
    }
}
