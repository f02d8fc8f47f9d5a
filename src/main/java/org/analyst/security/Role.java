package org.analyst.security;

/** The roles a token's "groups" claim may grant. */
public final class Role {

    /** Creates and updates everything, and sees drafts. */
    public static final String EDITOR = "editor";
    /** An editor who may also delete and merge. */
    public static final String ADMIN = "admin";

    private Role() {
    }
}
