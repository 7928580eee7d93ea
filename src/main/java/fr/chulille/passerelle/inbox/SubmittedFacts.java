package fr.chulille.passerelle.inbox;

import fr.chulille.passerelle.eligibility.Answer;
import fr.chulille.passerelle.eligibility.AnswerSource;
import fr.chulille.passerelle.eligibility.BrainMri;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.eligibility.DiseaseStatus;
import fr.chulille.passerelle.eligibility.Fact;
import fr.chulille.passerelle.eligibility.LiverEnzyme;
import fr.chulille.passerelle.eligibility.Measurement;
import fr.chulille.passerelle.eligibility.PregnancyTest;
import fr.chulille.passerelle.eligibility.Sex;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;

/** The clinical facts of a referral, read back from their JSON snapshot, as label and value keys/texts. */
final class SubmittedFacts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One submitted value: the label key of its field, and its text where {@code translate} turns keys into words. */
    record Line(String labelKey, String value) {
    }

    private SubmittedFacts() {
    }

    /** Reads the facts of a clinical snapshot ({@code {"facts": {...}, "labSampleDates": {...}}}). */
    static Optional<ClinicalFacts> read(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            return Optional.of(JSON.treeToValue(root.has("facts") ? root.get("facts") : root, ClinicalFacts.class));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The label keys of the questions answered in one click with "none of the following applies to my
     * patient" ({@code answerSources} of the snapshot); none in a snapshot stored before that existed.
     */
    static Set<String> attestedInGroup(String json) {
        try {
            JsonNode sources = JSON.readTree(json).path("answerSources");
            return Arrays.stream(Fact.values())
                    .filter(fact -> sources.get(fact.fieldName()) instanceof JsonNode source && source.isString()
                            && AnswerSource.ATTESTED_IN_GROUP.name().equals(source.asString()))
                    .map(Fact::labelKey)
                    .collect(Collectors.toSet());
        } catch (RuntimeException e) {
            return Set.of();
        }
    }

    static List<Line> lines(ClinicalFacts facts, Function<String, String> translate) {
        return Arrays.stream(Fact.values())
                .filter(fact -> fact.valueIn(facts) != null)
                .map(fact -> new Line(fact.labelKey(), format(fact.valueIn(facts), translate)))
                .toList();
    }

    static String format(Object value, Function<String, String> translate) {
        return switch (value) {
            case Measurement<?> m -> m.value().toPlainString() + " " + translate.apply(m.unit().labelKey());
            case LiverEnzyme e -> e.value().toPlainString() + " " + translate.apply(e.unit().labelKey())
                    + (e.upperLimitOfNormal() == null ? "" : " (ULN " + e.upperLimitOfNormal().toPlainString() + ")");
            case BigDecimal number -> number.toPlainString();
            case Answer a -> translate.apply(a.labelKey());
            case Sex s -> translate.apply(s.labelKey());
            case DiseaseStatus d -> translate.apply(d.labelKey());
            case BrainMri b -> translate.apply(b.labelKey());
            case PregnancyTest p -> translate.apply(p.labelKey());
            default -> Objects.toString(value);
        };
    }
}
