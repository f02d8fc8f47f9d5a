package org.analyst;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The packaged application as production runs it, on the test database in a schema of its own,
 * trusting the dev-only token key so that the test can write ({@code security.Tokens}); a test then
 * starts a {@link SecondInstance} on the same schema.
 */
public class TwoInstancesProfile implements QuarkusTestProfile {

    public static final String SCHEMA = "analyst_it_instances";
    static final String ISSUER = "https://analyst.dev";
    static final String PUBLIC_KEY = Path.of("src/dev/dev-public-key.pem").toAbsolutePath().toString();

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(PackagedAppProfile.onSchema(SCHEMA));
        config.put("mp.jwt.verify.issuer", ISSUER);
        config.put("mp.jwt.verify.publickey.location", PUBLIC_KEY);
        return config;
    }
}
