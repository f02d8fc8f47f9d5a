package org.analyst.actor;

import java.util.List;

import org.analyst.graphql.EntityNode;
import org.analyst.graphql.Node;
import org.analyst.graphql.NodeBatch;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A person, state, organisation or group: who speaks, who is spoken about, who writes and publishes.")
// Names Node again: SmallRye reads the interfaces a GraphQL type declares itself, not inherited ones.
public class Actor extends EntityNode implements Node {

    public static final String TYPE = "Actor";

    @Ignore
    private final ActorRow row;
    @Ignore
    private final ActorService actors;

    Actor(ActorRow row, NodeBatch batch, ActorService actors) {
        super(TYPE, row.audit(), batch);
        this.row = row;
        this.actors = actors;
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

    @NonNull
    @Description("Other names: \"Moscow\", \"the Kremlin\" for Russia.")
    public List<@NonNull ActorName> getAliases() {
        return batch().children("aliases", key(), actors::aliasesOf);
    }

    @Description("The state a person or organisation belongs to.")
    public Actor getCountry() {
        return batch().referenced("country", ActorRow::countryId, row.countryId(), actors::byKeys);
    }

    @NonNull
    @Description("Offices held, over time.")
    public List<@NonNull Position> getPositions() {
        return batch().children("positions", key(), actors::positionsOf);
    }
}
