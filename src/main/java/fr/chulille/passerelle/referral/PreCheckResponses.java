package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.CriterionEvaluation;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.Message;
import fr.chulille.passerelle.eligibility.PreCheckResult;
import fr.chulille.passerelle.eligibility.TrialCriteria;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.trial.Trial;

import java.math.RoundingMode;
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
                        advice.listedCriterionIds().stream()
                                .map(id -> new PreCheckResponse.Listed(id, text(TrialCriteria.byId(id).orElseThrow().labelKey())))
                                .toList(),
                        advice.followUp().map(this::text).orElse(null),
                        Trial.NCT06649227.centralContactPhone()),
                result.evaluations().stream().map(this::criterion).toList(),
                preCheck.clearance().map(estimate -> new PreCheckResponse.Clearance(
                        estimate.mlPerMin().setScale(1, RoundingMode.HALF_UP), text(estimate.formula()))).orElse(null));
    }

    private PreCheckResponse.Criterion criterion(CriterionEvaluation evaluation) {
        return new PreCheckResponse.Criterion(evaluation.id(), evaluation.criterion().kind().name(),
                evaluation.outcome().name(), text(evaluation.displayKey()), text(evaluation.criterion().labelKey()),
                text(evaluation.reason()), evaluation.missingFacts().stream().map(Fact::fieldName).toList());
    }

    String text(Message message) {
        return messages.format(message.key(), locale, message.args());
    }

    String text(String key) {
        return messages.format(key, locale);
    }
}
