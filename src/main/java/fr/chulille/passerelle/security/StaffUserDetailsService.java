package fr.chulille.passerelle.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** Staff accounts from the database, marked locked while {@link AccountLockout} holds their username. */
@Service
@Transactional(readOnly = true)
class StaffUserDetailsService implements UserDetailsService {

    /** A locked unknown username is refused as "locked" like a real account (before any password check). */
    private static final String NO_PASSWORD = "{noop}" + UUID.randomUUID();

    private final StaffAccountRepository accounts;
    private final AccountLockout lockout;

    StaffUserDetailsService(StaffAccountRepository accounts, AccountLockout lockout) {
        this.accounts = accounts;
        this.lockout = lockout;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        boolean locked = lockout.isLocked(username);
        return accounts.findByUsername(username)
                .map(account -> new StaffUser(account.username(), account.passwordHash(), account.role(),
                        account.displayName(), locked))
                .orElseGet(() -> {
                    if (locked) {
                        return new StaffUser(username, NO_PASSWORD, StaffRole.INVESTIGATOR, username, true);
                    }
                    throw new UsernameNotFoundException("No staff account");
                });
    }
}
