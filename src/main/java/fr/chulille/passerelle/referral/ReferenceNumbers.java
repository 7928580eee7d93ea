package fr.chulille.passerelle.referral;

import org.springframework.jdbc.core.ConnectionCallback;
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
 * <p>
 * The lock is what serialises concurrent submits, so it is taken as late as possible (after the event
 * publications are written, see {@link ReferralService#submit}) and in one statement: the increment returns
 * the new value ({@code UPDATE … RETURNING} on PostgreSQL, H2's {@code FINAL TABLE}), no second read.
 */
@Component
class ReferenceNumbers {

    private static final String COUNTER = "referral";

    private final JdbcTemplate jdbc;
    private volatile String increment;

    ReferenceNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The number runs on across years; the year only tells when the referral came. */
    @Transactional(propagation = Propagation.MANDATORY)
    String next(Year year) {
        Long number = jdbc.queryForObject(increment(), Long.class, COUNTER);
        return "PAS-%d-%04d".formatted(year.getValue(), number);
    }

    private String increment() {
        String sql = increment;
        if (sql == null) {
            String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            sql = "PostgreSQL".equals(database)
                    ? "UPDATE reference_counter SET last_value = last_value + 1 WHERE name = ? RETURNING last_value"
                    : "SELECT last_value FROM FINAL TABLE (UPDATE reference_counter SET last_value = last_value + 1 WHERE name = ?)";
            increment = sql;
        }
        return sql;
    }
}
