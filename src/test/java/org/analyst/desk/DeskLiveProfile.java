package org.analyst.desk;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A schema of its own: the live tests publish articles and add statements, which DeskTest's counts must not see. */
public class DeskLiveProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("analyst.db.schema", "analyst_test_desk_live");
    }
}
