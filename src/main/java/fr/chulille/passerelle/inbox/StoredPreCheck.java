package fr.chulille.passerelle.inbox;

import fr.chulille.passerelle.eligibility.Criterion;
import fr.chulille.passerelle.eligibility.CriterionEvaluation;
import fr.chulille.passerelle.eligibility.CriterionKind;
import fr.chulille.passerelle.eligibility.Outcome;
import fr.chulille.passerelle.eligibility.TrialCriteria;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pre-check exactly as stored at submission (message keys and arguments, language-neutral), read
 * back from its JSON snapshot so that staff see the table the referrer saw.
 */
record StoredPreCheck(String criteriaVersion, List<Row> rows) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * @param labelKey  the criterion's short label, null for a criterion that no longer exists
     * @param labelArgs its limit, as ICU arguments
     */
    record Row(String id, String labelKey, Map<String, Object> labelArgs, CriterionKind kind, Outcome outcome,
               String displayKey, String reasonKey, Map<String, Object> reasonArgs) {

        static Row of(CriterionEvaluation evaluation) {
            Criterion criterion = evaluation.criterion();
            return new Row(criterion.id(), criterion.shortLabelKey(), criterion.limitArguments(), criterion.kind(),
                    evaluation.outcome(), evaluation.displayKey(), evaluation.reason().key(), evaluation.reason().args());
        }

        /** A failed inclusion criterion or a present exclusion criterion. */
        boolean failed() {
            return outcome == Outcome.NOT_MET;
        }
    }

    /** Failed inclusion criteria (INCLUSION) or present exclusion criteria (EXCLUSION), in protocol order. */
    List<Row> failed(CriterionKind kind) {
        return rows.stream().filter(row -> row.kind() == kind && row.failed()).toList();
    }

    static Optional<StoredPreCheck> read(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            List<Row> rows = new ArrayList<>();
            for (JsonNode criterion : root.path("criteria")) {
                String id = criterion.path("id").asString();
                CriterionKind kind = CriterionKind.valueOf(criterion.path("kind").asString());
                Outcome outcome = Outcome.valueOf(criterion.path("outcome").asString());
                Optional<Criterion> current = TrialCriteria.byId(id);
                rows.add(new Row(id, current.map(Criterion::shortLabelKey).orElse(null),
                        current.map(Criterion::limitArguments).orElse(Map.of()), kind, outcome,
                        kind.displayKey(outcome), criterion.path("reasonKey").asString(), arguments(criterion.path("reasonArgs"))));
            }
            return rows.isEmpty() ? Optional.empty() : Optional.of(new StoredPreCheck(root.path("criteriaVersion").asString(), rows));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> arguments(JsonNode node) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        node.properties().forEach(entry -> arguments.put(entry.getKey(),
                entry.getValue().isNumber() ? entry.getValue().decimalValue() : entry.getValue().asString()));
        return arguments;
    }
}
