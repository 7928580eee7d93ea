package fr.chulille.passerelle.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Mail is sent after the referral's transaction commits, on another thread, and retried on a schedule. */
@Configuration
@EnableAsync
@EnableScheduling
class NotificationConfig {
}
