package fr.chulille.passerelle.fhir;

import fr.chulille.passerelle.eligibility.Answer;
import fr.chulille.passerelle.eligibility.BilirubinUnit;
import fr.chulille.passerelle.eligibility.BrainMri;
import fr.chulille.passerelle.eligibility.CellCountUnit;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.CreatinineUnit;
import fr.chulille.passerelle.eligibility.DiseaseStatus;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.LiverEnzyme;
import fr.chulille.passerelle.eligibility.LiverEnzymeUnit;
import fr.chulille.passerelle.eligibility.Measurement;
import fr.chulille.passerelle.eligibility.PregnancyTest;
import fr.chulille.passerelle.eligibility.Sex;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A pre-check Bundle → the same {@link ClinicalFacts} the JSON API builds, or every reason to refuse it.
 * Reads a Patient (gender and birth date only), LOINC- or Passerelle-coded Observations with UCUM units,
 * and one QuestionnaireResponse to the referral Questionnaire. Unknown codes are reported and ignored,
 * never guessed; two different values of one fact: the latest wins when both are dated apart, otherwise
 * the Bundle is refused.
 */
final class BundleReader {

    /** What the Patient may carry: nothing that identifies the person. */
    private static final Set<String> PATIENT_ELEMENTS = Set.of("id", "meta", "language", "active", "gender", "birthDate");

    private final LocalDate today;
    private final List<Issue> errors = new ArrayList<>();
    private final List<Issue> notes = new ArrayList<>();
    private final Map<Fact, List<Candidate>> candidates = new EnumMap<>(Fact.class);
    private final Set<String> patientKeys = new HashSet<>();
    private final Set<String> subjects = new LinkedHashSet<>();
    private final Map<Fact, String> origins = new EnumMap<>(Fact.class);
    private boolean hasPatient;

    /** The facts read, and remarks (ignored entries, which duplicate won) for the answer. */
    record Read(ClinicalFacts facts, List<Issue> notes, Map<Fact, String> origins) {
    }

    /** One value of a fact, with where it came from and when it was observed (null if not said). */
    private record Candidate(Object value, String where, Long effective) {
    }

    private BundleReader(LocalDate today) {
        this.today = today;
    }

    static Read read(Bundle bundle, LocalDate today, int maxEntries) throws FhirProblem {
        return new BundleReader(today).readBundle(bundle, maxEntries);
    }

