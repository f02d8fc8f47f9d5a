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
    private final ActorRow row;

    Actor(ActorRow row, Siblings siblings) {
        super(TYPE, row.audit(), siblings);
        this.row = row;
    }

    @NonNull
    @Description("\"xi-jinping\", \"kazakhstan\", \"halyk-bank\"")
    public String getSlug() {
        return row.slug();
    }

    @NonNull
    public ActorKind getKind() {
        return row.kind();
    }

    @NonNull
    public String getName() {
        return row.name();
    }

    public String getDescription() {
        return row.description();
    }

    public OrganizationType getOrganizationType() {
        return row.organizationType();
    }

    Long countryKey() {
        return row.countryId();
    }
}
