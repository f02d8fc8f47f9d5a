package org.analyst;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The packaged application as production runs it (prod profile), on the test database in a
 * schema of its own, wiped and loaded with the sample data at start-up.
 */
public class PackagedAppProfile implements QuarkusTestProfile {

    static final String SCHEMA = "analyst_it";
    /** The test database, unless QUARKUS_DATASOURCE_JDBC_URL names another (the launched application reads it too). */
    public static final String DATABASE = System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/test");

    @Override
    public Map<String, String> getConfigOverrides() {
        return onSchema(SCHEMA);
    }

    /** The packaged application on the test database, in this schema, wiped and loaded at start-up. */
    public static Map<String, String> onSchema(String schema) {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", DATABASE);
        config.put("analyst.db.schema", schema);
        config.put("analyst.sample-data.enabled", "true");
        config.put("quarkus.flyway.clean-at-start", "true");
        config.put("quarkus.flyway.clean-disabled", "false");
        return config;
    }
}
