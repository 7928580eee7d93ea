package fr.chulille.passerelle;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * In the PostgreSQL test run, points every application the tests start at a schema of its own in
 * the test database, created by Flyway: contexts never see each other's referrals or owed mail,
 * as with the in-memory H2 database of the default run. Registered in {@code META-INF/spring.factories}
 * of the test classpath; does nothing unless {@link TestDatabase#isPostgreSql()}.
 */
public class PostgreSqlTestSchema implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!TestDatabase.isPostgreSql()) {
            return;
        }
        String schema = environment.getProperty(TestDatabase.SCHEMA_PROPERTY, TestDatabase.newSchemaName());
        String url = TestDatabase.postgreSqlUrl();
        Map<String, Object> settings = Map.of(
                "spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "spring.datasource.username", TestDatabase.postgreSqlUser(),
                "spring.datasource.password", TestDatabase.postgreSqlPassword(),
                "spring.flyway.schemas", schema);
        environment.getPropertySources().addFirst(new MapPropertySource("postgresql-test-schema", settings));
    }
}
