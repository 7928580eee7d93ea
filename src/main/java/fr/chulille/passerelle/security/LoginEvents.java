package fr.chulille.passerelle.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Counts failed logins into {@link AccountLockout} and logs every failure, lock and success (never a password). */
@Component
class LoginEvents {

    private static final Logger log = LoggerFactory.getLogger(LoginEvents.class);

    private final AccountLockout lockout;

    LoginEvents(AccountLockout lockout) {
        this.lockout = lockout;
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = username(event);
        boolean nowLocked = lockout.recordFailure(username);
        log.warn("Failed staff login for username '{}' from {}", LogText.safe(username), address(event));
        if (nowLocked) {
            log.warn("Staff login locked for username '{}' during {} after repeated failures (last from {})",
                    LogText.safe(username), lockout.lockDuration(), address(event));
        }
    }

    @EventListener
    void onLocked(AuthenticationFailureLockedEvent event) {
        log.warn("Refused staff login for locked username '{}' from {}", LogText.safe(username(event)), address(event));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (StaffAuthorities.isPending(event.getAuthentication(), StaffAuthorities.PendingStep.SECOND_FACTOR)) {
            // the failure count of the account is reset by the second factor only, not by the password
            log.info("Password accepted for '{}' from {}: second factor pending",
                    LogText.safe(event.getAuthentication().getName()), address(event));
            return;
        }
        lockout.recordSuccess(event.getAuthentication().getName());
        log.info("Staff login of '{}' from {}", LogText.safe(event.getAuthentication().getName()), address(event));
    }

    private static String username(AbstractAuthenticationEvent event) {
        return event.getAuthentication().getName();
    }

    private static String address(AbstractAuthenticationEvent event) {
        return event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "an unknown address";
    }
}
