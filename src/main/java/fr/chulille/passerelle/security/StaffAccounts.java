package fr.chulille.passerelle.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;

/** Creates staff accounts; passwords are hashed here and never kept or logged. */
@Service
@Transactional
class StaffAccounts {

    /** No look-alike characters (0/O, 1/l/I), so that a printed password is easy to type. */
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_PASSWORD_LENGTH = 20;

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    StaffAccounts(StaffAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Creates the account unless one with this username exists; true if created. */
    boolean createIfAbsent(String username, String displayName, String password, StaffRole role) {
        return createIfAbsent(username, displayName, password, role, false);
    }

    /** As above; with {@code mustChangePassword}, the first login must set a new password before anything else. */
    boolean createIfAbsent(String username, String displayName, String password, StaffRole role, boolean mustChangePassword) {
        if (accounts.existsByUsername(username)) {
            return false;
        }
        StaffAccount account = new StaffAccount(username, displayName, passwordEncoder.encode(password), role, clock.instant());
        account.requirePasswordChange(mustChangePassword);
        accounts.save(account);
        return true;
    }

    /** Creates the account, or gives it a new password: returns the new random password. */
    String createOrResetWithRandomPassword(String username, String displayName, StaffRole role) {
        String password = randomPassword();
        String hash = passwordEncoder.encode(password);
        accounts.findByUsername(username).ifPresentOrElse(
                account -> account.changePasswordHash(hash),
                () -> accounts.save(new StaffAccount(username, displayName, hash, role, clock.instant())));
        return password;
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder(GENERATED_PASSWORD_LENGTH);
        for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
