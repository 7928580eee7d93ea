package fr.chulille.passerelle.fhir;

import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.TrialCriteria;
import fr.chulille.passerelle.i18n.Messages;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Questionnaire;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What Passerelle publishes for FHIR clients, in the requested language: the referral Questionnaire
 * (one item per fact without a standard code, linkId = the fact's name) and the code systems of facts
 * and answers that have no standard code.
 */
final class PasserelleArtefacts {

    static final String QUESTIONNAIRE_ID = "referral";
    /** The code systems by id: observation codes, then the answers of the choice items. */
    static final List<String> CODE_SYSTEM_IDS = List.of("observation", "disease-status", "brain-mri", "pregnancy-test");

    private final Messages messages;
    private final Locale locale;

    PasserelleArtefacts(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    Questionnaire questionnaire() {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(QUESTIONNAIRE_ID);
        questionnaire.setUrl(FhirCodes.QUESTIONNAIRE);
        questionnaire.setVersion(TrialCriteria.VERSION);
        questionnaire.setName("PasserelleReferral");
        questionnaire.setTitle(text("fhir.questionnaire.title"));
        questionnaire.setDescription(text("fhir.questionnaire.description"));
        questionnaire.setStatus(Enumerations.PublicationStatus.ACTIVE);
        questionnaire.setLanguage(locale.getLanguage());
        questionnaire.addSubjectType("Patient");
        for (QuestionnaireItems.Item item : QuestionnaireItems.ALL) {
            Questionnaire.QuestionnaireItemComponent question = questionnaire.addItem()
                    .setLinkId(item.linkId())
                    .setText(text(item.fact().labelKey()))
                    .setType(Questionnaire.QuestionnaireItemType.fromCode(item.type().fhirCode))
                    .setRequired(false);
            for (String choice : item.choices()) {
                question.addAnswerOption().setValue(new Coding(item.system(), choice, text(choiceKey(item.fact(), choice))));
            }
        }
        return questionnaire;
    }

    Optional<CodeSystem> codeSystem(String id) {
        return switch (id) {
            case "observation" -> {
                CodeSystem system = codeSystem(id, FhirCodes.OBSERVATION_CODES);
                system.addConcept().setCode(FhirCodes.CD19_ON_BLASTS).setDisplay(text(Fact.CD19_PERCENT_OF_BLASTS.labelKey()))
                        .setDefinition(text("fhir.codesystem.observation.cd19"));
                yield Optional.of(system);
            }
            case "disease-status", "brain-mri", "pregnancy-test" -> {
                QuestionnaireItems.Item item = QuestionnaireItems.ALL.stream()
                        .filter(i -> i.system() != null && i.system().endsWith("/CodeSystem/" + id)).findFirst().orElseThrow();
                CodeSystem system = codeSystem(id, item.system());
                item.choices().forEach(choice -> system.addConcept().setCode(choice).setDisplay(text(choiceKey(item.fact(), choice))));
                yield Optional.of(system);
            }
            default -> Optional.empty();
        };
    }

    private CodeSystem codeSystem(String id, String url) {
        CodeSystem system = new CodeSystem();
        system.setId(id);
        system.setUrl(url);
        system.setVersion(TrialCriteria.VERSION);
        system.setName("Passerelle" + id.replace("-", ""));
        system.setTitle(text("fhir.codesystem." + id + ".title"));
        system.setStatus(Enumerations.PublicationStatus.ACTIVE);
        system.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        system.setCaseSensitive(true);
        system.setLanguage(locale.getLanguage());
        return system;
    }

    private static String choiceKey(Fact fact, String choice) {
        String group = switch (fact) {
            case DISEASE_STATUS -> "disease-status";
            case BRAIN_MRI -> "brain-mri";
            case PREGNANCY_TEST -> "pregnancy-test";
            default -> throw new IllegalArgumentException("not a choice: " + fact);
        };
        return "eligibility.choice." + group + "." + choice;
    }

    private String text(String key) {
        return messages.format(key, locale);
    }
}
