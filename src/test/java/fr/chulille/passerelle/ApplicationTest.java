package fr.chulille.passerelle;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs on H2 by default and on PostgreSQL in the {@code postgresql} Maven profile: the same migrations on both. */
@SpringBootTest
class ApplicationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void bootsWithEveryFlywayMigrationAppliedOnTheExpectedDatabase() throws SQLException {
        Integer failedMigrations = jdbc.queryForObject(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = FALSE", Integer.class);
        List<String> versions = jdbc.queryForList(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL", String.class);

        assertThat(productName()).isEqualTo(TestDatabase.isPostgreSql() ? "PostgreSQL" : "H2");
        assertThat(failedMigrations).isZero();
        assertThat(versions).contains("1", "2", "3", "10", "11");
        assertThat(tables()).contains("staff_account", "referral", "event_publication", "event_publication_archive",
                "referral_mail", "referral_note", "audit_entry");
    }

    private String productName() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet found = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[]{"TABLE"})) {
            while (found.next()) {
                names.add(found.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
