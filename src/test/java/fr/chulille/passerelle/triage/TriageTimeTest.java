package fr.chulille.passerelle.triage;

import fr.chulille.passerelle.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import static fr.chulille.passerelle.triage.WorkingTimeTest.PARIS;
import static fr.chulille.passerelle.triage.WorkingTimeTest.paris;
import static org.assertj.core.api.Assertions.assertThat;

class TriageTimeTest {

    static final Messages MESSAGES = Messages.fromClasspath();

    static BiFunction<String, Map<String, ?>, String> in(Locale locale) {
        return (key, arguments) -> MESSAGES.format(key, locale, arguments);
    }

    static TriageTime.Sample handled(String sent, String firstChange) {
        return new TriageTime.Sample(paris(sent), paris(firstChange));
    }

    @Test
    void medianAndNinetiethPercentileOfTheHandledOnesTheOthersCountedApart() {
        Instant now = paris("2026-11-30T12:00");
        TriageTime time = TriageTime.of(List.of(
                handled("2026-11-02T09:00", "2026-11-02T12:20"),   // 3 h 20
                handled("2026-11-03T09:00", "2026-11-05T10:00"),   // 2 days 1 h, 49 working hours
                handled("2026-11-20T17:00", "2026-11-23T10:00"),   // Friday → Monday: 2 days 17 h, 17 working hours
                new TriageTime.Sample(paris("2026-11-30T08:00"), null),   // this morning: not yet due
                new TriageTime.Sample(paris("2026-11-16T09:00"), null)),  // two weeks ago: overdue
                now, PARIS);

        assertThat(time.submitted()).isEqualTo(5);
        assertThat(time.handled()).isEqualTo(3);
        assertThat(time.notYetHandled()).isEqualTo(2);
        assertThat(time.median()).contains(Duration.ofHours(49));
        assertThat(time.p90()).contains(Duration.ofHours(65));
        assertThat(time.withinOneWorkingDay()).isEqualTo(2);
        assertThat(time.decided()).as("the overdue one counts as not handled in time").isEqualTo(4);
        assertThat(time.shareWithinOneWorkingDay()).contains(0.5);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleTimes() {
        TriageTime time = TriageTime.of(List.of(
                handled("2026-11-02T09:00", "2026-11-02T10:00"),
                handled("2026-11-02T09:00", "2026-11-02T12:00")), paris("2026-11-30T12:00"), PARIS);

        assertThat(time.median()).contains(Duration.ofMinutes(120));
        assertThat(time.p90()).contains(Duration.ofHours(3));
    }

    @Test
    void nothingHandledYetGivesNoTimes() {
        TriageTime time = TriageTime.of(List.of(new TriageTime.Sample(paris("2026-11-30T08:00"), null)),
                paris("2026-11-30T12:00"), PARIS);

        assertThat(time.median()).isEmpty();
        assertThat(time.shareWithinOneWorkingDay()).isEmpty();
        assertThat(TriageTimePanel.text(time, in(Messages.ENGLISH)))
                .isEqualTo("Triage time: 1 referral in the last 90 days. 1 not yet handled.");
    }

    @Test
    void inPlainWordsInBothLanguages() {
        TriageTime time = new TriageTime(5, 3, 2, java.util.Optional.of(Duration.ofMinutes(200)),
                java.util.Optional.of(Duration.ofHours(65)), 3, 4);

        assertThat(TriageTimePanel.text(time, in(Messages.ENGLISH))).isEqualTo(
                "Triage time: 5 referrals in the last 90 days. First status change after 3 h 20 min (median);"
                        + " 9 in 10 within 2 days 17 h. 75% handled within one working day. 2 not yet handled.");
        assertThat(TriageTimePanel.text(time, in(Messages.FRENCH)))
                .startsWith("Délai de prise en charge : 5 adressages ces 90 derniers jours.")
                .contains("après 3 h 20 min (médiane)", "moins de 2 jours 17 h", "2 pas encore traités.")
                .containsPattern("75\\h%");
    }

    @Test
    void durations() {
        assertThat(TriageTimePanel.duration(Duration.ofMinutes(45), in(Messages.ENGLISH))).isEqualTo("45 min");
        assertThat(TriageTimePanel.duration(Duration.ofHours(24), in(Messages.ENGLISH))).isEqualTo("1 day");
        assertThat(TriageTimePanel.duration(Duration.ofHours(4), in(Messages.ENGLISH))).isEqualTo("4 h");
        assertThat(TriageTimePanel.duration(Duration.ofMinutes(200), in(Messages.FRENCH))).isEqualTo("3 h 20 min");
        assertThat(TriageTimePanel.duration(Duration.ofHours(48), in(Messages.FRENCH))).isEqualTo("2 jours");
        assertThat(TriageTimePanel.duration(Duration.ofHours(25), in(Messages.FRENCH))).isEqualTo("1 jour 1 h");
    }
}
