package fr.chulille.passerelle.privacy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Configuration
@EnableScheduling
@EnableConfigurationProperties({PrivacySettings.class, RetentionSettings.class})
class PrivacyConfig {

    /**
     * Runs the purge every night (3:30, French time, by default; {@code passerelle.retention.purge-cron},
     * "-" to switch it off). A plain schedule: on several instances each runs it, one after the other
     * through the purge's lock row, and every run after the first finds nothing to erase.
     */
    @Component
    static class PurgeSchedule {

        private final RetentionPurge purge;

        PurgeSchedule(RetentionPurge purge) {
            this.purge = purge;
        }

        @Scheduled(cron = "${passerelle.retention.purge-cron:0 30 3 * * *}", zone = "Europe/Paris")
        void purgeExpiredData() {
            purge.purge();
        }
    }
}
