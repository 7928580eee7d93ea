package fr.chulille.passerelle.fhir;

import fr.chulille.passerelle.eligibility.Advice;
import fr.chulille.passerelle.eligibility.CriterionEvaluation;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.Message;
import fr.chulille.passerelle.eligibility.PreCheckResult;
import fr.chulille.passerelle.eligibility.TrialCriteria;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.referral.PreCheck;
import fr.chulille.passerelle.trial.Trial;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DataRequirement;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.GuidanceResponse;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

import java.math.RoundingMode;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A pre-check as FHIR: a GuidanceResponse ({@code success}, or {@code data-required} with one
 * dataRequirement per missing fact) whose outputParameters is a contained Parameters with one
 * {@code criterion} part per criterion and the {@code advice}, every text in the requested language;
 * remarks on the Bundle (entries ignored, which duplicate won) in a contained OperationOutcome.
 */
final class PreCheckAnswer {

    private final Messages messages;
    private final Locale locale;

    PreCheckAnswer(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    GuidanceResponse of(PreCheck preCheck, List<Issue> notes) {
        PreCheckResult result = preCheck.result();
        Parameters parameters = parameters(preCheck);
        parameters.setId("result");
        GuidanceResponse guidance = new GuidanceResponse();
        guidance.setModule(new org.hl7.fhir.r4.model.UriType(FhirCodes.PRECHECK_MODULE));
        guidance.setOccurrenceDateTimeElement(new DateTimeType(new Date()));
        guidance.addContained(parameters);
        guidance.setOutputParameters(new Reference("#result"));
        Set<Fact> missing = new LinkedHashSet<>();
        result.evaluations().forEach(evaluation -> missing.addAll(evaluation.missingFacts()));
        guidance.setStatus(missing.isEmpty() ? GuidanceResponse.GuidanceResponseStatus.SUCCESS
                : GuidanceResponse.GuidanceResponseStatus.DATAREQUIRED);
        missing.forEach(fact -> guidance.addDataRequirement(requirement(fact)));
        guidance.addNote(new Annotation().setText(text(result.advice().headline())));
        if (!notes.isEmpty()) {
            OperationOutcome remarks = FhirResponses.outcome(notes, messages, locale);
            remarks.setId("remarks");
            guidance.addContained(remarks);
            guidance.setEvaluationMessage(List.of(new Reference("#remarks")));
        }
        return guidance;
    }

    Parameters parameters(PreCheck preCheck) {
        PreCheckResult result = preCheck.result();
        Parameters parameters = new Parameters();
        parameters.addParameter().setName("criteriaVersion").setValue(new StringType(result.criteriaVersion()));
        parameters.addParameter().setName("language").setValue(new CodeType(locale.getLanguage()));
        Advice advice = result.advice();
        Parameters.ParametersParameterComponent advicePart = parameters.addParameter().setName("advice");
        advicePart.addPart().setName("kind").setValue(new CodeType(advice.kind().name()));
        advicePart.addPart().setName("headline").setValue(new StringType(text(advice.headline())));
        for (String id : advice.listedCriterionIds()) {
            Parameters.ParametersParameterComponent listed = advicePart.addPart().setName("criterion");
            listed.addPart().setName("id").setValue(new StringType(id));
            listed.addPart().setName("label").setValue(new StringType(text(TrialCriteria.byId(id).orElseThrow().label())));
        }
        advice.followUp().ifPresent(followUp -> advicePart.addPart().setName("followUp").setValue(new StringType(text(followUp))));
        advicePart.addPart().setName("contactPhone").setValue(new StringType(Trial.NCT06649227.centralContactPhone()));
        for (CriterionEvaluation evaluation : result.evaluations()) {
            Parameters.ParametersParameterComponent criterion = parameters.addParameter().setName("criterion");
            criterion.addPart().setName("id").setValue(new StringType(evaluation.id()));
            criterion.addPart().setName("kind").setValue(new CodeType(evaluation.criterion().kind().name()));
            criterion.addPart().setName("outcome").setValue(new CodeType(evaluation.outcome().name()));
            criterion.addPart().setName("display").setValue(new StringType(text(evaluation.displayKey())));
            criterion.addPart().setName("label").setValue(new StringType(text(evaluation.criterion().label())));
            criterion.addPart().setName("reason").setValue(new StringType(text(evaluation.reason())));
            for (Fact fact : evaluation.missingFacts()) {
                criterion.addPart().setName("missingFact").setValue(new StringType(fact.fieldName()));
            }
        }
        preCheck.clearance().ifPresent(estimate -> {
            Parameters.ParametersParameterComponent clearance = parameters.addParameter().setName("creatinineClearance");
            clearance.addPart().setName("value").setValue(new Quantity().setValue(estimate.mlPerMin().setScale(1, RoundingMode.HALF_UP))
                    .setUnit("mL/min").setSystem(FhirCodes.UCUM).setCode("mL/min"));
            clearance.addPart().setName("formula").setValue(new StringType(text(estimate.formula())));
        });
        return parameters;
    }

    /** Where the missing fact would come from: the Patient, an Observation code, or the Questionnaire item. */
    private DataRequirement requirement(Fact fact) {
        DataRequirement requirement = new DataRequirement();
        requirement.setId(fact.fieldName());
        List<FhirCodes.ObservationCode> codes = FhirCodes.observationsOf(fact);
        if (fact == Fact.SEX || fact == Fact.AGE_YEARS || fact == Fact.BIRTH_YEAR) {
            requirement.setType("Patient");
            requirement.addMustSupport(fact == Fact.SEX ? "gender" : "birthDate");
        } else if (!codes.isEmpty() && fact != Fact.PREGNANCY_TEST) {
            requirement.setType("Observation");
            DataRequirement.DataRequirementCodeFilterComponent filter = requirement.addCodeFilter().setPath("code");
            codes.forEach(code -> filter.addCode(new Coding(code.system(), code.code(), code.display())));
        } else {
            requirement.setType("QuestionnaireResponse");
            requirement.addMustSupport("item.where(linkId='" + fact.fieldName() + "')");
        }
        return requirement;
    }

    private String text(Message message) {
        return messages.format(message.key(), locale, message.args());
    }

    private String text(String key) {
        return messages.format(key, locale);
    }
}
