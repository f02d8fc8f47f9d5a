package org.analyst.security;

import java.nio.file.Path;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Bearer tokens signed with the dev-only key that the test profile trusts (and the packaged-app ITs'
 * instances, TwoInstancesProfile). The key is named here rather than in the test profile's
 * configuration, which an integration test's JVM does not read.
 */
public final class Tokens {

    private static final String DEV_PRIVATE_KEY = Path.of("src/dev/dev-private-key.pem").toAbsolutePath().toString();

    private Tokens() {
    }

    public static String editor() {
        return withRoles("test-editor", Role.EDITOR);
    }

    public static String admin() {
        return withRoles("test-admin", Role.ADMIN);
    }

    /** A valid token that grants no role. */
    public static String reader() {
        return withRoles("test-reader");
    }

    public static String withRoles(String subject, String... roles) {
        return Jwt.issuer("https://analyst.dev").subject(subject).upn(subject).groups(Set.of(roles)).sign(DEV_PRIVATE_KEY);
    }
}
