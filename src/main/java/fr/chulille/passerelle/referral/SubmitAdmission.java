package fr.chulille.passerelle.referral;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A fair bound on the submits stored at once ({@code passerelle.referral.concurrent-submits}, 4 by default),
 * in front of their transaction (issue 17, docs/performance.md). Without it, 50 referrers sending at once all
 * opened a transaction: they queued in the connection pool in no particular order, then inside the database
 * on the reference counter's row, while the few transactions that held a connection fought the waiting ones
 * and the mail for two cores; a submit could wait seconds while later ones went through. Here the submits
 * beyond the bound wait in arrival order (a fair semaphore) without holding a connection, and the few inside
 * run on a CPU that is not shared with 50 others, the counter row held for less time.
 * <p>
 * A submit that waits longer than {@code passerelle.referral.submit-admission-timeout} (30 s, as the pool's own
 * time-out before) fails as a pool time-out did: nothing was stored, the referrer may send again.
 */
@Component
class SubmitAdmission {

    private final Semaphore permits;
    private final int bound;
    private final long timeoutNanos;
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicInteger mostInside = new AtomicInteger();
    private final Object quiet = new Object();

    SubmitAdmission(@Value("${passerelle.referral.concurrent-submits:4}") int bound,
                    @Value("${passerelle.referral.submit-admission-timeout:PT30S}") Duration timeout) {
        if (bound < 1) {
            throw new IllegalArgumentException("passerelle.referral.concurrent-submits must be at least 1");
        }
        this.bound = bound;
        this.permits = new Semaphore(bound, true);
        this.timeoutNanos = timeout.toNanos();
    }

    /** Runs the submit once fewer than the bound are inside, after the submits that came before it. */
    <T> T admit(Supplier<T> submit) {
        try {
            if (!permits.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS)) {
                throw new CannotCreateTransactionException("No submit slot within " + Duration.ofNanos(timeoutNanos)
                        + " (" + bound + " submits at once, " + permits.getQueueLength() + " waiting)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotCreateTransactionException("Interrupted while waiting for a submit slot", e);
        }
        try {
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            return submit.get();
        } finally {
            inside.decrementAndGet();
            permits.release();
            if (isQuiet()) {
                synchronized (quiet) {
                    quiet.notifyAll();
                }
            }
        }
    }

    /** No submit inside nor waiting. */
    boolean isQuiet() {
        return inside.get() == 0 && !permits.hasQueuedThreads();
    }

    /**
     * Waits until no submit is inside nor waiting, at most {@code max}: background work (the mail) yields to the
     * referrers that are sending, without waiting for ever under a steady stream of submits.
     *
     * @return whether it became quiet (false: the time ran out)
     */
    boolean awaitQuiet(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        synchronized (quiet) {
            while (!isQuiet()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(quiet, left);
            }
        }
        return true;
    }

    int bound() {
        return bound;
    }

    /** Submits being stored now. */
    int inside() {
        return inside.get();
    }

    /** The most submits ever inside at once (never more than the bound). */
    int mostInside() {
        return mostInside.get();
    }

    /** Submits waiting for their turn (an estimate, as {@link Semaphore#getQueueLength()}). */
    int waiting() {
        return permits.getQueueLength();
    }
}
