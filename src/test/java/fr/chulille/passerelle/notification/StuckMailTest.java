package fr.chulille.passerelle.notification;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail left unfinished longer than stuck-after (5 min by default) is marked FAILED in the database, so that the retry
 * resends it (issue 17: in one filtered statement instead of Spring Modulith's monitor, which read every row); on H2 and,
 * in the PostgreSQL run, on PostgreSQL.
 */
@SpringBootTest
class StuckMailTest {

    /** No listener has this id: the retry finds nothing to send for these rows. */
    static final String LISTENER = "StuckMailTest.noListener";

    @Autowired
    StuckMail stuckMail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Value("${passerelle.mail.retry.stuck-after}")
    Duration stuckAfter;

    @AfterEach
    void removeTheRows() {
        jdbc.update("DELETE FROM event_publication WHERE listener_id = ?", LISTENER);
    }

    @Test
    void mailPublishedOrBeingSentLongerThanStuckAfterIsMarkedFailedAndNothingElse() {
        // stuck-after is 5 s in the tests; "not stuck yet" is dated ahead, so that a slow machine cannot age it
        Instant longAgo = Instant.now().minus(stuckAfter).minus(Duration.ofMinutes(1));
        Instant notStuckYet = Instant.now().plus(Duration.ofMinutes(10));
        UUID publishedLongAgo = publication("PUBLISHED", longAgo, null);
        UUID sendingLongAgo = publication("PROCESSING", longAgo, null);
        UUID publishedJustNow = publication("PUBLISHED", notStuckYet, null);
        UUID sendingJustNow = publication("PROCESSING", notStuckYet, null);
        UUID sentLongAgo = publication("COMPLETED", longAgo, longAgo);
        UUID resubmittedLongAgo = publication("RESUBMITTED", longAgo, null);

        stuckMail.markStuckMailFailed(); // the scheduled run (every second in the tests) may have done it already

        assertThat(status(publishedLongAgo)).isEqualTo("FAILED");
        assertThat(status(sendingLongAgo)).isEqualTo("FAILED");
        assertThat(status(publishedJustNow)).isEqualTo("PUBLISHED");
        assertThat(status(sendingJustNow)).isEqualTo("PROCESSING");
        assertThat(status(sentLongAgo)).isEqualTo("COMPLETED");
        assertThat(status(resubmittedLongAgo)).isEqualTo("RESUBMITTED");
    }

    @Test
    void springModulithsOwnMonitorDoesNotRunAnyMore() {
        assertThat(context.getEnvironment().getProperty("spring.modulith.events.staleness.published")).isNull();
        assertThat(context.getEnvironment().getProperty("spring.modulith.events.staleness.processing")).isNull();
    }

    private UUID publication(String status, Instant published, Instant completed) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                        INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                                       completion_date, status, completion_attempts)
                        VALUES (?, ?, 'java.lang.String', '"stuck"', ?, ?, ?, 0)""",
                id, LISTENER, OffsetDateTime.ofInstant(published, ZoneOffset.UTC),
                completed == null ? null : OffsetDateTime.ofInstant(completed, ZoneOffset.UTC), status);
        return id;
    }

    private String status(UUID id) {
        return jdbc.queryForObject("SELECT status FROM event_publication WHERE id = ?", String.class, id);
    }
}
