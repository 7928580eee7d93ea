package fr.chulille.passerelle.notification;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MailRetryTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    final MailRetry retry = new MailRetry(null, null, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(30),
            Duration.ofMinutes(30), Duration.ofMinutes(5), Duration.ofSeconds(30));

    @Test
    void theBackoffDoublesUpToTheMaximum() {
        assertThat(retry.backoff(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(retry.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(retry.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(retry.backoff(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(retry.backoff(7)).isEqualTo(Duration.ofMinutes(30));
        assertThat(retry.backoff(1000)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aFailedMailIsResubmittedOnlyOnceItsBackoffHasPassed() {
        assertThat(retry.isDue(publication(NOW.minusSeconds(29), null, 1))).isFalse();
        assertThat(retry.isDue(publication(NOW.minusSeconds(30), null, 1))).isTrue();
        assertThat(retry.isDue(publication(NOW.minusSeconds(3600), NOW.minusSeconds(100), 3))).isFalse();
        assertThat(retry.isDue(publication(NOW.minusSeconds(3600), NOW.minusSeconds(120), 3))).isTrue();
    }

    @Test
    void aMailLeftUnfinishedByAStoppedInstanceIsResubmittedOnceItIsStuckNotBefore() {
        assertThat(retry.isDue(publication(NOW.minusSeconds(299), null, 0, EventPublication.Status.PROCESSING))).isFalse();
        assertThat(retry.isDue(publication(NOW.minusSeconds(300), null, 0, EventPublication.Status.PROCESSING))).isTrue();
        assertThat(retry.isDue(publication(NOW.minusSeconds(3600), NOW.minusSeconds(60), 1, EventPublication.Status.RESUBMITTED)))
                .isFalse();
    }

    private static EventPublication publication(Instant published, Instant lastResubmission, int attempts) {
        return publication(published, lastResubmission, attempts, EventPublication.Status.FAILED);
    }

    private static EventPublication publication(Instant published, Instant lastResubmission, int attempts,
                                                EventPublication.Status status) {
        return new EventPublication() {
            public UUID getIdentifier() {
                return UUID.randomUUID();
            }

            public Object getEvent() {
                return new Object();
            }

            public Instant getPublicationDate() {
                return published;
            }

            public Optional<Instant> getCompletionDate() {
                return Optional.empty();
            }

            public Status getStatus() {
                return status;
            }

            public Instant getLastResubmissionDate() {
                return lastResubmission;
            }

            public int getCompletionAttempts() {
                return attempts;
            }
        };
    }
}
