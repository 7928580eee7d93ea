package fr.chulille.passerelle.referral;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Year;
import java.util.UUID;

/**
 * Human references PAS-2026-0007 from the counter row {@code reference_counter}, incremented in the
 * referral's own transaction: the row stays locked until that transaction ends, so two submits never
 * get the same number, and a rolled-back or crashed submit gives its number back (no gap, unlike a
 * database sequence, which caches numbers and hands them out outside transactions).
 * <p>
 * The lock is what serialises concurrent submits, so it is taken last (issue 17): the referral is already
 * stored under a provisional reference ({@link #provisional}, never committed), and one statement increments
 * the counter and writes the reference into the referral on PostgreSQL (a data-modifying {@code WITH}); on H2,
 * the increment returns the new value ({@code FINAL TABLE}) and a second statement writes it (in-process, no
 * round trip). Then only the commit remains under the lock.
 */
@Component
class ReferenceNumbers {

    private static final String COUNTER = "referral";
    private static final String PROVISIONAL_PREFIX = "TMP-";

    private static final String POSTGRESQL = """
            WITH counter AS (
                UPDATE reference_counter SET last_value = last_value + 1 WHERE name = ? RETURNING last_value)
            UPDATE referral SET reference = 'PAS-' || ? || '-'
                || CASE WHEN counter.last_value < 10000 THEN lpad(counter.last_value::text, 4, '0') ELSE counter.last_value::text END
              FROM counter
             WHERE referral.id = ?
            RETURNING referral.reference""";
    private static final String H2_INCREMENT =
            "SELECT last_value FROM FINAL TABLE (UPDATE reference_counter SET last_value = last_value + 1 WHERE name = ?)";

    private final JdbcTemplate jdbc;
    private volatile Boolean postgresql;

    ReferenceNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The reference a referral is stored with until {@link #number} gives it its own, in the same transaction:
     * unique (the referral's id), never of the form {@code PAS-…}, never committed.
     */
    static String provisional(UUID referralId) {
        return PROVISIONAL_PREFIX + referralId.toString().replace("-", "").substring(0, 16);
    }

    /**
     * Takes the next number and writes the reference into the stored referral; the number runs on across years,
     * the year only tells when the referral came. Locks the counter row until the transaction ends: call it last.
     *
     * @return the referral's reference
     */
    @Transactional(propagation = Propagation.MANDATORY)
    String number(UUID referralId, Year year) {
        String reference;
        if (isPostgreSql()) {
            reference = jdbc.queryForObject(POSTGRESQL, String.class, COUNTER, String.valueOf(year.getValue()), referralId);
        } else {
            Long number = jdbc.queryForObject(H2_INCREMENT, Long.class, COUNTER);
            reference = format(year, number);
            if (jdbc.update("UPDATE referral SET reference = ? WHERE id = ?", reference, referralId) != 1) {
                reference = null;
            }
        }
        if (reference == null) {
            throw new IllegalStateException("No stored referral " + referralId + " to number");
        }
        return reference;
    }

    static String format(Year year, long number) {
        return "PAS-%d-%04d".formatted(year.getValue(), number);
    }

    private boolean isPostgreSql() {
        Boolean known = postgresql;
        if (known == null) {
            String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            known = "PostgreSQL".equals(database);
            postgresql = known;
        }
        return known;
    }
}
