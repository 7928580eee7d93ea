package fr.chulille.passerelle.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps the throttling tables small: forgets old failures and attempts, on one instance at a time. */
@Component
class LoginThrottleCleanup {

    private final AccountLockout lockout;
    private final AddressThrottle throttle;

    LoginThrottleCleanup(AccountLockout lockout, AddressThrottle throttle) {
        this.lockout = lockout;
        this.throttle = throttle;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "login-throttle-cleanup", lockAtMostFor = "PT10M")
    public void forgetOldFailuresAndAttempts() {
        lockout.forgetOld();
        throttle.forgetOld();
    }
}
