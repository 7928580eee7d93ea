package fr.chulille.passerelle.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Passwords that staff set themselves: through a one-time link (invitation, reset) or, logged in,
 * by changing their own (forced at the first login of the account from the environment). Every
 * new password follows {@link PasswordPolicy}; every change is published for the audit trail.
 */
@Service
@Transactional
class StaffPasswords {

    /** What the set-password page shows for a link: whose account, and whether it is a first invitation. */
    record LinkInfo(String username, String displayName, boolean invitation) {
    }

    private final StaffAccountRepository accounts;
    private final StaffAccountTokenRepository tokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwordEncoder;
    private final AccountLockout lockout;
    private final ApplicationEventPublisher events;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;

    StaffPasswords(StaffAccountRepository accounts, StaffAccountTokenRepository tokens, PasswordPolicy policy,
                   PasswordEncoder passwordEncoder, AccountLockout lockout, ApplicationEventPublisher events,
                   SecurityContextHolderStrategy securityContext, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.policy = policy;
        this.passwordEncoder = passwordEncoder;
        this.lockout = lockout;
        this.events = events;
        this.securityContext = securityContext;
        this.clock = clock;
    }

    /** The account of a link that is unused, unexpired, and of an active account. */
    @Transactional(readOnly = true)
    Optional<LinkInfo> link(String token) {
        return usableToken(token).flatMap(t -> accounts.findById(t.accountId()).filter(StaffAccount::isActive)
                .map(a -> new LinkInfo(a.username(), a.displayName(), t.purpose() == StaffAccountToken.Purpose.INVITATION)));
    }

    /** Sets the password of the link's account and uses the link up. */
    void setWithLink(String token, String password, String confirmation) {
        StaffAccountToken link = usableToken(token).orElseThrow(() -> new AccountProblem("accounts.problem.link"));
        StaffAccount account = accounts.findById(link.accountId()).filter(StaffAccount::isActive)
                .orElseThrow(() -> new AccountProblem("accounts.problem.link"));
        checkNewPassword(account, password, confirmation);
        account.changePasswordHash(passwordEncoder.encode(password));
        account.requirePasswordChange(false);
        Instant now = clock.instant();
        tokens.findByAccountId(account.id()).forEach(t -> t.use(now));
        events.publishEvent(new StaffAccountChanged(account.username(), account.username(),
                StaffAccountChanged.Change.PASSWORD_SET, link.purpose().name(), now));
    }

    /**
     * The logged-in staff member changes their password. Returns the authentication that the session
     * holds from now on: the full role when this was the forced change of the first login.
     */
    Authentication changeOwn(String currentPassword, String newPassword, String confirmation) {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || StaffAuthorities.isPending(authentication, StaffAuthorities.PendingStep.SECOND_FACTOR)) {
            throw new IllegalStateException("No logged-in staff member");
        }
        String username = authentication.getName();
        StaffAccount account = accounts.findByUsername(username).filter(StaffAccount::isActive)
                .orElseThrow(() -> new IllegalStateException("No active staff account " + username));
        if (lockout.isLocked(username)) {
            throw new AccountProblem("accounts.problem.locked");
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            lockout.recordFailure(username);
            throw new AccountProblem("accounts.problem.current-password");
        }
        checkNewPassword(account, newPassword, confirmation);
        if (passwordEncoder.matches(newPassword, account.passwordHash())) {
            throw new PasswordRefused(PasswordPolicy.Problem.UNCHANGED);
        }
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        account.requirePasswordChange(false);
        events.publishEvent(new StaffAccountChanged(username, username, StaffAccountChanged.Change.PASSWORD_CHANGED,
                null, clock.instant()));
        if (StaffAuthorities.isPending(authentication, StaffAuthorities.PendingStep.PASSWORD_CHANGE)) {
            StaffUser user = new StaffUser(account.username(), account.passwordHash(), true, false, account.displayName(),
                    StaffAuthorities.role(account.role()));
            UsernamePasswordAuthenticationToken full = UsernamePasswordAuthenticationToken.authenticated(
                    user, null, user.getAuthorities());
            full.setDetails(authentication.getDetails());
            return full;
        }
        return authentication;
    }

    private void checkNewPassword(StaffAccount account, String password, String confirmation) {
        Optional<PasswordPolicy.Problem> problem = policy.check(account.username(), password);
        if (problem.isPresent()) {
            throw new PasswordRefused(problem.get());
        }
        if (!password.equals(confirmation)) {
            throw new PasswordRefused(PasswordPolicy.Problem.MISMATCH);
        }
    }

    private Optional<StaffAccountToken> usableToken(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(Hashes.sha256(token)).filter(t -> t.isUsable(clock.instant()));
    }

    /** A new password that the policy refuses. */
    static class PasswordRefused extends AccountProblem {
        private final PasswordPolicy.Problem problem;

        PasswordRefused(PasswordPolicy.Problem problem) {
            super(problem.messageKey());
            this.problem = problem;
        }

        PasswordPolicy.Problem problem() {
            return problem;
        }
    }
}
