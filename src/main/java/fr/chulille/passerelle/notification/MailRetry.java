package fr.chulille.passerelle.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Spring Modulith does not retry failed publications while the application runs: this resubmits
 * each one once its back-off has passed (doubling from the initial delay up to the maximum).
 */
@Component
class MailRetry {

    private final FailedEventPublications failedPublications;
    private final Clock clock;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    MailRetry(FailedEventPublications failedPublications, Clock clock,
              @Value("${passerelle.mail.retry.initial-backoff:PT30S}") Duration initialBackoff,
              @Value("${passerelle.mail.retry.max-backoff:PT30M}") Duration maxBackoff) {
        this.failedPublications = failedPublications;
        this.clock = clock;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    @Scheduled(fixedDelayString = "${passerelle.mail.retry.check-interval:PT10S}",
            initialDelayString = "${passerelle.mail.retry.check-interval:PT10S}")
    void resubmitFailedMails() {
        failedPublications.resubmit(ResubmissionOptions.defaults().withFilter(this::isDue));
    }

    boolean isDue(EventPublication publication) {
        Instant lastTry = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate() : publication.getPublicationDate();
        return !clock.instant().isBefore(lastTry.plus(backoff(publication.getCompletionAttempts())));
    }

    /** initial, 2 × initial, 4 × initial, … never more than the maximum. */
    Duration backoff(int attempts) {
        Duration delay = initialBackoff;
        for (int i = 1; i < attempts && delay.compareTo(maxBackoff) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
