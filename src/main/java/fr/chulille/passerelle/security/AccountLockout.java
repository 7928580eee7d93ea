package fr.chulille.passerelle.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Consecutive failed logins per username: the {@code maxFailures}-th locks the username for
 * {@code lockDuration}; a successful login resets the count. Unknown usernames are counted and locked
 * too, so that the answer never tells whether an account exists. Kept in the database (table
 * {@code login_failure}): every instance sees the same counts, and a restart forgets nothing.
 */
@Component
class AccountLockout {

    private record Failures(int count, Timestamp lockedUntil) {
    }

    /** The width of the username column: no account has a longer one. */
    private static final int MAX_USERNAME_LENGTH = 100;
    private static final String OVER_LONG = "\u0000over-long";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    AccountLockout(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
                   @Value("${passerelle.login.max-failures-per-account:5}") int maxFailures,
                   @Value("${passerelle.login.lock-duration:PT15M}") Duration lockDuration) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    boolean isLocked(String username) {
        List<Timestamp> lockedUntil = jdbc.queryForList(
                "SELECT locked_until FROM login_failure WHERE username_key = ?", Timestamp.class, key(username));
        return !lockedUntil.isEmpty() && lockedUntil.getFirst() != null
                && clock.instant().isBefore(lockedUntil.getFirst().toInstant());
    }

    /** Counts one failure; true when this failure locks the username. */
    boolean recordFailure(String username) {
        String key = key(username);
        Instant now = clock.instant();
        ensureRow(key, now);
        return Boolean.TRUE.equals(transaction.execute(status -> {
            // the row stays locked until the count is written: two instances never lose a failure
            Failures current = jdbc.queryForObject(
                    "SELECT failures, locked_until FROM login_failure WHERE username_key = ? FOR UPDATE",
                    (row, i) -> new Failures(row.getInt("failures"), row.getTimestamp("locked_until")), key);
            Timestamp lockedUntil = current.lockedUntil();
            boolean lockExpired = lockedUntil != null && !now.isBefore(lockedUntil.toInstant());
            int count = lockExpired ? 1 : current.count() + 1;
            Instant newLock = count >= maxFailures ? now.plus(lockDuration) : null;
            jdbc.update("UPDATE login_failure SET failures = ?, locked_until = ?, last_failure = ? WHERE username_key = ?",
                    count, newLock == null ? null : Timestamp.from(newLock), Timestamp.from(now), key);
            return count == maxFailures;
        }));
    }

    void recordSuccess(String username) {
        jdbc.update("DELETE FROM login_failure WHERE username_key = ?", key(username));
    }

    /** Forgets failures older than a lock and locks that have expired (run by {@link LoginThrottleCleanup}). */
    int forgetOld() {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.update("DELETE FROM login_failure WHERE last_failure < ? AND (locked_until IS NULL OR locked_until < ?)",
                Timestamp.from(clock.instant().minus(lockDuration)), now);
    }

    Duration lockDuration() {
        return lockDuration;
    }

    /** In a transaction of its own: a concurrent insert by another instance is not an error. */
    private void ensureRow(String key, Instant now) {
        try {
            newTransaction.executeWithoutResult(status -> {
                if (jdbc.queryForObject("SELECT COUNT(*) FROM login_failure WHERE username_key = ?", Integer.class, key) == 0) {
                    jdbc.update("INSERT INTO login_failure (username_key, failures, locked_until, last_failure) VALUES (?, 0, NULL, ?)",
                            key, Timestamp.from(now));
                }
            });
        } catch (DuplicateKeyException insertedMeanwhile) {
            // another instance created it: fine
        }
    }

    /** Usernames longer than any account's share one entry: a flood of 2 MB usernames cannot fill the table. */
    private static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() <= MAX_USERNAME_LENGTH ? key : OVER_LONG;
    }
}
