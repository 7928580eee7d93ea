package fr.chulille.passerelle.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class AccountLockoutTest {

    private final MutableClock clock = new MutableClock();
    private final ThrottleDatabase database = new ThrottleDatabase();
    private final AccountLockout lockout = database.lockout(clock, 5, Duration.ofMinutes(15));

    @Test
    void twoInstancesOnOneDatabaseShareTheCount() {
        AccountLockout otherInstance = database.lockout(clock, 5, Duration.ofMinutes(15));
        for (int i = 0; i < 4; i++) {
            (i % 2 == 0 ? lockout : otherInstance).recordFailure("pi.test");
        }
        assertThat(otherInstance.recordFailure("pi.test")).as("the fifth failure, on the other instance, locks").isTrue();
        assertThat(lockout.isLocked("pi.test")).isTrue();

        lockout.recordSuccess("someone.else");
        assertThat(otherInstance.isLocked("pi.test")).isTrue();
    }

    @Test
    void theFifthFailureInARowLocksTheUsernameForFifteenMinutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(lockout.recordFailure("pi.test")).isFalse();
            assertThat(lockout.isLocked("pi.test")).as("locked after %d failures", i).isFalse();
        }
        assertThat(lockout.recordFailure("pi.test")).isTrue();
        assertThat(lockout.isLocked("pi.test")).isTrue();
        assertThat(lockout.isLocked("PI.Test ")).as("whatever the case and spaces").isTrue();
        assertThat(lockout.isLocked("someone.else")).isFalse();

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(lockout.isLocked("pi.test")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(lockout.isLocked("pi.test")).isFalse();
    }

    @Test
    void aSuccessResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            lockout.recordFailure("pi.test");
        }
        lockout.recordSuccess("pi.test");
        for (int i = 0; i < 4; i++) {
            lockout.recordFailure("pi.test");
        }
        assertThat(lockout.isLocked("pi.test")).isFalse();
    }

    @Test
    void overLongUsernamesShareOneEntrySoThatAFloodOfThemCannotFillTheTable() {
        for (int i = 0; i < 5; i++) {
            lockout.recordFailure(i + "x".repeat(100_000));
        }

        assertThat(lockout.isLocked("y".repeat(100_000))).isTrue();
        assertThat(lockout.isLocked("x".repeat(100))).as("100 characters: a username of its own").isFalse();
        assertThat(lockout.isLocked("pi.test")).isFalse();
    }

    @Test
    void afterALockExpiresFiveNewFailuresAreNeeded() {
        for (int i = 0; i < 5; i++) {
            lockout.recordFailure("pi.test");
        }
        clock.advance(Duration.ofMinutes(16));

        lockout.recordFailure("pi.test");
        assertThat(lockout.isLocked("pi.test")).isFalse();
    }
}
