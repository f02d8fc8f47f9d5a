package org.analyst.engine.persisted;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Production's allow-list mode with its default operations: the desk's. */
public class DeskOperationsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("analyst.graphql.persisted-queries.allow-list-only", "true");
    }
}
