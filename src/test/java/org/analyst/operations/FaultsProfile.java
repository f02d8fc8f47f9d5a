package org.analyst.operations;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The application with its database behind a {@link DatabaseProxy}, in a schema of its own (the
 * tests break and mend it), with a one-second statement timeout and a pool of three connections,
 * so that timeouts and a full pool are quick to provoke.
 */
public class FaultsProfile implements QuarkusTestProfile {

    public static final int POOL_SIZE = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("analyst.db.schema", "analyst_test_faults",
                "analyst.db.statement-timeout", "1s",
                "quarkus.datasource.jdbc.max-size", String.valueOf(POOL_SIZE));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(DatabaseProxyResource.class));
    }
}
