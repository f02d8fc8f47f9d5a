package org.analyst.engine.persisted;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Production's allow-list mode, with the operations of src/test/resources/persisted-operations-test. */
public class AllowListProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("analyst.graphql.persisted-queries.allow-list-only", "true",
                "analyst.graphql.persisted-queries.operations", "persisted-operations-test");
    }
}
