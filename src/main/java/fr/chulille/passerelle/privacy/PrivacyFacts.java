package fr.chulille.passerelle.privacy;

import fr.chulille.passerelle.trial.Trial;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the privacy and legal notices show: the hospital's settings (or, where one is blank outside
 * the {@code prod} profile, its marked example from the translations) and the retention durations in
 * days, read from the same settings as the purge.
 */
@Component
class PrivacyFacts {

    /** The retention lines of the privacy notice, in the order shown ({@code privacy.notice.retention.<name>}). */
    static final List<String> RETENTION_LINES = List.of("closed", "enrolled", "undecided", "notes", "mail-records",
            "event-publications", "audit-entries");

    private final PrivacySettings settings;
    private final RetentionSettings retention;

    PrivacyFacts(PrivacySettings settings, RetentionSettings retention) {
        this.settings = settings;
        this.retention = retention;
    }

    /** True when at least one setting is blank, so that the page shows example values and says so. */
    boolean showsExamples() {
        return settings.byName().values().stream().anyMatch(PrivacySettings::isBlank);
    }

    /**
     * The arguments of the notices' messages: each setting by its camel-case name, the example
     * (translated by {@code translate}) where it is blank; the site; and the retention in days.
     */
    Map<String, Object> arguments(Function<String, String> translate) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        settings.byName().forEach((name, value) -> arguments.put(camelCase(name),
                PrivacySettings.isBlank(value) ? translate.apply("privacy.example." + name) : value.strip()));
        arguments.put("site", Trial.NCT06649227.site());
        arguments.put("nctId", Trial.NCT06649227.nctId());
        return arguments;
    }

    /** Days of retention per line of {@link #RETENTION_LINES}. */
    Map<String, Long> retentionDays() {
        Map<String, Long> days = new LinkedHashMap<>();
        days.put("closed", retention.closed().toDays());
        days.put("enrolled", retention.enrolled().toDays());
        days.put("undecided", retention.undecided().toDays());
        days.put("notes", retention.notes().toDays());
        days.put("mail-records", retention.mailRecords().toDays());
        days.put("event-publications", retention.eventPublications().toDays());
        days.put("audit-entries", retention.auditEntries().toDays());
        return days;
    }

    private static String camelCase(String name) {
        StringBuilder result = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                result.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return result.toString();
    }
}
