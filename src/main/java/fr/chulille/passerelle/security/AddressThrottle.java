package fr.chulille.passerelle.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login attempts per client address in a sliding window: at most {@code maxAttempts} per
 * {@code window}. Held in memory: per instance, and forgotten on restart.
 */
@Component
class AddressThrottle {

    private static final int MAX_TRACKED_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxAttempts;
    private final Duration window;

    AddressThrottle(Clock clock,
                    @Value("${passerelle.login.max-attempts-per-address:20}") int maxAttempts,
                    @Value("${passerelle.login.address-window:PT15M}") Duration window) {
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.window = window;
    }

    /** Records one attempt from the address; false when the address is over its limit (then nothing is recorded). */
    boolean tryAttempt(String address) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(window);
        forgetIdleWhenCrowded(windowStart);
        boolean[] allowed = new boolean[1];
        attempts.compute(address, (key, times) -> {
            Deque<Instant> recent = times == null ? new ArrayDeque<>() : times;
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(windowStart)) {
                recent.pollFirst();
            }
            allowed[0] = recent.size() < maxAttempts;
            if (allowed[0]) {
                recent.addLast(now);
            }
            return recent;
        });
        return allowed[0];
    }

    Duration window() {
        return window;
    }

    private void forgetIdleWhenCrowded(Instant windowStart) {
        if (attempts.size() > MAX_TRACKED_ADDRESSES) {
            attempts.values().removeIf(times -> times.isEmpty() || !times.peekLast().isAfter(windowStart));
        }
    }
}
