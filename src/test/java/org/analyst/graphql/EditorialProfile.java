package org.analyst.graphql;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A schema of its own for the tests that write, so that the read tests always see the sample
 * data as shipped. Write tests create what they change and assert on it alone.
 */
public class EditorialProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("analyst.db.schema", "analyst_test_editorial");
    }
}
