package fr.chulille.passerelle.referral;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bound in front of the submit's transaction (issue 17): more submits than the bound all complete, never
 * more than the bound inside at once, and the ones that wait go in in the order they came.
 * No timing is asserted: the waits below are for a state to be reached, with a generous limit.
 */
class SubmitAdmissionTest {

    @Test
    void twentySubmitsAtOnceAllCompleteWithNeverMoreThanThreeInside() throws Exception {
        SubmitAdmission admission = new SubmitAdmission(3, Duration.ofMinutes(1));
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        List<Future<Integer>> submits = new ArrayList<>();
        try (ExecutorService referrers = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                int n = i;
                submits.add(referrers.submit(() -> admission.admit(() -> {
                    mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    await(release);
                    inside.decrementAndGet();
                    return n;
                })));
            }
            waitUntil(() -> admission.inside() == 3 && admission.waiting() == 17);
            assertThat(inside.get()).as("inside while 17 wait").isEqualTo(3);

            release.countDown();
            for (int i = 0; i < 20; i++) {
                assertThat(submits.get(i).get(1, TimeUnit.MINUTES)).isEqualTo(i);
            }
        }
        assertThat(mostInside.get()).isEqualTo(3);
        assertThat(admission.mostInside()).isEqualTo(3);
        assertThat(admission.inside()).isZero();
    }

    @Test
    void theSubmitsThatWaitGoInInTheOrderTheyCame() throws Exception {
        SubmitAdmission admission = new SubmitAdmission(1, Duration.ofMinutes(1));
        List<Integer> order = new CopyOnWriteArrayList<>();
        CountDownLatch firstHolds = new CountDownLatch(1);
        try (ExecutorService referrers = Executors.newCachedThreadPool()) {
            Future<?> first = referrers.submit(() -> admission.admit(() -> {
                await(firstHolds);
                return null;
            }));
            waitUntil(() -> admission.inside() == 1);
            List<Future<?>> queued = new ArrayList<>();
            for (int i = 0; i < 8; i++) { // each arrives after the previous one is queued
                int n = i;
                int waitingBefore = admission.waiting();
                queued.add(referrers.submit(() -> admission.admit(() -> order.add(n))));
                waitUntil(() -> admission.waiting() == waitingBefore + 1);
            }
            firstHolds.countDown();
            first.get(1, TimeUnit.MINUTES);
            for (Future<?> submit : queued) {
                submit.get(1, TimeUnit.MINUTES);
            }
        }
        assertThat(order).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void aSubmitThatCannotGetInFailsAsAPoolTimeOutDidAndLeavesNoSlotTaken() throws Exception {
        SubmitAdmission admission = new SubmitAdmission(1, Duration.ofMillis(50));
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService referrers = Executors.newSingleThreadExecutor()) {
            Future<?> holder = referrers.submit(() -> admission.admit(() -> {
                await(release);
                return null;
            }));
            waitUntil(() -> admission.inside() == 1);
            AtomicInteger ran = new AtomicInteger();
            assertThatThrownBy(() -> admission.admit(ran::incrementAndGet))
                    .isInstanceOf(CannotCreateTransactionException.class);
            assertThat(ran.get()).as("the submit that timed out did not run").isZero();
            release.countDown();
            holder.get(1, TimeUnit.MINUTES);
        }
        assertThat(admission.admit(() -> "in")).isEqualTo("in");
    }

    @Test
    void aSubmitThatFailsGivesItsSlotBack() {
        SubmitAdmission admission = new SubmitAdmission(1, Duration.ofMillis(50));
        assertThatThrownBy(() -> admission.admit(() -> {
            throw new InvalidReferralException(List.of("consentAttested must be true"));
        })).isInstanceOf(InvalidReferralException.class);
        assertThat(admission.admit(() -> "in")).isEqualTo("in");
    }

    /** The mail yields to referrers who are sending (issue 17): it waits while a submit is inside, never for ever. */
    @Test
    void backgroundWorkWaitsWhileASubmitIsInsideAndGoesOnWhenItLeavesOrAfterItsLimit() throws Exception {
        SubmitAdmission admission = new SubmitAdmission(2, Duration.ofMinutes(1));
        assertThat(admission.awaitQuiet(Duration.ZERO)).as("nobody sending").isTrue();
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newCachedThreadPool()) {
            Future<?> submit = threads.submit(() -> admission.admit(() -> {
                await(release);
                return null;
            }));
            waitUntil(() -> admission.inside() == 1);
            assertThat(admission.awaitQuiet(Duration.ofMillis(20))).as("gave up waiting, a submit is inside").isFalse();

            Future<Boolean> mail = threads.submit(() -> admission.awaitQuiet(Duration.ofMinutes(1)));
            assertThat(mail).isNotDone();
            release.countDown();
            submit.get(1, TimeUnit.MINUTES);
            assertThat(mail.get(1, TimeUnit.MINUTES)).as("woken when the submit left").isTrue();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("state not reached within a minute").isLessThan(until);
            Thread.sleep(5);
        }
    }
}
