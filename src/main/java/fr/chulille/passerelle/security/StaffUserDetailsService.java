package fr.chulille.passerelle.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Staff accounts from the database, marked locked while {@link AccountLockout} holds their username,
 * disabled when deactivated. The password alone grants the first owed step, not the role
 * ({@link StaffAuthorities}): the second factor when {@code passerelle.security.second-factor.required}
 * (true in {@code prod}) or when the account has enrolled one.
 */
@Service
@Transactional(readOnly = true)
class StaffUserDetailsService implements UserDetailsService {

    /** A locked unknown username is refused as "locked" like a real account (before any password check). */
    private static final String NO_PASSWORD = "{noop}" + UUID.randomUUID();

    private final StaffAccountRepository accounts;
    private final AccountLockout lockout;
    private final boolean secondFactorRequired;

    StaffUserDetailsService(StaffAccountRepository accounts, AccountLockout lockout,
                            @Value("${passerelle.security.second-factor.required:false}") boolean secondFactorRequired) {
        this.accounts = accounts;
        this.lockout = lockout;
        this.secondFactorRequired = secondFactorRequired;
    }

    boolean secondFactorRequired() {
        return secondFactorRequired;
    }

    /** The staff member once the second factor is accepted: the role, or the forced password change first. */
    StaffUser afterSecondFactor(String username) {
        StaffAccount account = accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("No staff account"));
        return new StaffUser(account.username(), account.passwordHash(), account.isActive(), lockout.isLocked(username),
                account.displayName(), StaffAuthorities.afterSecondFactor(account));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        boolean locked = lockout.isLocked(username);
        return accounts.findByUsername(username)
                .map(account -> new StaffUser(account.username(), account.passwordHash(), account.isActive(), locked,
                        account.displayName(), StaffAuthorities.afterPassword(account, secondFactorRequired)))
                .orElseGet(() -> {
                    if (locked) {
                        return new StaffUser(username, NO_PASSWORD, StaffRole.INVESTIGATOR, username, true);
                    }
                    throw new UsernameNotFoundException("No staff account");
                });
    }
}
