package fr.chulille.passerelle.security;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/** A fresh in-memory database with the portal's schema, shared by the throttles built on it (as instances share one). */
final class ThrottleDatabase {

    private final DataSource dataSource;

    ThrottleDatabase() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:throttle-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
    }

    AccountLockout lockout(Clock clock, int maxFailures, Duration lockDuration) {
        return new AccountLockout(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource), clock,
                maxFailures, lockDuration);
    }

    AddressThrottle throttle(Clock clock, int maxAttempts, Duration window) {
        return new AddressThrottle(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource), clock,
                maxAttempts, window);
    }
}
