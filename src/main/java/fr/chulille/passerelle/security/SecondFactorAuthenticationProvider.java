package fr.chulille.passerelle.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks a {@link SecondFactorCode}: refused while the account is locked by {@link AccountLockout}
 * (wrong codes count as wrong passwords, through the failure events), accepted once per code.
 * Not a bean: a provider bean would replace the password provider of the login form.
 */
final class SecondFactorAuthenticationProvider implements AuthenticationProvider {

    private final SecondFactorService secondFactor;
    private final StaffUserDetailsService users;
    private final AccountLockout lockout;

    SecondFactorAuthenticationProvider(SecondFactorService secondFactor, StaffUserDetailsService users, AccountLockout lockout) {
        this.secondFactor = secondFactor;
        this.users = users;
        this.lockout = lockout;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        SecondFactorCode code = (SecondFactorCode) authentication;
        if (lockout.isLocked(code.getName())) {
            throw new LockedException("Account locked");
        }
        SecondFactorService.Outcome outcome = secondFactor.verify(code.getName(), (String) code.getCredentials(),
                code.pendingSecret());
        if (!outcome.accepted()) {
            throw new BadCredentialsException("Wrong second-factor code");
        }
        code.newRecoveryCodes(outcome.newRecoveryCodes());
        StaffUser user = users.afterSecondFactor(code.getName());
        if (!user.isEnabled()) {
            throw new DisabledException("Account deactivated");
        }
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                user, null, user.getAuthorities());
        result.setDetails(code.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return SecondFactorCode.class.isAssignableFrom(authentication);
    }
}
