package fr.chulille.passerelle.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;
import java.util.Optional;

/**
 * What a login session may do. A correct password alone gives no staff role: while a step is owed
 * (the second factor, then a forced password change) the session holds only that step's authority,
 * which opens the step's page and nothing else; the role comes with the last step.
 */
final class StaffAuthorities {

    /** A step still owed after the password. */
    enum PendingStep {
        SECOND_FACTOR("ROLE_PENDING_SECOND_FACTOR", "/login/second-factor"),
        PASSWORD_CHANGE("ROLE_PENDING_PASSWORD_CHANGE", "/account/password");

        final String authority;
        final String path;

        PendingStep(String authority, String path) {
            this.authority = authority;
            this.path = path;
        }
    }

    private StaffAuthorities() {
    }

    /** The authorities after the password: the first owed step, else the role. */
    static List<GrantedAuthority> afterPassword(StaffAccount account, boolean secondFactorRequired) {
        if (secondFactorRequired || account.totpSecret() != null) {
            return List.of(new SimpleGrantedAuthority(PendingStep.SECOND_FACTOR.authority));
        }
        return afterSecondFactor(account);
    }

    static List<GrantedAuthority> afterSecondFactor(StaffAccount account) {
        if (account.passwordChangeRequired()) {
            return List.of(new SimpleGrantedAuthority(PendingStep.PASSWORD_CHANGE.authority));
        }
        return role(account.role());
    }

    static List<GrantedAuthority> role(StaffRole role) {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    static Optional<PendingStep> pendingStep(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        for (PendingStep step : PendingStep.values()) {
            if (authentication.getAuthorities().stream().anyMatch(a -> step.authority.equals(a.getAuthority()))) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    static boolean isPending(Authentication authentication, PendingStep step) {
        return pendingStep(authentication).filter(step::equals).isPresent();
    }
}
