package fr.chulille.passerelle.triage;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The triage time in the inbox header, in plain words: how many referrals in the last 90 days, the median
 * and 90th percentile time to their first status change, the share handled within one working day and
 * how many are not yet handled; below, what "working day" means.
 */
public class TriageTimePanel extends Div implements LocaleChangeObserver {

    private final Supplier<TriageTime> triageTime;
    private final Paragraph summary = new Paragraph();
    private final Paragraph help = new Paragraph();

    public TriageTimePanel(Supplier<TriageTime> triageTime) {
        this.triageTime = triageTime;
        setId("triage-time");
        addClassName("inbox-triage-time");
        summary.setId("triage-time-summary");
        help.addClassName("triage-time-help");
        help.getStyle().set("font-size", "0.875em");
        add(summary, help);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        summary.setText(text(triageTime.get(), this::getTranslation));
        help.setText(getTranslation("triage.help"));
    }

    /** The summary sentence(s) of a triage time; {@code t} translates a key with named arguments. */
    public static String text(TriageTime time, BiFunction<String, Map<String, ?>, String> t) {
        List<String> parts = new ArrayList<>();
        parts.add(t.apply("triage.submitted", Map.of("count", time.submitted())));
        if (time.median().isPresent()) {
            parts.add(t.apply("triage.times", Map.of("median", duration(time.median().get(), t),
                    "p90", duration(time.p90().orElseThrow(), t))));
        }
        time.shareWithinOneWorkingDay().ifPresent(share ->
                parts.add(t.apply("triage.within-one-working-day", Map.of("share", share))));
        if (time.notYetHandled() > 0) {
            parts.add(t.apply("triage.not-yet-handled", Map.of("count", time.notYetHandled())));
        }
        return String.join(" ", parts);
    }

    /** "45 min", "3 h 20 min", "2 days", "2 days 5 h" (minutes dropped after a day). */
    public static String duration(Duration duration, BiFunction<String, Map<String, ?>, String> t) {
        long minutes = duration.toMinutes();
        if (minutes < 60) {
            return t.apply("triage.duration.minutes", Map.of("minutes", minutes));
        }
        if (minutes < 24 * 60) {
            return t.apply("triage.duration.hours", Map.of("hours", minutes / 60, "minutes", minutes % 60));
        }
        long days = duration.toDays();
        long hours = duration.minusDays(days).toHours();
        return hours == 0 ? t.apply("triage.duration.days", Map.of("days", days))
                : t.apply("triage.duration.days-hours", Map.of("days", days, "hours", hours));
    }
}
