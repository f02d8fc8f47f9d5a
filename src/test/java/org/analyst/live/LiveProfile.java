package org.analyst.live;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A schema of its own for the live tests, which write; small limits so that they are reached quickly. */
public class LiveProfile implements QuarkusTestProfile {

    static final int MAX_SUBSCRIPTIONS = 3;
    static final int MAX_QUEUED_MESSAGES = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("analyst.db.schema", "analyst_test_live",
                "analyst.websocket.max-subscriptions-per-connection", String.valueOf(MAX_SUBSCRIPTIONS),
                "analyst.websocket.max-queued-messages", String.valueOf(MAX_QUEUED_MESSAGES));
    }
}
