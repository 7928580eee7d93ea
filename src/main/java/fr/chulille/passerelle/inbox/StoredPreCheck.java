package fr.chulille.passerelle.inbox;

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

    record Row(String id, String labelKey, String displayKey, String reasonKey, Map<String, Object> reasonArgs) {

        static Row of(CriterionEvaluation evaluation) {
            return new Row(evaluation.criterion().id(), evaluation.criterion().shortLabelKey(), evaluation.displayKey(),
                    evaluation.reason().key(), evaluation.reason().args());
        }
    }

    static Optional<StoredPreCheck> read(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            List<Row> rows = new ArrayList<>();
            for (JsonNode criterion : root.path("criteria")) {
                String id = criterion.path("id").asString();
                CriterionKind kind = CriterionKind.valueOf(criterion.path("kind").asString());
                Outcome outcome = Outcome.valueOf(criterion.path("outcome").asString());
                rows.add(new Row(id, TrialCriteria.byId(id).map(c -> c.shortLabelKey()).orElse(null),
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
