package org.analyst.graphql;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A schema of its own, so that tests may add many articles without touching the sample data others read. */
public class ScaleDataProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("analyst.db.schema", "analyst_test_scale");
    }
}
