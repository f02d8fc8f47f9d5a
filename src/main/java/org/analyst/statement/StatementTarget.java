package org.analyst.statement;

import java.util.function.Supplier;

import org.analyst.actor.Actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Whom a statement is about or addressed to, in what role and with what stance.")
public class StatementTarget {

    @Ignore
    private final Supplier<Actor> actorReference;
    private final TargetRole role;
    private final Stance stance;
    private final Explicitness explicitness;
    @Ignore
    private final Supplier<Actor> interpretedByReference;

    StatementTarget(Supplier<Actor> actor, TargetRole role, Stance stance, Explicitness explicitness,
            Supplier<Actor> interpretedBy) {
        this.actorReference = actor;
        this.role = role;
        this.stance = stance;
        this.explicitness = explicitness;
        this.interpretedByReference = interpretedBy;
    }

    @NonNull
    public TargetRole getRole() {
        return role;
    }

    @NonNull
    public Stance getStance() {
        return stance;
    }

    @NonNull
    @Description("INTERPRETED: the target was read into the statement by an analyst (see interpretedBy).")
    public Explicitness getExplicitness() {
        return explicitness;
    }

    @NonNull
    @Description("The targeted actor.")
    public Actor getActor() {
        return actorReference.get();
    }

    @Description("Who read the target into the statement, when INTERPRETED.")
    public Actor getInterpretedBy() {
        return interpretedByReference.get();
    }
}
