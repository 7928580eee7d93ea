package fr.chulille.passerelle.eligibility;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A translatable text: a key of translations/eligibility_*.properties and its named ICU arguments.
 * Argument values are numbers (formatted by the locale) or plain codes, never human text.
 */
public record Message(String key, Map<String, Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = Map.copyOf(args);
    }

    /** @param namesAndValues alternating argument names and values */
    static Message of(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs: " + key);
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Message(key, args);
    }
}
