package fr.chulille.passerelle.triage;

import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

/**
 * The French public holidays (jours fériés) of the whole country: eight on fixed dates (1 January,
 * 1 May, 8 May, 14 July, 15 August, 1 November, 11 November, 25 December) and three that follow Easter
 * (Easter Monday, Ascension Thursday = Easter + 39 days, Whit Monday = Easter + 50 days). Whit Monday
 * counts as a holiday although it is a "journée de solidarité" in some workplaces.
 * <p>
 * Not applied: the two extra days of Alsace-Moselle (Good Friday and 26 December) — the trial's
 * centre is in Lille — nor those of the overseas departments. Pure Java, no Spring.
 */
public final class FrenchPublicHolidays {

    private FrenchPublicHolidays() {
    }

    /** Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /** The eleven public holidays of a year. */
    public static Set<LocalDate> of(int year) {
        LocalDate easter = easterSunday(year);
        return Set.of(
                LocalDate.of(year, Month.JANUARY, 1),
                easter.plusDays(1),
                LocalDate.of(year, Month.MAY, 1),
                LocalDate.of(year, Month.MAY, 8),
                easter.plusDays(39),
                easter.plusDays(50),
                LocalDate.of(year, Month.JULY, 14),
                LocalDate.of(year, Month.AUGUST, 15),
                LocalDate.of(year, Month.NOVEMBER, 1),
                LocalDate.of(year, Month.NOVEMBER, 11),
                LocalDate.of(year, Month.DECEMBER, 25));
    }

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).contains(date);
    }
}
