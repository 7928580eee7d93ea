package fr.chulille.passerelle.referral;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Year;

/**
 * Human references PAS-2026-0007 from the counter row {@code reference_counter}, incremented in the
 * referral's own transaction: the row stays locked until that transaction ends, so two submits never
 * get the same number, and a rolled-back or crashed submit gives its number back (no gap, unlike a
 * database sequence, which caches numbers and hands them out outside transactions).
 */
@Component
class ReferenceNumbers {

    private static final String COUNTER = "referral";

    private final JdbcTemplate jdbc;

    ReferenceNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The number runs on across years; the year only tells when the referral came. */
    @Transactional(propagation = Propagation.MANDATORY)
    String next(Year year) {
        jdbc.update("UPDATE reference_counter SET last_value = last_value + 1 WHERE name = ?", COUNTER);
        Long number = jdbc.queryForObject("SELECT last_value FROM reference_counter WHERE name = ?", Long.class, COUNTER);
        return "PAS-%d-%04d".formatted(year.getValue(), number);
    }
}
