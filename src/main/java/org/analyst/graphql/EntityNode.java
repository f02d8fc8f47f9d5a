package org.analyst.graphql;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A Node read from one database row: its global id, version and audit trail, and the batch
 * it was loaded with (for nested connections).
 */
public abstract class EntityNode implements Node {

    @Ignore
    private final String typeName;
    @Ignore
    private final Audit row;
    @Ignore
    private final NodeBatch batch;

    protected EntityNode(String typeName, Audit row, NodeBatch batch) {
        this.typeName = typeName;
        this.row = row;
        this.batch = batch;
        ResponseNodes.made(typeName, row.id());
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return GlobalId.encode(typeName, row.id());
    }

    @Description("Optimistic-locking version: pass it as expectedVersion to update the object.")
    public int getVersion() {
        return row.version();
    }

    @NonNull
    @Description("When the object was created.")
    public Instant getCreatedAt() {
        return row.createdAt();
    }

    @NonNull
    @Description("When the object last changed.")
    public Instant getUpdatedAt() {
        return row.updatedAt();
    }

    @Description("Who changed the object last (the token's subject); null for imported data.")
    public String getUpdatedBy() {
        return row.updatedBy();
    }

    public long key() {
        return row.id();
    }

    public NodeBatch batch() {
        return batch;
    }
}
