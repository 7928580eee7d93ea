package fr.chulille.passerelle.triage;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Working time in a time zone (the trial's: Europe/Paris): every hour of Monday to Friday counts, except
 * on {@link FrenchPublicHolidays}; Saturdays, Sundays and public holidays do not count at all.
 * <p>
 * <b>Handled within one working day</b> means: the working time elapsed between the submission and the
 * first status change is at most 24 hours. Sent on Friday at 17:00 and handled on Monday at 10:00 is
 * 7 + 10 = 17 working hours: within one working day. Sent on Saturday, the clock starts on Monday at
 * 00:00. Office hours are not modelled: a working day is the whole calendar day. Pure Java, no Spring.
 */
public final class WorkingTime {

    /** The limit of "within one working day". */
    public static final Duration ONE_WORKING_DAY = Duration.ofHours(24);

    private WorkingTime() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !FrenchPublicHolidays.isHoliday(date);
    }

    /** The working time between two instants (zero if {@code to} is not after {@code from}). */
    public static Duration between(Instant from, Instant to, ZoneId zone) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            // the real start and end of the day (23 or 25 hours on the days the clocks change)
            Instant start = max(from, day.atStartOfDay(zone).toInstant());
            Instant end = min(to, day.plusDays(1).atStartOfDay(zone).toInstant());
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    /** Whether a first status change at {@code handled} came within one working day of {@code submitted}. */
    public static boolean withinOneWorkingDay(Instant submitted, Instant handled, ZoneId zone) {
        return between(submitted, handled, zone).compareTo(ONE_WORKING_DAY) <= 0;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
