package fr.chulille.passerelle.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Login attempts per client in a sliding window: at most {@code maxAttempts} per {@code window}. Kept in
 * the database (tables {@code login_client}, {@code login_attempt}): the limit is global across
 * instances. A client is its address in canonical form; every loopback address (127.0.0.1, ::1, …) is
 * one client.
 */
@Component
class AddressThrottle {

    static final String LOOPBACK = "loopback";
    private static final int MAX_CLIENT_LENGTH = 64;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration window;

    AddressThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
                    @Value("${passerelle.login.max-attempts-per-address:20}") int maxAttempts,
                    @Value("${passerelle.login.address-window:PT15M}") Duration window) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.window = window;
    }

    /** Records one attempt from the address; false when the client is over its limit (then nothing is recorded). */
    boolean tryAttempt(String address) {
        String client = client(address);
        Instant now = clock.instant();
        Timestamp windowStart = Timestamp.from(now.minus(window));
        ensureRow(client);
        return Boolean.TRUE.equals(transaction.execute(status -> {
            // the client's row stays locked until its attempt is recorded: instances count one after the other
            jdbc.queryForList("SELECT client FROM login_client WHERE client = ? FOR UPDATE", String.class, client);
            jdbc.update("DELETE FROM login_attempt WHERE client = ? AND attempted_at <= ?", client, windowStart);
            int recent = jdbc.queryForObject("SELECT COUNT(*) FROM login_attempt WHERE client = ?", Integer.class, client);
            if (recent >= maxAttempts) {
                return false;
            }
            jdbc.update("INSERT INTO login_attempt (id, client, attempted_at) VALUES (?, ?, ?)",
                    UUID.randomUUID(), client, Timestamp.from(now));
            return true;
        }));
    }

    Duration window() {
        return window;
    }

    /** Forgets attempts that left the window (run by {@link LoginThrottleCleanup}). */
    int forgetOld() {
        return jdbc.update("DELETE FROM login_attempt WHERE attempted_at <= ?", Timestamp.from(clock.instant().minus(window)));
    }

    /** The address in canonical form (so that two spellings of one IPv6 address are one client); loopback is one client. */
    static String client(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        try {
            InetAddress parsed = InetAddress.ofLiteral(address.strip());
            if (parsed.isLoopbackAddress()) {
                return LOOPBACK;
            }
            String canonical = parsed.getHostAddress();
            return canonical.length() <= MAX_CLIENT_LENGTH ? canonical : canonical.substring(0, MAX_CLIENT_LENGTH);
        } catch (IllegalArgumentException notAnAddress) {
            String text = LogText.safe(address);
            return text.length() <= MAX_CLIENT_LENGTH ? text : text.substring(0, MAX_CLIENT_LENGTH);
        }
    }

    private void ensureRow(String client) {
        try {
            newTransaction.executeWithoutResult(status -> {
                if (jdbc.queryForObject("SELECT COUNT(*) FROM login_client WHERE client = ?", Integer.class, client) == 0) {
                    jdbc.update("INSERT INTO login_client (client) VALUES (?)", client);
                }
            });
        } catch (DuplicateKeyException insertedMeanwhile) {
            // another instance created it: fine
        }
    }
}
