package fr.chulille.passerelle.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Marks FAILED the mail left unfinished longer than {@code passerelle.mail.retry.stuck-after} (its instance crashed or
 * was killed while sending, or it was published and never started), so that {@link MailRetry} resubmits it: without
 * this, mail owed at a crash stayed PROCESSING and was never sent.
 * <p>
 * This is what Spring Modulith's staleness monitor did ({@code spring.modulith.events.staleness.*}, no longer set),
 * with the same rule — status PUBLISHED or PROCESSING, published before now minus stuck-after — but in one statement
 * that the database filters. The monitor read every publication of those statuses into the JVM at each check and
 * filtered them there: during a burst of submits all the owed mail is PUBLISHED (the mail yields to the referrers),
 * so every 10 s it loaded up to thousands of rows while the referrers needed the CPU (issue 17, docs/performance.md).
 * Like the monitor, it runs on every instance, without the outbox lock: the statement is idempotent.
 */
@Component
class StuckMail {

    static final String MARK_STUCK_FAILED = """
            UPDATE event_publication SET status = 'FAILED'
             WHERE completion_date IS NULL AND status IN ('PUBLISHED', 'PROCESSING') AND publication_date < ?""";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration stuckAfter;

    StuckMail(JdbcTemplate jdbc, Clock clock, @Value("${passerelle.mail.retry.stuck-after:PT5M}") Duration stuckAfter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.stuckAfter = stuckAfter;
    }

    /** @return how many publications it marked failed */
    @Scheduled(fixedDelayString = "${passerelle.mail.retry.check-interval:PT10S}",
            initialDelayString = "${passerelle.mail.retry.check-interval:PT10S}")
    int markStuckMailFailed() {
        return jdbc.update(MARK_STUCK_FAILED, OffsetDateTime.ofInstant(clock.instant().minus(stuckAfter), ZoneOffset.UTC));
    }
}
