package fr.chulille.passerelle.followup;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Unknown status-page tokens per client (its address) in a sliding window, kept in the database (table
 * {@code status_link_failure}) so the limit holds across instances: at {@code max-failures} within the
 * window the client gets "too many attempts" and no token is looked up. With 256-bit tokens, guessing is
 * hopeless anyway; the limit keeps it from costing the portal anything.
 */
@Component
class StatusLinkThrottle {

    private static final int MAX_CLIENT_LENGTH = 64;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    StatusLinkThrottle(JdbcTemplate jdbc, Clock clock,
                       @Value("${passerelle.status-link.max-failures:10}") int maxFailures,
                       @Value("${passerelle.status-link.failure-window:PT10M}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    @Transactional(readOnly = true)
    boolean isBlocked(String address) {
        Integer recent = jdbc.queryForObject("SELECT COUNT(*) FROM status_link_failure WHERE client = ? AND failed_at > ?",
                Integer.class, client(address), Timestamp.from(clock.instant().minus(window)));
        return recent != null && recent >= maxFailures;
    }

    /** Committed on its own, whatever happens to the request's transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String address) {
        jdbc.update("DELETE FROM status_link_failure WHERE failed_at <= ?", Timestamp.from(clock.instant().minus(window)));
        jdbc.update("INSERT INTO status_link_failure (id, client, failed_at) VALUES (?, ?, ?)",
                UUID.randomUUID(), client(address), Timestamp.from(clock.instant()));
    }

    Duration window() {
        return window;
    }

    static String client(String address) {
        String client = address == null || address.isBlank() ? "unknown" : address.strip();
        return client.length() > MAX_CLIENT_LENGTH ? client.substring(0, MAX_CLIENT_LENGTH) : client;
    }
}
