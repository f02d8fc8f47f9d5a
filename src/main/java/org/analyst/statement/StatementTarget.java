package org.analyst.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Whom a statement is about or addressed to, in what role and with what stance.")
public class StatementTarget {

    @Ignore
    private final long actorKey;
    private final TargetRole role;
    private final Stance stance;
    private final Explicitness explicitness;
    @Ignore
    private final Long interpretedByKey;

    StatementTarget(long actorKey, TargetRole role, Stance stance, Explicitness explicitness, Long interpretedByKey) {
        this.actorKey = actorKey;
        this.role = role;
        this.stance = stance;
        this.explicitness = explicitness;
        this.interpretedByKey = interpretedByKey;
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

    Long actorKey() {
        return actorKey;
    }

    Long interpretedByKey() {
        return interpretedByKey;
    }
}
