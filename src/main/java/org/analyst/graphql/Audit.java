package org.analyst.graphql;

import java.time.Instant;

/** The key, version and audit trail every node row has (see {@code audit.AuditedEntity}). */
public record Audit(long id, int version, Instant createdAt, Instant updatedAt, String updatedBy) {

    /** The columns {@link Row#audit()} reads, of the table with this alias. */
    public static String columns(String alias) {
        return alias + ".id, " + alias + ".version, " + alias + ".created_at, " + alias + ".updated_at, " + alias
                + ".updated_by";
    }
}
