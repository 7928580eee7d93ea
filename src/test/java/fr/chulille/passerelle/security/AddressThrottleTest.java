package fr.chulille.passerelle.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class AddressThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final ThrottleDatabase database = new ThrottleDatabase();
    private final AddressThrottle throttle = database.throttle(clock, 20, Duration.ofMinutes(15));

    @Test
    void twoInstancesOnOneDatabaseShareTheLimit() {
        AddressThrottle otherInstance = database.throttle(clock, 20, Duration.ofMinutes(15));
        for (int i = 1; i <= 20; i++) {
            assertThat((i % 2 == 0 ? throttle : otherInstance).tryAttempt("192.0.2.1")).as("attempt %d", i).isTrue();
        }
        assertThat(throttle.tryAttempt("192.0.2.1")).isFalse();
        assertThat(otherInstance.tryAttempt("192.0.2.1")).isFalse();
    }

    @Test
    void ipv4AndIpv6LoopbackAreOneClientAndSpellingsOfOneAddressToo() {
        for (int i = 0; i < 10; i++) {
            throttle.tryAttempt("127.0.0.1");
            throttle.tryAttempt("0:0:0:0:0:0:0:1");
        }
        assertThat(throttle.tryAttempt("::1")).isFalse();
        assertThat(throttle.tryAttempt("127.0.0.2")).isFalse();

        for (int i = 0; i < 20; i++) {
            throttle.tryAttempt("2001:db8::1");
        }
        assertThat(throttle.tryAttempt("2001:0db8:0000:0000:0000:0000:0000:0001")).isFalse();
        assertThat(throttle.tryAttempt("2001:db8::2")).as("another address").isTrue();
    }

    @Test
    void twentyAttemptsPerAddressIn15MinutesThenRefused() {
        for (int i = 1; i <= 20; i++) {
            assertThat(throttle.tryAttempt("192.0.2.1")).as("attempt %d", i).isTrue();
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(throttle.tryAttempt("192.0.2.1")).isFalse();
        assertThat(throttle.tryAttempt("192.0.2.2")).as("another address").isTrue();
    }

    @Test
    void theWindowSlides() {
        for (int i = 0; i < 20; i++) {
            throttle.tryAttempt("192.0.2.1");
        }
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(throttle.tryAttempt("192.0.2.1")).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.tryAttempt("192.0.2.1")).isTrue();
    }

    @Test
    void refusedAttemptsDoNotExtendTheWait() {
        for (int i = 0; i < 20; i++) {
            throttle.tryAttempt("192.0.2.1");
        }
        for (int i = 0; i < 100; i++) {
            throttle.tryAttempt("192.0.2.1");
        }
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.tryAttempt("192.0.2.1")).isTrue();
    }
}
