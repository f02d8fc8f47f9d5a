package org.analyst.publication;

import java.util.function.Supplier;

import org.analyst.actor.Actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Who contributed to a publication, in which role, in credit order.")
public class Contribution {

    @Ignore
    private final Supplier<Actor> actorReference;
    private final ContributorRole role;
    private final int position;

    Contribution(Supplier<Actor> actor, ContributorRole role, int position) {
        this.actorReference = actor;
        this.role = role;
        this.position = position;
    }

    @NonNull
    public ContributorRole getRole() {
        return role;
    }

    @Description("Place in the credits, from 0.")
    public int getPosition() {
        return position;
    }

    @NonNull
    @Description("The contributor.")
    public Actor getActor() {
        return actorReference.get();
    }
}
