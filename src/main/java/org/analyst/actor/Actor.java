package org.analyst.actor;

import org.analyst.graphql.GlobalId;
import org.analyst.graphql.Node;
import org.analyst.graphql.Siblings;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A person, state, organisation or group: who speaks, who is spoken about, who writes and publishes.")
public class Actor implements Node {

    public static final String TYPE = "Actor";

    @Ignore
    private final ActorEntity entity;
    @Ignore
    private final Siblings siblings;

    Actor(ActorEntity entity, Siblings siblings) {
        this.entity = entity;
        this.siblings = siblings;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return GlobalId.encode(TYPE, entity.id);
    }

    @NonNull
    @Description("\"xi-jinping\", \"kazakhstan\", \"halyk-bank\"")
    public String getSlug() {
        return entity.slug;
    }

    @NonNull
    public ActorKind getKind() {
        return entity.kind;
    }

    @NonNull
    public String getName() {
        return entity.name;
    }

    public String getDescription() {
        return entity.description;
    }

    public OrganizationType getOrganizationType() {
        return entity.organizationType;
    }

    @Description("Optimistic-locking version.")
    public int getVersion() {
        return entity.version;
    }

    public long key() {
        return entity.id;
    }

    public Siblings siblings() {
        return siblings;
    }

    Long countryKey() {
        return entity.countryId;
    }
}
