package org.analyst.security;

import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens signed with the dev-only key that the test profile trusts. */
public final class Tokens {

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
        return Jwt.issuer("https://analyst.dev").subject(subject).upn(subject).groups(Set.of(roles)).sign();
    }
}
