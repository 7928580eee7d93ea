package fr.chulille.passerelle.notification;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
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
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The mail outbox's two jobs, each run by one instance at a time (ShedLock lock {@value #LOCK}):
 * <ul>
 * <li>at start-up, every incomplete publication is resubmitted (mail owed when the portal stopped or
 * crashed) — Spring Modulith's own republication on restart is off, as it runs on every instance; if the
 * lock is taken then, the retry's first run that gets it does this instead;</li>
 * <li>on a schedule, a failed publication is resubmitted once its back-off has passed (doubling from the
 * initial delay up to the maximum), and one left unfinished longer than {@code stuck-after} (its instance
 * stopped while sending) too.</li>
 * </ul>
 * A mail recorded as sent, or being sent by another attempt, is never sent again ({@link ReferralMailer}).
 * <p>
 * The lock is held at most {@code lock-at-most-for} (30 s by default): an instance killed while holding it
 * (the retry runs every few seconds, so a crash often lands there) must not hold back the mail of the
 * instance that starts next for long. Should a run last longer, two instances may resubmit at once; the
 * mailer's claim still lets each mail go once.
 */
@Component
class MailRetry {

    static final String LOCK = "mail-outbox";

    private static final Logger log = LoggerFactory.getLogger(MailRetry.class);

    private final IncompleteEventPublications publications;
    private final LockingTaskExecutor locks;
    private final Clock clock;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration stuckAfter;
    private final Duration lockAtMostFor;
    private final AtomicBoolean owedFromBeforeStart = new AtomicBoolean(true);

    MailRetry(IncompleteEventPublications publications, LockingTaskExecutor locks, Clock clock,
              @Value("${passerelle.mail.retry.initial-backoff:PT30S}") Duration initialBackoff,
              @Value("${passerelle.mail.retry.max-backoff:PT30M}") Duration maxBackoff,
              @Value("${passerelle.mail.retry.stuck-after:PT5M}") Duration stuckAfter,
              @Value("${passerelle.mail.retry.lock-at-most-for:PT30S}") Duration lockAtMostFor) {
        this.publications = publications;
        this.locks = locks;
        this.clock = clock;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.stuckAfter = stuckAfter;
        this.lockAtMostFor = lockAtMostFor;
    }

    @Scheduled(fixedDelayString = "${passerelle.mail.retry.check-interval:PT10S}",
            initialDelayString = "${passerelle.mail.retry.check-interval:PT10S}")
    void resubmitOwedMails() {
        locks.executeWithLock((Runnable) () -> {
            if (owedFromBeforeStart.get()) {
                resubmitEverything();
            } else {
                publications.resubmitIncompletePublications(ResubmissionOptions.defaults().withFilter(this::isDue));
            }
        }, lock());
    }

    /**
     * For {@link RepublicationOnStart}: a restart resends what was owed, under the same lock as the retry.
     * While another instance (or one killed holding it) keeps the lock, the retry does it at its first turn.
     */
    boolean resubmitEverythingOwed() throws Throwable {
        return locks.executeWithLock(() -> {
            resubmitEverything();
            return true;
        }, lock()).wasExecuted();
    }

    private void resubmitEverything() {
        publications.resubmitIncompletePublications(ResubmissionOptions.defaults());
        owedFromBeforeStart.set(false);
    }

    /** The lock both jobs take; the lock times are the database's. */
    LockConfiguration lock() {
        return new LockConfiguration(clock.instant(), LOCK, lockAtMostFor, Duration.ZERO);
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

        RepublicationOnStart(MailRetry retry) {
            this.retry = retry;
        }

        @EventListener(ApplicationReadyEvent.class)
        void republishOwedMail() throws Throwable {
            if (!retry.resubmitEverythingOwed()) {
                log.info("Another instance holds the lock '{}': mail owed from before this start is resent by the retry",
                        LOCK);
            }
        }
    }
}
