package fr.chulille.passerelle.eligibility;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numeric boundary of a criterion, written once: the threshold (value and side) and the unit the
 * protocol writes it in. The rule compares with it, and every text names it through the ICU argument
 * {@code limit} (plus {@link ProtocolUnit#otherUnits}), never as a literal.
 */
public record Limit(Threshold threshold, ProtocolUnit unit) {

    static Limit atLeast(String value, ProtocolUnit unit) {
        return new Limit(Threshold.atLeast(value), unit);
    }

    static Limit moreThan(String value, ProtocolUnit unit) {
        return new Limit(Threshold.moreThan(value), unit);
    }

    static Limit atMost(String value, ProtocolUnit unit) {
        return new Limit(Threshold.atMost(value), unit);
    }

    static Limit lessThan(String value, ProtocolUnit unit) {
        return new Limit(Threshold.lessThan(value), unit);
    }

    public BigDecimal value() {
        return threshold.limit();
    }

    /** The ICU arguments naming this limit: {@code limit} and its value in other units. */
    public Map<String, Object> arguments() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("limit", value());
        arguments.putAll(unit.otherUnits(value()));
        return arguments;
    }

    /** A message of {@code key} with this limit's arguments and the given ones. */
    Message message(MessageKey key, Object... namesAndValues) {
        return message(key.key(), namesAndValues);
    }

    Message message(String key, Object... namesAndValues) {
        Map<String, Object> arguments = new LinkedHashMap<>(arguments());
        arguments.putAll(Message.of(key, namesAndValues).args());
        return new Message(key, arguments);
    }

    /** "≥ 30000 /µL", as the documentation table writes it. */
    public String describe() {
        String side = switch (threshold.comparison()) {
            case AT_LEAST -> "≥";
            case MORE_THAN -> ">";
            case AT_MOST -> "≤";
            case LESS_THAN -> "<";
        };
        return (side + " " + value().toPlainString() + " " + unit.symbol()).strip();
    }
}
