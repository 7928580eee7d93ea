package fr.chulille.passerelle;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Which database the tests run against. By default each Spring context gets its own in-memory H2
 * database (see {@code config/application.properties}). The Maven profile {@code postgresql} runs the
 * persistence and outbox tests a second time with {@code -Dpasserelle.test.postgresql=true}: then
 * each context gets its own fresh schema in the PostgreSQL database named by the environment
 * variables below (set by {@code .ci/run}).
 */
public final class TestDatabase {

    public static final String POSTGRESQL_SWITCH = "passerelle.test.postgresql";
    /** A schema name the caller chose, so that two successive starts share one database. */
    public static final String SCHEMA_PROPERTY = "passerelle.test.schema";

    private TestDatabase() {
    }

    public static boolean isPostgreSql() {
        return Boolean.getBoolean(POSTGRESQL_SWITCH);
    }

    static String postgreSqlUrl() {
        return required("PASSERELLE_TEST_POSTGRESQL_URL");
    }

    static String postgreSqlUser() {
        return required("PASSERELLE_TEST_POSTGRESQL_USER");
    }

    static String postgreSqlPassword() {
        String password = System.getenv("PASSERELLE_TEST_POSTGRESQL_PASSWORD");
        return password == null ? "" : password;
    }

    static String newSchemaName() {
        return "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    /**
     * Arguments for a database that survives a restart of the application: an H2 file in
     * {@code folder}, or one PostgreSQL schema that every start given these arguments reuses.
     */
    public static List<String> restartableDatabaseArguments(Path folder) {
        if (isPostgreSql()) {
            return List.of("--" + SCHEMA_PROPERTY + "=" + newSchemaName());
        }
        return List.of("--spring.datasource.url=jdbc:h2:file:" + folder.resolve("passerelle").toAbsolutePath() + ";WRITE_DELAY=0");
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " must be set to run the tests against PostgreSQL (see .ci/run)");
        }
        return value;
    }
}
