package fr.chulille.passerelle.demo;

import fr.chulille.passerelle.followup.ReferrerMessages;

import fr.chulille.passerelle.inbox.InboxService;
import fr.chulille.passerelle.referral.ReferralService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Seeds the demo inbox ({@link DemoInbox}) at start-up when the database holds no referral: in the default
 * profile only — never when the profile {@code prod} is active, whatever the settings say — and unless
 * {@code PASSERELLE_DEMO_DATA=false} (the tests switch it off, but for their own tests of it).
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "passerelle.demo-data.enabled", havingValue = "true")
class DemoInboxSeeding implements ApplicationRunner {

    private final DemoInbox demoInbox;

    DemoInboxSeeding(ReferralService referrals, InboxService inbox, ReferrerMessages referrerMessages, JdbcTemplate jdbc,
                     SecurityContextHolderStrategy securityContext, Clock clock) {
        this.demoInbox = new DemoInbox(referrals, inbox, referrerMessages, jdbc, securityContext, clock);
    }

    @Override
    public void run(ApplicationArguments args) {
        demoInbox.seedIfEmpty();
    }

    boolean seedIfEmpty() {
        return demoInbox.seedIfEmpty();
    }
}
