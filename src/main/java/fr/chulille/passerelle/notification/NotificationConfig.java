package fr.chulille.passerelle.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Mail is sent after the referral's transaction commits, on another thread, and retried on a schedule.
 * A mail that could not be sent has been logged in one line by {@link ReferralMailer}: its exception only
 * leaves the publication incomplete, so its stack trace goes to debug level, not to an error per attempt.
 */
@Configuration
@EnableAsync
class NotificationConfig implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfig.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return (error, method, parameters) -> {
            if (error instanceof ReferralMailer.MailNotDelivered || error instanceof ReferralMailer.MailBeingSent) {
                log.debug("{} left its event publication incomplete", method.getName(), error);
            } else {
                log.error("Unexpected exception in the asynchronous method {}", method, error);
            }
        };
    }
}
