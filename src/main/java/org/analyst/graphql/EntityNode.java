package org.analyst.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A Node read from one database row: its global id, its optimistic-locking version, and the
 * siblings it was loaded with (for nested connections).
 */
public abstract class EntityNode implements Node {

    @Ignore
    private final String typeName;
    @Ignore
    private final long databaseKey;
    @Ignore
    private final int rowVersion;
    @Ignore
    private final Siblings loadedWith;

    protected EntityNode(String typeName, long key, int version, Siblings siblings) {
        this.typeName = typeName;
        this.databaseKey = key;
        this.rowVersion = version;
        this.loadedWith = siblings;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return GlobalId.encode(typeName, databaseKey);
    }

    @Description("Optimistic-locking version: changes whenever the object does.")
    public int getVersion() {
        return rowVersion;
    }

    public long key() {
        return databaseKey;
    }

    public Siblings siblings() {
        return loadedWith;
    }
}
