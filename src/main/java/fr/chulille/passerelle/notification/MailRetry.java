package fr.chulille.passerelle.notification;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The mail outbox's two jobs, each run by one instance at a time (ShedLock lock {@value #LOCK}):
 * <ul>
 * <li>at start-up, every incomplete publication is resubmitted (mail owed when the portal stopped or
 * crashed) — Spring Modulith's own republication on restart is off, as it runs on every instance;</li>
 * <li>on a schedule, a failed publication is resubmitted once its back-off has passed (doubling from the
 * initial delay up to the maximum), and one left unfinished longer than {@code stuck-after} (its instance
 * stopped while sending) too.</li>
 * </ul>
 * A mail recorded as sent, or being sent by another attempt, is never sent again ({@link ReferralMailer}).
 */
@Component
class MailRetry {

    static final String LOCK = "mail-outbox";

    private static final Logger log = LoggerFactory.getLogger(MailRetry.class);

    private final IncompleteEventPublications publications;
    private final Clock clock;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration stuckAfter;

    MailRetry(IncompleteEventPublications publications, Clock clock,
              @Value("${passerelle.mail.retry.initial-backoff:PT30S}") Duration initialBackoff,
              @Value("${passerelle.mail.retry.max-backoff:PT30M}") Duration maxBackoff,
              @Value("${passerelle.mail.retry.stuck-after:PT5M}") Duration stuckAfter) {
        this.publications = publications;
        this.clock = clock;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.stuckAfter = stuckAfter;
    }

    @Scheduled(fixedDelayString = "${passerelle.mail.retry.check-interval:PT10S}",
            initialDelayString = "${passerelle.mail.retry.check-interval:PT10S}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void resubmitOwedMails() {
        publications.resubmitIncompletePublications(ResubmissionOptions.defaults().withFilter(this::isDue));
    }

    /** For {@link RepublicationOnStart}: a restart resends what was owed, under the same lock as the retry. */
    void resubmitEverythingOwed() {
        publications.resubmitIncompletePublications(ResubmissionOptions.defaults());
    }

    boolean isDue(EventPublication publication) {
        Instant lastTry = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate() : publication.getPublicationDate();
        Duration wait = publication.getStatus() == EventPublication.Status.FAILED
                ? backoff(publication.getCompletionAttempts()) : stuckAfter;
        return !clock.instant().isBefore(lastTry.plus(wait));
    }

    /** initial, 2 × initial, 4 × initial, … never more than the maximum. */
    Duration backoff(int attempts) {
        Duration delay = initialBackoff;
        for (int i = 1; i < attempts && delay.compareTo(maxBackoff) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }

    /** At start-up: the republication of what was owed, by one instance at a time. */
    @Component
    static class RepublicationOnStart {

        private final MailRetry retry;
        private final LockingTaskExecutor locks;

        RepublicationOnStart(MailRetry retry, LockingTaskExecutor locks) {
            this.retry = retry;
            this.locks = locks;
        }

        @EventListener(ApplicationReadyEvent.class)
        void republishOwedMail() throws Throwable {
            LockingTaskExecutor.TaskResult<Boolean> result = locks.executeWithLock(() -> {
                retry.resubmitEverythingOwed();
                return true;
            }, new LockConfiguration(Instant.now(), LOCK, Duration.ofMinutes(10), Duration.ZERO));
            if (!result.wasExecuted()) {
                log.info("Another instance holds the lock '{}': mail owed from before this start is resent by the retry",
                        LOCK);
            }
        }
    }
}
