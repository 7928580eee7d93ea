package fr.chulille.passerelle.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The FR and EN message files of {@code translations/}, formatted with ICU4J (plurals, numbers, dates).
 * A parameter list holding one {@link Map} is formatted with named arguments.
 */
public final class Messages {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** French first: it is the default language of the portal. */
    public static final List<Locale> LOCALES = List.of(FRENCH, ENGLISH);
    /**
     * The files of {@code translations/}, {@code <bundle>_<lang>.properties}: one per feature so that
     * translators find each page's texts together. Keys are unique across them.
     */
    public static final List<String> BUNDLES = List.of("messages", "summary", "eligibility", "referral", "inbox", "notification", "security",
            "recruitment", "privacy", "accounts", "fhir",
            "followup", "screening", "triage", "answernext", "formflow", "formlayout", "attestation", "firstpaint");

    /** The trial runs in Lille: times are shown in French time whatever the server's zone. */
    public static final String TRIAL_TIME_ZONE = "Europe/Paris";

    private final Map<Locale, Properties> byLocale = new LinkedHashMap<>();
    /**
     * The texts without arguments (labels, headings, helpers: most of a form), formatted once per language
     * and the same String for every open page, rather than a copy per component and per user (issue 16, item 8).
     */
    private final Map<Locale, Map<String, String>> withoutArguments = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** Loads every bundle of {@code translations/} present on the classpath; {@code messages} must be. */
    public static Messages fromClasspath() {
        Messages messages = new Messages();
        for (Locale locale : LOCALES) {
            Properties properties = new Properties();
            for (String bundle : BUNDLES) {
                String resource = "translations/" + bundle + "_" + locale.getLanguage() + ".properties";
                try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null && bundle.equals("messages")) {
                        throw new IllegalStateException("Missing message file on the classpath: " + resource);
                    }
                    if (in != null) {
                        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            messages.byLocale.put(locale, properties);
        }
        return messages;
    }

    /** The supported locale closest to the one asked for: same language, else French. */
    public static Locale supported(Locale locale) {
        if (locale != null) {
            for (Locale candidate : LOCALES) {
                if (candidate.getLanguage().equals(locale.getLanguage())) {
                    return candidate;
                }
            }
        }
        return FRENCH;
    }

    public boolean has(String key) {
        return byLocale.values().stream().allMatch(p -> p.containsKey(key));
    }

    public Set<String> keys(Locale locale) {
        return byLocale.get(supported(locale)).stringPropertyNames();
    }

    /** Date and time as people in Lille read them (Europe/Paris), e.g. "25 novembre 2026 à 14:03". */
    public static String dateTime(java.time.Instant instant, Locale locale) {
        com.ibm.icu.text.DateFormat format = com.ibm.icu.text.DateFormat.getDateTimeInstance(
                com.ibm.icu.text.DateFormat.LONG, com.ibm.icu.text.DateFormat.SHORT, ULocale.forLocale(supported(locale)));
        format.setTimeZone(com.ibm.icu.util.TimeZone.getTimeZone(TRIAL_TIME_ZONE));
        return format.format(java.util.Date.from(instant));
    }

    /** Formats the message; an unknown key comes back as {@code !key!} so that it shows and tests catch it. */
    public String format(String key, Locale locale, Object... params) {
        Locale target = supported(locale);
        String pattern = byLocale.get(target).getProperty(key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        if (params == null || params.length == 0 || params.length == 1 && params[0] instanceof Map<?, ?> none && none.isEmpty()) {
            return withoutArguments.computeIfAbsent(target, any -> new ConcurrentHashMap<>())
                    .computeIfAbsent(key, any -> formatWithoutArguments(new MessageFormat(pattern, ULocale.forLocale(target))));
        }
        MessageFormat format = new MessageFormat(pattern, ULocale.forLocale(target));
        if (params != null && params.length == 1 && params[0] instanceof Map<?, ?> named) {
            @SuppressWarnings("unchecked")
            Map<String, Object> arguments = (Map<String, Object>) named;
            return format.format(arguments);
        }
        return format.format(params == null ? new Object[0] : params);
    }

    /** A pattern with named placeholders takes a (here empty) map; with numbered ones, an array. */
    private static String formatWithoutArguments(MessageFormat format) {
        return format.usesNamedArguments() ? format.format(Map.of()) : format.format(new Object[0]);
    }
}
