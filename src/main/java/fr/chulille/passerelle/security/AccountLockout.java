package fr.chulille.passerelle.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Consecutive failed logins per username: the {@code maxFailures}-th locks the username for
 * {@code lockDuration}; a successful login resets the count. Unknown usernames are counted and locked
 * too, so that the answer never tells whether an account exists. Held in memory: per instance, and
 * forgotten on restart.
 */
@Component
class AccountLockout {

    private record Failures(int count, Instant lockedUntil) {
    }

    private static final int MAX_TRACKED_USERNAMES = 10_000;
    /** The width of the username column: no account has a longer one. */
    private static final int MAX_USERNAME_LENGTH = 100;
    private static final String OVER_LONG = "\u0000over-long";

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    AccountLockout(Clock clock,
                   @Value("${passerelle.login.max-failures-per-account:5}") int maxFailures,
                   @Value("${passerelle.login.lock-duration:PT15M}") Duration lockDuration) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    boolean isLocked(String username) {
        Failures current = failures.get(key(username));
        return current != null && current.lockedUntil() != null && clock.instant().isBefore(current.lockedUntil());
    }

    /** Counts one failure; true when this failure locks the username. */
    boolean recordFailure(String username) {
        Instant now = clock.instant();
        forgetUnlockedWhenCrowded(now);
        Failures updated = failures.compute(key(username), (name, previous) -> {
            boolean lockExpired = previous != null && previous.lockedUntil() != null && !now.isBefore(previous.lockedUntil());
            int count = previous == null || lockExpired ? 1 : previous.count() + 1;
            return new Failures(count, count >= maxFailures ? now.plus(lockDuration) : null);
        });
        return updated.count() == maxFailures;
    }

    /** Bounds the memory that a flood of made-up usernames could take (the per-address limit slows it first). */
    private void forgetUnlockedWhenCrowded(Instant now) {
        if (failures.size() > MAX_TRACKED_USERNAMES) {
            failures.values().removeIf(f -> f.lockedUntil() == null || !now.isBefore(f.lockedUntil()));
        }
    }

    void recordSuccess(String username) {
        failures.remove(key(username));
    }

    Duration lockDuration() {
        return lockDuration;
    }

    /** Usernames longer than any account's share one entry: a flood of 2 MB usernames cannot fill the memory. */
    private static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() <= MAX_USERNAME_LENGTH ? key : OVER_LONG;
    }
}
