package fr.chulille.passerelle.security;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For the browser tests: the investigator created from PASSERELLE_ADMIN_* owes a new password at
 * its first login; tests about other pages mark it as already changed, so that its password opens the inbox.
 */
public final class StaffTestAccounts {

    private StaffTestAccounts() {
    }

    /** An investigator account that set up its authenticator app with this secret (Base32) at an earlier login. */
    public static void withSecondFactor(ApplicationContext context, String username, String password, String secret) {
        context.getBean(StaffAccounts.class).createIfAbsent(username, "Browser Second Factor", password, StaffRole.INVESTIGATOR);
        StaffAccountRepository accounts = context.getBean(StaffAccountRepository.class);
        context.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                accounts.findByUsername(username).orElseThrow().enrolTotp(secret, null));
    }

    /** The code an authenticator app shows now for this secret. */
    public static String currentCode(String secret) {
        return AccountsTestSupport.totp(secret, java.time.Clock.systemUTC());
    }

    public static void passwordAlreadyChanged(ApplicationContext context, String username) {
        StaffAccountRepository accounts = context.getBean(StaffAccountRepository.class);
        context.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                accounts.findByUsername(username).orElseThrow().requirePasswordChange(false));
    }
}
