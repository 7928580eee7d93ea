package fr.chulille.passerelle.summary;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** Test helper: loads translations/summary_xx.properties in file order and formats them with ICU. */
final class SummaryMessages {

    static final Path DIR = Path.of("translations");

    private final Locale locale;
    private final Map<String, String> patterns;

    private SummaryMessages(Locale locale, Map<String, String> patterns) {
        this.locale = locale;
        this.patterns = patterns;
    }

    static SummaryMessages load(Locale locale) {
        Path file = DIR.resolve("summary_" + locale.getLanguage() + ".properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            // Keep the file's order: the key is what precedes the first '=' of a non-comment line.
            Map<String, String> ordered = new LinkedHashMap<>();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            boolean continued = false;
            for (String line : lines) {
                String s = line.strip();
                boolean isContinuation = continued;
                continued = s.endsWith("\\") && !s.endsWith("\\\\");
                if (isContinuation || s.isEmpty() || s.startsWith("#") || s.startsWith("!")) {
                    continue;
                }
                int eq = s.indexOf('=');
                if (eq > 0) {
                    String key = s.substring(0, eq).strip();
                    ordered.put(key, properties.getProperty(key));
                }
            }
            if (ordered.size() != properties.size()) {
                throw new IllegalStateException("could not read the key order of " + file);
            }
            return new SummaryMessages(locale, ordered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Locale locale() {
        return locale;
    }

    Map<String, String> patterns() {
        return patterns;
    }

    String format(String key, Map<String, Object> arguments) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no key " + key);
        }
        return new MessageFormat(pattern, ULocale.forLocale(locale)).format(arguments);
    }

    /** Representative values, as the app's Trial class would supply them. */
    static Map<String, Object> sampleArguments(Locale locale) {
        boolean fr = locale.getLanguage().equals("fr");
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("site", "CHU de Lille");
        a.put("investigator", "Ibrahim Yakoub-Agha");
        a.put("sponsor", fr ? "CHU de Lille" : "Lille University Hospital (CHU de Lille)");
        a.put("collaborators", fr
                ? "ministère de la Santé, CHU de Rouen et Miltenyi"
                : "French Ministry of Health, Rouen University Hospital and Miltenyi");
        a.put("status", "RECRUITING");
        a.put("target", 5);
        a.put("start", noonUtc(LocalDate.of(2025, 7, 10)));
        a.put("end", noonUtc(LocalDate.of(2030, 7, 10)));
        a.put("updated", noonUtc(LocalDate.of(2025, 12, 5)));
        a.put("phone", "+33 3 20 44 59 62");
        a.put("nct", "NCT06649227");
        a.put("ctis", "2023-509212-29-01");
        return a;
    }

    static Date noonUtc(LocalDate date) {
        return Date.from(date.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
}
