package fr.chulille.passerelle.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up: the first investigator account from the environment (PASSERELLE_ADMIN_*), created once;
 * and, unless disabled, the demo account {@value #DEMO_USERNAME} with a new random password, printed in
 * the start-up log so that the printed password is always the valid one.
 */
@Component
class InitialStaffAccounts implements ApplicationRunner {

    static final String DEMO_USERNAME = "pi.demo";
    static final int MIN_ADMIN_PASSWORD_LENGTH = 12;

    private static final Logger log = LoggerFactory.getLogger(InitialStaffAccounts.class);

    private final StaffAccounts accounts;
    private final String adminUsername;
    private final String adminPassword;
    private final String adminName;
    private final boolean demoEnabled;

    InitialStaffAccounts(StaffAccounts accounts,
                         @Value("${passerelle.admin.username:}") String adminUsername,
                         @Value("${passerelle.admin.password:}") String adminPassword,
                         @Value("${passerelle.admin.name:}") String adminName,
                         @Value("${passerelle.demo-account.enabled:false}") boolean demoEnabled) {
        this.accounts = accounts;
        this.adminUsername = adminUsername.strip();
        this.adminPassword = adminPassword;
        this.adminName = adminName.isBlank() ? this.adminUsername : adminName.strip();
        this.demoEnabled = demoEnabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        createAdminAccount();
        if (demoEnabled) {
            announce(accounts.createOrResetWithRandomPassword(DEMO_USERNAME, "Demo investigator", StaffRole.INVESTIGATOR));
        }
    }

    private void createAdminAccount() {
        if (adminUsername.isEmpty()) {
            return;
        }
        if (adminPassword.length() < MIN_ADMIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("PASSERELLE_ADMIN_PASSWORD must be set, at least "
                    + MIN_ADMIN_PASSWORD_LENGTH + " characters long, when PASSERELLE_ADMIN_USERNAME is");
        }
        if (accounts.createIfAbsent(adminUsername, adminName, adminPassword, StaffRole.INVESTIGATOR, true)) {
            log.info("Created the investigator account '{}' from PASSERELLE_ADMIN_USERNAME (a new password is due at its first login)",
                    adminUsername);
        } else {
            log.info("The investigator account '{}' exists already: left unchanged", adminUsername);
        }
    }

    private static void announce(String password) {
        log.warn("""

                ================================================================
                  DEMO STAFF ACCOUNT (disable with PASSERELLE_DEMO_ACCOUNT=false)
                  username: {}
                  password: {}
                  A new password is generated at every start.
                ================================================================""", DEMO_USERNAME, password);
    }
}
