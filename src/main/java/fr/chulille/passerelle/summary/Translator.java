package fr.chulille.passerelle.summary;

import java.util.Map;

/**
 * Formats a message of {@code translations/} in one language. The views pass their own
 * {@code getTranslation}; the first-paint renderer passes the translation provider with the
 * request's language, so both build the very same markup.
 */
@FunctionalInterface
interface Translator {

    String translate(String key, Map<String, Object> arguments);

    default String translate(String key) {
        return translate(key, Map.of());
    }
}
