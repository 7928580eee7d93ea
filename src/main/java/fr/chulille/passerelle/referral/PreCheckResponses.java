package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.Advice;
import fr.chulille.passerelle.eligibility.CriterionEvaluation;
import fr.chulille.passerelle.eligibility.CriterionKind;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.Message;
import fr.chulille.passerelle.eligibility.PreCheckResult;
import fr.chulille.passerelle.eligibility.TrialCriteria;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.trial.Trial;

import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** Turns a pre-check into its translated JSON answer. */
final class PreCheckResponses {

    private final Messages messages;
    private final Locale locale;

    PreCheckResponses(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    PreCheckResponse of(PreCheck preCheck) {
        PreCheckResult result = preCheck.result();
        var advice = result.advice();
        return new PreCheckResponse(result.criteriaVersion(), locale.getLanguage(),
                new PreCheckResponse.Advice(advice.kind().name(), text(advice.headline()),
                        listed(advice.listedCriterionIds()),
                        advice.followUp().map(this::text).orElse(null),
                        Trial.NCT06649227.centralContactPhone(),
                        group(advice, CriterionKind.INCLUSION), group(advice, CriterionKind.EXCLUSION)),
                result.evaluations().stream().map(this::criterion).toList(),
                preCheck.clearance().map(estimate -> new PreCheckResponse.Clearance(
                        estimate.mlPerMin().setScale(1, RoundingMode.HALF_UP), text(estimate.formula()))).orElse(null),
                preCheck.validation().warnings().stream()
                        .map(warning -> new PreCheckResponse.Warning(warning.field().fieldName(), text(warning.message())))
                        .toList(),
                preCheck.nextQuestions().stream()
                        .map(question -> new PreCheckResponse.NextQuestion(question.fact().fieldName(),
                                text(question.fact().labelKey()), question.knockOut(), question.settles()))
                        .toList());
    }

    private PreCheckResponse.Group group(Advice advice, CriterionKind kind) {
        return advice.sections().stream().filter(section -> section.criterionKind() == kind).findFirst()
                .map(section -> new PreCheckResponse.Group(section.heading().map(this::text).orElse(null),
                        listed(section.criterionIds())))
                .orElse(null);
    }

    private List<PreCheckResponse.Listed> listed(List<String> ids) {
        return ids.stream().map(id -> new PreCheckResponse.Listed(id, text(TrialCriteria.byId(id).orElseThrow().label()))).toList();
    }

    private PreCheckResponse.Criterion criterion(CriterionEvaluation evaluation) {
        return new PreCheckResponse.Criterion(evaluation.id(), evaluation.criterion().kind().name(),
                evaluation.outcome().name(), text(evaluation.displayKey()), text(evaluation.criterion().label()),
                text(evaluation.reason()), evaluation.missingFacts().stream().map(Fact::fieldName).toList());
    }

    String text(Message message) {
        return messages.format(message.key(), locale, message.args());
    }

    String text(String key) {
        return messages.format(key, locale);
    }
}
