package org.analyst.publication;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ContributionInput")
public class ContributionInput {

    @NonNull
    @NotNull
    @Id
    public String actorId;

    @NonNull
    @NotNull
    public ContributorRole role;
}
