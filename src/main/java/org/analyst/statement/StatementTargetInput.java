package org.analyst.statement;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("StatementTargetInput")
public class StatementTargetInput {

    @NonNull
    @NotNull
    @Id
    public String actorId;

    @NonNull
    @NotNull
    public TargetRole role;

    @NonNull
    @NotNull
    public Stance stance;

    @Description("Default EXPLICIT.")
    public Explicitness explicitness;

    @Id
    @Description("Who read the target into the statement; only with INTERPRETED.")
    public String interpretedById;
}