    private Read readBundle(Bundle bundle, int maxEntries) throws FhirProblem {
        List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
        if (entries.size() > maxEntries) {
            throw new FhirProblem(413, Issue.error(IssueType.TOOCOSTLY, "fhir.error.too-many-entries", "Bundle.entry", "max", maxEntries));
        }
        List<Integer> patients = new ArrayList<>();
        List<Integer> responses = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Resource resource = entries.get(i).getResource();
            String where = "Bundle.entry[" + i + "].resource";
            if (resource == null) {
                errors.add(Issue.error(IssueType.REQUIRED, "fhir.error.entry-without-resource", "Bundle.entry[" + i + "]"));
                continue;
            }
            if (resource instanceof DomainResource domain && domain.hasContained()) {
                errors.add(Issue.error(IssueType.NOTSUPPORTED, "fhir.error.contained", where + ".contained"));
            }
            switch (resource) {
                case Patient patient -> patients.add(i);
                case Observation observation -> {
                }
                case QuestionnaireResponse response -> responses.add(i);
                default -> errors.add(Issue.error(IssueType.NOTSUPPORTED, "fhir.error.resource-type", where,
                        "type", resource.fhirType()));
            }
        }
        if (patients.size() > 1) {
            errors.add(Issue.error(IssueType.BUSINESSRULE, "fhir.error.several", "Bundle.entry[" + patients.get(1) + "].resource",
                    "type", "Patient"));
        }
        if (responses.size() > 1) {
            errors.add(Issue.error(IssueType.BUSINESSRULE, "fhir.error.several", "Bundle.entry[" + responses.get(1) + "].resource",
                    "type", "QuestionnaireResponse"));
        }
        if (!patients.isEmpty()) {
            int i = patients.getFirst();
            readPatient((Patient) entries.get(i).getResource(), entries.get(i).getFullUrl(), "Bundle.entry[" + i + "].resource");
        }
        int firstResponse = responses.isEmpty() ? -1 : responses.getFirst();
        for (int i = 0; i < entries.size(); i++) {
            String where = "Bundle.entry[" + i + "].resource";
            Resource resource = entries.get(i).getResource();
            if (resource instanceof Observation observation) {
                readObservation(observation, where);
            } else if (resource instanceof QuestionnaireResponse response && i == firstResponse) {
                readResponse(response, where);
            }
        }
        checkSubjects();
        ClinicalFacts.Builder builder = ClinicalFacts.builder();
        candidates.forEach((fact, values) -> resolve(fact, values, builder));
        if (!errors.isEmpty()) {
            throw new FhirProblem(422, errors);
        }
        return new Read(builder.build(), notes, origins);
    }

    // ---- Patient

    private void readPatient(Patient patient, String fullUrl, String where) {
        hasPatient = true;
        if (fullUrl != null && !fullUrl.isBlank()) {
            patientKeys.add(fullUrl);
        }
        if (patient.hasIdElement() && patient.getIdElement().hasIdPart()) {
            patientKeys.add("Patient/" + patient.getIdElement().getIdPart());
        }
        for (Property property : patient.children()) {
            if (property.hasValues() && !PATIENT_ELEMENTS.contains(property.getName())) {
                errors.add(Issue.error(IssueType.BUSINESSRULE, "fhir.error.patient-field", where + "." + property.getName().replace("[x]", ""),
                        "field", property.getName().replace("[x]", "")));
            }
        }
        if (patient.hasGender()) {
            switch (patient.getGender()) {
                case MALE -> add(Fact.SEX, Sex.MALE, where + ".gender", null);
                case FEMALE -> add(Fact.SEX, Sex.FEMALE, where + ".gender", null);
                default -> notes.add(Issue.information(IssueType.INFORMATIONAL, "fhir.note.gender", where + ".gender",
                        "gender", patient.getGender().toCode()));
            }
        }
        if (patient.hasBirthDate()) {
            DateType birth = patient.getBirthDateElement();
            add(Fact.BIRTH_YEAR, birth.getYear(), where + ".birthDate", null);
            if (birth.getPrecision() == ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY) {
                LocalDate born = LocalDate.of(birth.getYear(), birth.getMonth() + 1, birth.getDay());
                add(Fact.AGE_YEARS, java.time.Period.between(born, today).getYears(), where + ".birthDate", null);
            }
        }
    }

    // ---- Observations

    private void readObservation(Observation observation, String where) {
        if (observation.hasStatus()) {
            switch (observation.getStatus()) {
                case ENTEREDINERROR, CANCELLED, REGISTERED, UNKNOWN -> {
                    notes.add(Issue.information(IssueType.INFORMATIONAL, "fhir.note.ignored-status", where + ".status",
                            "status", observation.getStatus().toCode()));
                    return;
                }
                default -> {
                }
            }
        }
        checkSubject(observation.getSubject(), where + ".subject");
        FhirCodes.ObservationCode code = null;
        for (Coding coding : observation.getCode().getCoding()) {
            code = FhirCodes.observation(coding.getSystem(), coding.getCode()).orElse(null);
            if (code != null) {
                break;
            }
        }
        if (code == null) {
            reportUnknownCode(observation.getCode(), where + ".code");
            return;
        }
        if (!observation.hasValue()) {
            if (observation.hasDataAbsentReason()) {
                notes.add(Issue.information(IssueType.INFORMATIONAL, "fhir.note.data-absent", where, "code", code.code()));
            } else {
                errors.add(Issue.error(IssueType.REQUIRED, "fhir.error.no-value", where + ".value", "code", code.code()));
            }
            return;
        }
        Object value = value(code, observation, where + ".value");
        if (value != null) {
            add(code.fact(), value, where, effective(observation.getEffective()));
        }
    }

    private void reportUnknownCode(CodeableConcept concept, String where) {
        List<String> codes = new ArrayList<>();
        for (Coding coding : concept.getCoding()) {
            String system = coding.getSystem() == null ? "" : coding.getSystem();
            boolean knownElsewhere = FhirCodes.OBSERVATIONS.stream().anyMatch(o -> o.code().equals(coding.getCode()));
            if (knownElsewhere) {
                notes.add(Issue.warning(IssueType.CODEINVALID, "fhir.note.code-system", where, "code", String.valueOf(coding.getCode()),
                        "system", system.isEmpty() ? "—" : system, "expected", FhirCodes.observationsWithCode(coding.getCode())));
                return;
            }
            codes.add(system + "|" + coding.getCode());
        }
        notes.add(Issue.warning(IssueType.CODEINVALID, "fhir.note.unknown-code", where,
                "codes", codes.isEmpty() ? String.valueOf(concept.getText()) : String.join(", ", codes)));
    }

    private Object value(FhirCodes.ObservationCode code, Observation observation, String where) {
        Type value = observation.getValue();
        return switch (code.fact()) {
            case ECOG -> ecog(value, where);
            case PREGNANCY_TEST -> pregnancyTest(value, where);
            case ALT, AST -> liverEnzyme(code, observation, where);
            default -> {
                String unit = unit(code, value, where);
                if (unit == null) {
                    yield null;
                }
                BigDecimal number = ((Quantity) value).getValue();
                yield switch (code.fact()) {
                    case PLATELETS, LYMPHOCYTES -> new Measurement<>(number, CellCountUnit.valueOf(unit));
                    case CREATININE -> new Measurement<>(number, CreatinineUnit.valueOf(unit));
                    case BILIRUBIN -> new Measurement<>(number, BilirubinUnit.valueOf(unit));
                    default -> number;
                };
            }
        };
    }

    /** The JSON API's unit name of a quantity, or null (and an error) when it is not one the code allows. */
    private String unit(FhirCodes.ObservationCode code, Type value, String where) {
        if (!(value instanceof Quantity quantity)) {
            errors.add(Issue.error(IssueType.VALUE, "fhir.error.value-type", where, "code", code.code(), "expected", "valueQuantity"));
            return null;
        }
        return unit(code, quantity, where);
    }

    private String unit(FhirCodes.ObservationCode code, Quantity quantity, String where) {
        if (quantity.hasComparator()) {
            errors.add(Issue.error(IssueType.VALUE, "fhir.error.comparator", where + ".comparator", "code", code.code(),
                    "comparator", quantity.getComparator().toCode()));
            return null;
        }
        if (!quantity.hasValue()) {
            errors.add(Issue.error(IssueType.REQUIRED, "fhir.error.no-value", where + ".value", "code", code.code()));
            return null;
        }
        String allowed = String.join(", ", new TreeSet<>(code.units().keySet()));
        if (!FhirCodes.UCUM.equals(quantity.getSystem())) {
            errors.add(Issue.error(IssueType.CODEINVALID, "fhir.error.unit-system", where + ".system", "code", code.code(),
                    "allowed", allowed));
            return null;
        }
        String unit = code.units().get(quantity.getCode());
        if (unit == null) {
            errors.add(Issue.error(IssueType.CODEINVALID, "fhir.error.unit", where + ".code", "unit", String.valueOf(quantity.getCode()),
                    "code", code.code(), "allowed", allowed));
        }
        return unit;
    }

    private LiverEnzyme liverEnzyme(FhirCodes.ObservationCode code, Observation observation, String where) {
        String unit = unit(code, observation.getValue(), where);
        if (unit == null) {
            return null;
        }
        BigDecimal upperLimit = null;
        for (int r = 0; r < observation.getReferenceRange().size(); r++) {
            Observation.ObservationReferenceRangeComponent range = observation.getReferenceRange().get(r);
            if (range.hasHigh()) {
                String rangeWhere = where.replace(".value", ".referenceRange[" + r + "].high");
                if (unit(code, range.getHigh(), rangeWhere) == null) {
                    return null;
                }
                upperLimit = range.getHigh().getValue();
                break;
            }
        }
        if (upperLimit == null) {
            notes.add(Issue.warning(IssueType.INCOMPLETE, "fhir.note.no-upper-limit", where.replace(".value", ".referenceRange"),
                    "code", code.code()));
        }
        return new LiverEnzyme(((Quantity) observation.getValue()).getValue(), LiverEnzymeUnit.UNITS_PER_LITRE, upperLimit);
    }

    private Integer ecog(Type value, String where) {
        if (value instanceof IntegerType integer && integer.hasValue()) {
            return integer.getValue();
        }
        if (value instanceof CodeableConcept concept) {
            for (Coding coding : concept.getCoding()) {
                int score = FhirCodes.ECOG_ANSWERS.indexOf(coding.getCode());
                if (FhirCodes.LOINC.equals(coding.getSystem()) && score >= 0) {
                    return score;
                }
            }
            errors.add(Issue.error(IssueType.CODEINVALID, "fhir.error.answer-code", where, "code", "89247-1",
                    "allowed", String.join(", ", FhirCodes.ECOG_ANSWERS)));
            return null;
        }
        errors.add(Issue.error(IssueType.VALUE, "fhir.error.value-type", where, "code", "89247-1",
                "expected", "valueInteger, valueCodeableConcept"));
        return null;
    }

    private PregnancyTest pregnancyTest(Type value, String where) {
        if (value instanceof CodeableConcept concept) {
            for (Coding coding : concept.getCoding()) {
                if (FhirCodes.LOINC.equals(coding.getSystem()) && FhirCodes.HCG_POSITIVE.equals(coding.getCode())) {
                    return PregnancyTest.POSITIVE;
                }
                if (FhirCodes.LOINC.equals(coding.getSystem()) && FhirCodes.HCG_NEGATIVE.equals(coding.getCode())) {
                    return PregnancyTest.NEGATIVE;
                }
            }
            errors.add(Issue.error(IssueType.CODEINVALID, "fhir.error.answer-code", where, "code", "2118-8",
                    "allowed", FhirCodes.HCG_POSITIVE + ", " + FhirCodes.HCG_NEGATIVE));
            return null;
        }
        errors.add(Issue.error(IssueType.VALUE, "fhir.error.value-type", where, "code", "2118-8", "expected", "valueCodeableConcept"));
        return null;
    }

    private static Long effective(Type effective) {
        return switch (effective) {
            case DateTimeType dateTime when dateTime.getValue() != null -> dateTime.getValue().getTime();
            case InstantType instant when instant.getValue() != null -> instant.getValue().getTime();
            case Period period when period.getEnd() != null -> period.getEnd().getTime();
            case Period period when period.getStart() != null -> period.getStart().getTime();
            case null, default -> null;
        };
    }

    // ---- QuestionnaireResponse

    private void readResponse(QuestionnaireResponse response, String where) {
        String questionnaire = response.getQuestionnaire();
        if (questionnaire == null || !(questionnaire.equals(FhirCodes.QUESTIONNAIRE) || questionnaire.startsWith(FhirCodes.QUESTIONNAIRE + "|"))) {
            errors.add(Issue.error(IssueType.BUSINESSRULE, "fhir.error.questionnaire", where + ".questionnaire",
                    "url", FhirCodes.QUESTIONNAIRE));
            return;
        }
        if (response.hasStatus() && response.getStatus() == QuestionnaireResponse.QuestionnaireResponseStatus.ENTEREDINERROR) {
            notes.add(Issue.information(IssueType.INFORMATIONAL, "fhir.note.ignored-status", where + ".status",
                    "status", response.getStatus().toCode()));
            return;
        }
        checkSubject(response.getSubject(), where + ".subject");
        List<QuestionnaireResponse.QuestionnaireResponseItemComponent> items = response.getItem();
        for (int j = 0; j < items.size(); j++) {
            readItem(items.get(j), where + ".item[" + j + "]");
        }
    }

    private void readItem(QuestionnaireResponse.QuestionnaireResponseItemComponent answered, String where) {
        String linkId = answered.getLinkId();
        QuestionnaireItems.Item item = QuestionnaireItems.byLinkId(linkId).orElse(null);
        if (item == null) {
            errors.add(Issue.error(IssueType.NOTFOUND, "fhir.error.link-id", where + ".linkId", "linkId", String.valueOf(linkId)));
            return;
        }
        if (answered.hasItem() || answered.getAnswer().stream().anyMatch(QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent::hasItem)) {
            errors.add(Issue.error(IssueType.STRUCTURE, "fhir.error.nested-item", where, "linkId", linkId));
            return;
        }
        if (answered.getAnswer().isEmpty()) {
            return;
        }
        if (answered.getAnswer().size() > 1) {
            errors.add(Issue.error(IssueType.BUSINESSRULE, "fhir.error.several-answers", where + ".answer", "linkId", linkId));
            return;
        }
        Type value = answered.getAnswerFirstRep().getValue();
        String valueWhere = where + ".answer[0].value";
        Object read = switch (item.type()) {
            case BOOLEAN -> value instanceof BooleanType bool && bool.hasValue() ? (bool.booleanValue() ? Answer.YES : Answer.NO) : null;
            case INTEGER -> value instanceof IntegerType integer && integer.hasValue() ? integer.getValue() : null;
            case DECIMAL -> value instanceof DecimalType decimal && decimal.hasValue() ? decimal.getValue()
                    : value instanceof IntegerType integer && integer.hasValue() ? BigDecimal.valueOf(integer.getValue()) : null;
            case CHOICE -> value instanceof Coding coding ? choice(item, coding, valueWhere) : null;
        };
        if (read == null) {
            if (!(item.type() == QuestionnaireItems.Type.CHOICE && value instanceof Coding)) {
                errors.add(Issue.error(IssueType.VALUE, "fhir.error.answer-type", valueWhere, "linkId", linkId,
                        "expected", expected(item.type())));
            }
            return;
        }
        add(item.fact(), read, where, null);
    }

    private Object choice(QuestionnaireItems.Item item, Coding coding, String where) {
        if (item.system().equals(coding.getSystem()) && item.choices().contains(coding.getCode())) {
            return switch (item.fact()) {
                case DISEASE_STATUS -> DiseaseStatus.valueOf(coding.getCode());
                case BRAIN_MRI -> BrainMri.valueOf(coding.getCode());
                case PREGNANCY_TEST -> PregnancyTest.valueOf(coding.getCode());
                default -> throw new IllegalStateException("not a choice: " + item.fact());
            };
        }
        errors.add(Issue.error(IssueType.CODEINVALID, "fhir.error.choice", where, "linkId", item.linkId(),
                "system", item.system(), "allowed", String.join(", ", item.choices())));
        return null;
    }

    private static String expected(QuestionnaireItems.Type type) {
        return switch (type) {
            case BOOLEAN -> "valueBoolean";
            case INTEGER -> "valueInteger";
            case DECIMAL -> "valueDecimal";
            case CHOICE -> "valueCoding";
        };
    }

    // ---- subjects, duplicates

    private void checkSubject(Reference subject, String where) {
        if (subject == null || subject.isEmpty()) {
            return;
        }
        if (subject.hasIdentifier() || subject.hasDisplay()) {
            errors.add(Issue.error(IssueType.BUSINESSRULE, "fhir.error.identity-in-reference", where));
        }
        if (subject.hasReference()) {
            subjects.add(subject.getReference());
        }
    }

    private void checkSubjects() {
        if (hasPatient) {
            for (String subject : subjects) {
                if (!patientKeys.contains(subject)) {
                    errors.add(Issue.error(IssueType.BUSINESSRULE, "fhir.error.other-patient", null, "reference", subject));
                }
            }
        } else if (subjects.size() > 1) {
            errors.add(Issue.error(IssueType.BUSINESSRULE, "fhir.error.other-patient", null,
                    "reference", String.join(", ", subjects)));
        }
    }

    private void add(Fact fact, Object value, String where, Long effective) {
        candidates.computeIfAbsent(fact, f -> new ArrayList<>()).add(new Candidate(value, where, effective));
    }

    /**
     * Equal values are one; different values dated apart: the latest observation wins (said in the
     * answer); different values not all dated, or dated alike: refused, naming them.
     */
    private void resolve(Fact fact, List<Candidate> values, ClinicalFacts.Builder builder) {
        Candidate first = values.getFirst();
        if (values.stream().allMatch(c -> FactSetter.sameValue(first.value(), c.value()))) {
            FactSetter.set(builder, fact, first.value());
            origins.put(fact, first.where());
            return;
        }
        boolean allDated = values.stream().allMatch(c -> c.effective() != null);
        if (allDated) {
            List<Candidate> byTime = values.stream().sorted(Comparator.comparing(Candidate::effective).reversed()).toList();
            Candidate latest = byTime.getFirst();
            boolean latestUnique = !byTime.get(1).effective().equals(latest.effective())
                    || FactSetter.sameValue(latest.value(), byTime.get(1).value());
            if (latestUnique) {
                FactSetter.set(builder, fact, latest.value());
                origins.put(fact, latest.where());
                notes.add(Issue.information(IssueType.INFORMATIONAL, "fhir.note.latest-wins", latest.where(),
                        "fact", fact.fieldName(), "count", values.size()));
                return;
            }
        }
        errors.add(Issue.error(IssueType.BUSINESSRULE, "fhir.error.conflict", first.where(), "fact", fact.fieldName(),
                "where", values.stream().map(Candidate::where).distinct().collect(Collectors.joining(", "))));
    }
}
