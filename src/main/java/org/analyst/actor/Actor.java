package org.analyst.actor;

import org.analyst.graphql.EntityNode;
import org.analyst.graphql.Node;
import org.analyst.graphql.Siblings;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A person, state, organisation or group: who speaks, who is spoken about, who writes and publishes.")
// Names Node again: SmallRye reads the interfaces a GraphQL type declares itself, not inherited ones.
public class Actor extends EntityNode implements Node {

    public static final String TYPE = "Actor";

    @Ignore
    private final ActorEntity entity;

    Actor(ActorEntity entity, Siblings siblings) {
        super(TYPE, entity, siblings);
        this.entity = entity;
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

    Long countryKey() {
        return entity.countryId;
    }
}
