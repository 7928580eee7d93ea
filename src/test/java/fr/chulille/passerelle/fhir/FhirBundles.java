package fr.chulille.passerelle.fhir;

import fr.chulille.passerelle.eligibility.Answer;
import fr.chulille.passerelle.eligibility.CellCountUnit;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.LiverEnzyme;
import fr.chulille.passerelle.eligibility.LiverEnzymeUnit;
import fr.chulille.passerelle.eligibility.Measurement;
import fr.chulille.passerelle.eligibility.PregnancyTest;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.SimpleQuantity;
import org.hl7.fhir.r4.model.Type;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Test-side writer, independent of the production reader: the FHIR Bundle a hospital system would send
 * for the facts the JSON API takes, written by hand from the public codes (LOINC, UCUM, Passerelle's).
 */
final class FhirBundles {

    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String BASE = "https://passerelle.chu-lille.fr/fhir";
    /** LOINC answers of 89247-1, ECOG 0 to 5. */
    static final java.util.List<String> ECOG_ANSWERS = java.util.List.of("LA9622-7", "LA9623-5", "LA9624-3", "LA9625-0", "LA9626-8", "LA9627-6");
    static final String PATIENT_URL = "urn:uuid:6f1c2d9e-0000-4000-8000-000000000001";

    /** How to write the facts that FHIR can carry in more than one way. */
    record Style(boolean alternateUnits, boolean ecogAsLoincAnswer, boolean pregnancyTestAsObservation, LocalDate birthDate) {
        static final Style PLAIN = new Style(false, false, false, null);
    }

    private FhirBundles() {
    }

    static Bundle of(ClinicalFacts facts, Style style) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        Patient patient = new Patient();
        patient.setId("p1");
        if (facts.sex() != null) {
            patient.setGender(facts.sex().name().equals("MALE") ? Enumerations.AdministrativeGender.MALE : Enumerations.AdministrativeGender.FEMALE);
        }
        if (style.birthDate() != null) {
            patient.setBirthDateElement(new DateType(style.birthDate().toString()));
        } else if (facts.birthYear() != null) {
            patient.setBirthDateElement(new DateType(String.valueOf(facts.birthYear())));
        }
        bundle.addEntry().setFullUrl(PATIENT_URL).setResource(patient);

        quantity(bundle, LOINC, "29463-7", facts.weightKg(), "kg");
        quantity(bundle, BASE + "/CodeSystem/observation", "cd19PercentOfBlasts", facts.cd19PercentOfBlasts(), "%");
        if (facts.ecog() != null) {
            Type value = style.ecogAsLoincAnswer()
                    ? new CodeableConcept(new Coding(LOINC, ECOG_ANSWERS.get(facts.ecog()), null))
                    : new IntegerType(facts.ecog());
            observation(bundle, LOINC, "89247-1", value);
        }
        cells(bundle, "777-3", facts.platelets(), style);
        cells(bundle, "731-0", facts.lymphocytes(), style);
        if (facts.creatinine() != null) {
            boolean mg = facts.creatinine().unit().name().equals("MG_PER_DL");
            quantity(bundle, LOINC, mg ? "2160-0" : "14682-9", facts.creatinine().value(), mg ? "mg/dL" : "umol/L");
        }
        if (facts.bilirubin() != null) {
            boolean mg = facts.bilirubin().unit().name().equals("MG_PER_DL");
            quantity(bundle, LOINC, mg ? "1975-2" : "14631-6", facts.bilirubin().value(), mg ? "mg/dL" : "umol/L");
        }
        enzyme(bundle, "1742-6", facts.alt());
        enzyme(bundle, "1920-8", facts.ast());
        quantity(bundle, LOINC, "10230-1", facts.lvefPercent(), "%");
        quantity(bundle, LOINC, "59408-5", facts.spo2RoomAirPercent(), "%");
        boolean pregnancyObservation = style.pregnancyTestAsObservation()
                && (facts.pregnancyTest() == PregnancyTest.POSITIVE || facts.pregnancyTest() == PregnancyTest.NEGATIVE);
        if (pregnancyObservation) {
            observation(bundle, LOINC, "2118-8", new CodeableConcept(new Coding(LOINC,
                    facts.pregnancyTest() == PregnancyTest.POSITIVE ? "LA6576-8" : "LA6577-6", null)));
        }

        QuestionnaireResponse response = new QuestionnaireResponse()
                .setQuestionnaire(BASE + "/Questionnaire/referral")
                .setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED)
                .setSubject(new Reference(PATIENT_URL));
        for (Fact fact : Fact.values()) {
            Object value = fact.valueIn(facts);
            if (value == null || (fact == Fact.AGE_YEARS && style.birthDate() != null)) {
                continue;
            }
            Type answer = switch (fact) {
                case AGE_YEARS, INDUCTION_COURSES, WORST_PRIOR_TOXICITY_GRADE -> new IntegerType((Integer) value);
                case LIFE_EXPECTANCY_MONTHS, MEASURED_CREATININE_CLEARANCE -> new DecimalType((BigDecimal) value);
                case DISEASE_STATUS -> new Coding(BASE + "/CodeSystem/disease-status", ((Enum<?>) value).name(), null);
                case BRAIN_MRI -> new Coding(BASE + "/CodeSystem/brain-mri", ((Enum<?>) value).name(), null);
                case PREGNANCY_TEST -> pregnancyObservation ? null : new Coding(BASE + "/CodeSystem/pregnancy-test", ((Enum<?>) value).name(), null);
                default -> value instanceof Answer answered
                        ? (answered == Answer.UNKNOWN ? null : new BooleanType(answered == Answer.YES)) : null;
            };
            if (answer != null) {
                response.addItem().setLinkId(fact.fieldName()).addAnswer().setValue(answer);
            }
        }
        bundle.addEntry().setFullUrl("urn:uuid:6f1c2d9e-0000-4000-8000-0000000000ff").setResource(response);
        return bundle;
    }

    static Observation observation(Bundle bundle, String system, String code, Type value) {
        Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL)
                .setCode(new CodeableConcept(new Coding(system, code, null)))
                .setSubject(new Reference(PATIENT_URL))
                .setEffective(new DateTimeType("2026-11-20T08:00:00+01:00"))
                .setValue(value);
        bundle.addEntry().setFullUrl("urn:uuid:6f1c2d9e-0000-4000-8000-" + String.format("%012d", bundle.getEntry().size()))
                .setResource(observation);
        return observation;
    }

    private static void quantity(Bundle bundle, String system, String code, BigDecimal value, String unit) {
        if (value != null) {
            observation(bundle, system, code, new Quantity().setValue(value).setSystem(UCUM).setCode(unit).setUnit(unit));
        }
    }

    private static void cells(Bundle bundle, String code, Measurement<CellCountUnit> count, Style style) {
        if (count != null) {
            String unit = count.unit() == CellCountUnit.GIGA_PER_LITRE ? (style.alternateUnits() ? "10*3/uL" : "10*9/L")
                    : (style.alternateUnits() ? "/mm3" : "/uL");
            quantity(bundle, LOINC, code, count.value(), unit);
        }
    }

    private static void enzyme(Bundle bundle, String code, LiverEnzyme enzyme) {
        if (enzyme == null) {
            return;
        }
        if (enzyme.unit() != LiverEnzymeUnit.UNITS_PER_LITRE) {
            throw new IllegalArgumentException("FHIR carries ALT/AST in U/L only");
        }
        Observation observation = observation(bundle, LOINC, code,
                new Quantity().setValue(enzyme.value()).setSystem(UCUM).setCode("U/L").setUnit("U/L"));
        if (enzyme.upperLimitOfNormal() != null) {
            observation.addReferenceRange().setHigh((SimpleQuantity) new SimpleQuantity()
                    .setValue(enzyme.upperLimitOfNormal()).setSystem(UCUM).setCode("U/L").setUnit("U/L"));
        }
    }
}
