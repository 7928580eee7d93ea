package fr.chulille.passerelle.fhir;

import fr.chulille.passerelle.eligibility.Answer;
import fr.chulille.passerelle.eligibility.BrainMri;
import fr.chulille.passerelle.eligibility.DiseaseStatus;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.PregnancyTest;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where each fact comes from in a FHIR Bundle: the Patient (sex, birth date), an Observation (the
 * laboratory and clinical measurements), else an item of the referral Questionnaire whose linkId is
 * the fact's name (yes/no questions, choices, counts without a standard code).
 */
final class QuestionnaireItems {

    /** Facts read from the Patient resource. */
    static final Set<Fact> FROM_PATIENT = EnumSet.of(Fact.SEX, Fact.BIRTH_YEAR);

    /** How a Questionnaire item is answered. */
    enum Type {
        BOOLEAN("boolean"), INTEGER("integer"), DECIMAL("decimal"), CHOICE("choice");

        final String fhirCode;

        Type(String fhirCode) {
            this.fhirCode = fhirCode;
        }
    }

    /**
     * One item of the Questionnaire.
     *
     * @param system  for a choice, the Passerelle code system of its answers (codes = the JSON API's names)
     * @param choices for a choice, the JSON API's names of the answers
     * @param unit    the UCUM unit the number is in, or null
     */
    record Item(Fact fact, Type type, String system, List<String> choices, String unit) {

        String linkId() {
            return fact.fieldName();
        }
    }

    static final List<Item> ALL = Arrays.stream(Fact.values())
            .filter(fact -> !FROM_PATIENT.contains(fact))
            .filter(fact -> fact == Fact.PREGNANCY_TEST || FhirCodes.observationsOf(fact).isEmpty())
            .map(QuestionnaireItems::item)
            .toList();

    private QuestionnaireItems() {
    }

    static java.util.Optional<Item> byLinkId(String linkId) {
        return ALL.stream().filter(item -> item.linkId().equals(linkId)).findFirst();
    }

    private static Item item(Fact fact) {
        return switch (fact) {
            case AGE_YEARS -> new Item(fact, Type.INTEGER, null, List.of(), "a");
            case INDUCTION_COURSES, WORST_PRIOR_TOXICITY_GRADE -> new Item(fact, Type.INTEGER, null, List.of(), null);
            case LIFE_EXPECTANCY_MONTHS -> new Item(fact, Type.DECIMAL, null, List.of(), "mo");
            case MEASURED_CREATININE_CLEARANCE -> new Item(fact, Type.DECIMAL, null, List.of(), "mL/min");
            case DISEASE_STATUS -> choice(fact, FhirCodes.DISEASE_STATUS_CODES, DiseaseStatus.values());
            case BRAIN_MRI -> choice(fact, FhirCodes.BRAIN_MRI_CODES, BrainMri.values());
            case PREGNANCY_TEST -> choice(fact, FhirCodes.PREGNANCY_TEST_CODES, PregnancyTest.values());
            default -> {
                if (!isYesNo(fact)) {
                    throw new IllegalStateException("No Questionnaire item type for " + fact);
                }
                yield new Item(fact, Type.BOOLEAN, null, List.of(), null);
            }
        };
    }

    private static Item choice(Fact fact, String system, Enum<?>[] values) {
        return new Item(fact, Type.CHOICE, system, Arrays.stream(values).map(Enum::name).toList(), null);
    }

    /** The yes/no facts are the {@link Answer} components of ClinicalFacts. */
    static boolean isYesNo(Fact fact) {
        try {
            return fr.chulille.passerelle.eligibility.ClinicalFacts.class
                    .getMethod(fact.fieldName()).getReturnType() == Answer.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
