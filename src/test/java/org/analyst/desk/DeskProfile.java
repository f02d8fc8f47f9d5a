package org.analyst.desk;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A schema of its own, loaded with the sample data, in which the browser may also save an editor's changes. */
public class DeskProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("analyst.db.schema", "analyst_test_desk");
    }
}
