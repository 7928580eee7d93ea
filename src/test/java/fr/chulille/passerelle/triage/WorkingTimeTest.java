package fr.chulille.passerelle.triage;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingTimeTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

    @Test
    void easterByTheAnonymousGregorianAlgorithm() {
        assertThat(FrenchPublicHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(FrenchPublicHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(FrenchPublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(FrenchPublicHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(FrenchPublicHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(FrenchPublicHolidays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
    }

    @Test
    void theElevenHolidaysOf2026() {
        assertThat(FrenchPublicHolidays.of(2026)).containsExactlyInAnyOrder(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 7, 14), LocalDate.of(2026, 8, 15), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 11), LocalDate.of(2026, 12, 25));
        // Alsace-Moselle's Good Friday and 26 December are not applied
        assertThat(FrenchPublicHolidays.isHoliday(LocalDate.of(2026, 4, 3))).isFalse();
        assertThat(FrenchPublicHolidays.isHoliday(LocalDate.of(2026, 12, 26))).isFalse();
    }

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertThat(WorkingTime.isWorkingDay(LocalDate.of(2026, 11, 27))).as("a Friday").isTrue();
        assertThat(WorkingTime.isWorkingDay(LocalDate.of(2026, 11, 28))).as("a Saturday").isFalse();
        assertThat(WorkingTime.isWorkingDay(LocalDate.of(2026, 11, 29))).as("a Sunday").isFalse();
        assertThat(WorkingTime.isWorkingDay(LocalDate.of(2027, 5, 6))).as("Ascension 2027").isFalse();
        assertThat(WorkingTime.isWorkingDay(LocalDate.of(2027, 5, 17))).as("Whit Monday 2027").isFalse();
    }

    @Test
    void sentFridayAtFiveHandledMondayAtTenIsWithinOneWorkingDay() {
        Instant sent = paris("2026-11-27T17:00");
        Instant handled = paris("2026-11-30T10:00");

        assertThat(WorkingTime.between(sent, handled, PARIS)).isEqualTo(Duration.ofHours(17));
        assertThat(WorkingTime.withinOneWorkingDay(sent, handled, PARIS)).isTrue();
        assertThat(WorkingTime.withinOneWorkingDay(sent, paris("2026-12-01T10:00"), PARIS))
                .as("Tuesday 10:00 is 41 working hours later").isFalse();
    }

    @Test
    void theDayBeforeAHolidayWaitsForTheNextWorkingDay() {
        // Tuesday 10 November 2026 at 15:00; Wednesday 11 November is Armistice Day
        Instant sent = paris("2026-11-10T15:00");

        assertThat(WorkingTime.withinOneWorkingDay(sent, paris("2026-11-12T14:00"), PARIS)).isTrue();
        assertThat(WorkingTime.withinOneWorkingDay(sent, paris("2026-11-12T15:00"), PARIS)).isTrue();
        assertThat(WorkingTime.withinOneWorkingDay(sent, paris("2026-11-12T15:01"), PARIS)).isFalse();
    }

    @Test
    void sentOnASaturdayTheClockStartsOnMonday() {
        Instant sent = paris("2026-11-28T11:00");

        assertThat(WorkingTime.between(sent, paris("2026-11-30T09:30"), PARIS)).isEqualTo(Duration.ofMinutes(570));
        assertThat(WorkingTime.withinOneWorkingDay(sent, paris("2026-11-30T23:59"), PARIS)).isTrue();
        assertThat(WorkingTime.withinOneWorkingDay(sent, paris("2026-12-01T00:01"), PARIS)).isFalse();
    }

    @Test
    void anEasterWeekendCountsFromFridayToTuesday() {
        // Good Friday 2027 is 26 March (a working day outside Alsace-Moselle), Easter Monday 29 March
        Instant sent = paris("2027-03-26T18:00");

        assertThat(WorkingTime.between(sent, paris("2027-03-30T18:00"), PARIS)).isEqualTo(Duration.ofHours(24));
        assertThat(WorkingTime.withinOneWorkingDay(sent, paris("2027-03-30T18:00"), PARIS)).isTrue();
        assertThat(WorkingTime.withinOneWorkingDay(sent, paris("2027-03-30T18:01"), PARIS)).isFalse();
    }

    @Test
    void theDayTheClocksGoForwardHasTwentyThreeHours() {
        // Sunday 29 March 2026 is not a working day; Monday 30 March is a whole 24-hour day again
        assertThat(WorkingTime.between(paris("2026-03-27T00:00"), paris("2026-03-31T00:00"), PARIS))
                .isEqualTo(Duration.ofHours(48));
        assertThat(WorkingTime.between(paris("2026-03-31T12:00"), paris("2026-03-31T11:00"), PARIS)).isZero();
    }
}
