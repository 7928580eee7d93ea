package fr.chulille.passerelle.notification;

import fr.chulille.passerelle.referral.SubmitsInProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.util.ClassUtils;

import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Mail is sent after the referral's transaction commits, on another thread, and retried on a schedule.
 * Those threads are few ({@code passerelle.mail.sending-threads}, 2 by default, queue unbounded: what
 * waits is also stored as an event publication): each mail is several short transactions (claim, sent,
 * publication completed), and Spring's default of 8 threads let a burst of mail take the CPU and the
 * database connections from the referrers still submitting (issue 17; docs/performance.md).
 * A mail that could not be sent has been logged in one line by {@link ReferralMailer}: its exception only
 * leaves the publication incomplete, so its stack trace goes to debug level, not to an error per attempt.
 */
@Configuration
@EnableAsync
class NotificationConfig implements AsyncConfigurer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfig.class);
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    /**
     * The threads of the mail listeners (the only asynchronous methods of the portal). Not a bean: an
     * Executor bean would replace Spring Boot's applicationTaskExecutor for everything else too.
     */
    private final ThreadPoolTaskExecutor mailSending = new ThreadPoolTaskExecutor();

    NotificationConfig(@Value("${passerelle.mail.sending-threads:2}") int sendingThreads,
                       @Value("${passerelle.mail.yield-to-submits:PT1S}") Duration yieldToSubmits, SubmitsInProgress submits) {
        nameTheStreamProvider();
        mailSending.setTaskDecorator(task -> () -> {
            yieldTo(submits, yieldToSubmits);
            task.run();
        });
        mailSending.setCorePoolSize(sendingThreads);
        mailSending.setMaxPoolSize(sendingThreads);
        mailSending.setThreadNamePrefix("mail-");
        mailSending.initialize();
    }

    /**
     * Before each mail (before its transaction, so without holding a connection), the mail thread lets the
     * referrers who are sending go first: it waits until no submit is being stored nor waiting, at most
     * {@code passerelle.mail.yield-to-submits} (1 s; 0 never waits). A mail costs several times the CPU of a submit
     * (its claim, its sending, its completion, the embedded server's parsing): under a burst of submits it took that
     * CPU from the referrers, whose send waits on the screen, while the mail is asynchronous anyway (issue 17,
     * docs/performance.md). Under a steady stream of submits each mail still goes after the bound; nothing is lost
     * meanwhile (every owed mail is an event publication).
     */
    static void yieldTo(SubmitsInProgress submits, Duration max) {
        if (max.isZero() || max.isNegative()) {
            return;
        }
        try {
            submits.awaitNone(max);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // shutting down: the task runs (or fails) as it would have
        }
    }

    /**
     * Jakarta Mail 2.1 looks its stream provider up again for every body part, multipart, header block and
     * encoder it creates ({@code StreamProvider.provider()}: a {@link java.util.ServiceLoader} reading
     * {@code META-INF/services} in every jar of the class path), on the sending side and in the embedded SMTP
     * server: 19 % of the mail threads' CPU and most of GreenMail's under load (issue 17, docs/performance.md).
     * Its {@code FactoryFinder} first reads a system property named after the interface and, when it names a class,
     * instantiates that class instead of scanning the jars. So the property names Angus Mail's provider, the one
     * the scan finds, unless it is set already or Angus Mail is not on the class path.
     */
    static void nameTheStreamProvider() {
        String property = jakarta.mail.util.StreamProvider.class.getName();
        if (System.getProperty(property) == null
                && ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, NotificationConfig.class.getClassLoader())) {
            System.setProperty(property, ANGUS_STREAM_PROVIDER);
        }
    }

    @Override
    public Executor getAsyncExecutor() {
        return mailSending;
    }

    @Override
    public void destroy() {
        mailSending.shutdown();
    }

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
