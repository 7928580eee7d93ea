package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.Criterion;
import fr.chulille.passerelle.eligibility.CriterionEvaluation;
import fr.chulille.passerelle.eligibility.CriterionKind;
import fr.chulille.passerelle.eligibility.Outcome;
import fr.chulille.passerelle.eligibility.TrialCriteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pre-check exactly as stored at submission (message keys and arguments, language-neutral), decoded
 * from its snapshot so that staff see the table the referrer saw.
 */
public record StoredPreCheck(String criteriaVersion, List<Row> rows) {

    /**
     * @param labelKey  the criterion's short label, null for a criterion that no longer exists
     * @param labelArgs its limit, as ICU arguments
     */
    public record Row(String id, String labelKey, Map<String, Object> labelArgs, CriterionKind kind, Outcome outcome,
                      String displayKey, String reasonKey, Map<String, Object> reasonArgs) {

        /** A row of a pre-check computed now (not stored), to show beside the stored one. */
        public static Row of(CriterionEvaluation evaluation) {
            Criterion criterion = evaluation.criterion();
            return new Row(criterion.id(), criterion.shortLabelKey(), criterion.limitArguments(), criterion.kind(),
                    evaluation.outcome(), evaluation.displayKey(), evaluation.reason().key(), evaluation.reason().args());
        }

        /** A failed inclusion criterion or a present exclusion criterion. */
        public boolean failed() {
            return outcome == Outcome.NOT_MET;
        }
    }

    /** Failed inclusion criteria (INCLUSION) or present exclusion criteria (EXCLUSION), in protocol order. */
    public List<Row> failed(CriterionKind kind) {
        return rows.stream().filter(row -> row.kind() == kind && row.failed()).toList();
    }

    /** Empty when the snapshot holds no criterion. */
    static Optional<StoredPreCheck> of(PreCheckSnapshot snapshot) {
        List<Row> rows = new ArrayList<>();
        for (PreCheckSnapshot.CriterionSnapshot criterion : snapshot.criteria()) {
            CriterionKind kind = CriterionKind.valueOf(criterion.kind());
            Outcome outcome = Outcome.valueOf(criterion.outcome());
            Optional<Criterion> current = TrialCriteria.byId(criterion.id());
            rows.add(new Row(criterion.id(), current.map(Criterion::shortLabelKey).orElse(null),
                    current.map(Criterion::limitArguments).orElse(Map.of()), kind, outcome,
                    kind.displayKey(outcome), criterion.reasonKey(), arguments(criterion.reasonArgs())));
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(new StoredPreCheck(snapshot.criteriaVersion(), rows));
    }

    /** Numbers as BigDecimal (however JSON gave them back), texts as texts: the ICU arguments as computed. */
    private static Map<String, Object> arguments(Map<String, Object> stored) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        if (stored != null) {
            stored.forEach((name, value) -> arguments.put(name,
                    value instanceof Number number ? new BigDecimal(number.toString()) : String.valueOf(value)));
        }
        return arguments;
    }
}
