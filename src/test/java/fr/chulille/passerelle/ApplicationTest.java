package fr.chulille.passerelle;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ApplicationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bootsOnH2WithTheSchemaFromFlyway() {
        String database = jdbc.queryForObject("SELECT H2VERSION()", String.class);
        Integer appliedMigrations = jdbc.queryForObject(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" = '1'", Integer.class);
        Integer staffTable = jdbc.queryForObject(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'STAFF_ACCOUNT'", Integer.class);

        assertThat(database).isNotBlank();
        assertThat(appliedMigrations).isEqualTo(1);
        assertThat(staffTable).isEqualTo(1);
    }
}
