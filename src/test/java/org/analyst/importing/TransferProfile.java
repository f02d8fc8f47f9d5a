package org.analyst.importing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A schema of its own, which the import and export tests may empty and load again, and a small
 * import limit, so that a too large document is quick to send.
 */
public class TransferProfile implements QuarkusTestProfile {

    static final int MAX_BODY_SIZE = 1024 * 1024;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("analyst.db.schema", "analyst_test_transfer", "analyst.import.max-body-size",
                String.valueOf(MAX_BODY_SIZE));
    }
}
