package fr.chulille.passerelle.demo;

import fr.chulille.passerelle.followup.ReferrerMessages;

import fr.chulille.passerelle.inbox.InboxService;
import fr.chulille.passerelle.referral.ReferralService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Seeds the demo inbox ({@link DemoInbox}) at start-up when the database holds no referral: in the default
 * profile only — never when the profile {@code prod} is active, whatever the settings say — and unless
 * {@code PASSERELLE_DEMO_DATA=false} (the tests switch it off, but for their own tests of it).
 * <p>
 * Decided when the portal starts, not by a bean condition: Spring's AOT processing ({@code process-aot}, the
 * {@code aot-cache} build) fixes the beans at build time, in the default profile, and the same jar must still
 * seed nothing when started with {@code prod}.
 */
@Component
class DemoInboxSeeding implements ApplicationRunner {

    private final DemoInbox demoInbox;
    private final Environment environment;

    DemoInboxSeeding(ReferralService referrals, InboxService inbox, ReferrerMessages referrerMessages, JdbcTemplate jdbc,
                     SecurityContextHolderStrategy securityContext, Clock clock, Environment environment) {
        this.demoInbox = new DemoInbox(referrals, inbox, referrerMessages, jdbc, securityContext, clock);
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled()) {
            demoInbox.seedIfEmpty();
        }
    }

    /** Never in the profile {@code prod}, whatever the settings say; otherwise as {@code passerelle.demo-data.enabled}. */
    boolean enabled() {
        return !inProduction(environment)
                && environment.getProperty("passerelle.demo-data.enabled", Boolean.class, false);
    }

    /** Whether the profile {@code prod} is active: then no fictional referral is ever made (demo inbox, AOT training). */
    static boolean inProduction(Environment environment) {
        return environment.matchesProfiles("prod");
    }

    boolean seedIfEmpty() {
        return demoInbox.seedIfEmpty();
    }
}
