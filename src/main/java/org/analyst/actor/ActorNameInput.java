package org.analyst.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ActorNameInput")
public class ActorNameInput {

    @NonNull
    @NotBlank
    @Size(max = 200)
    public String name;

    @NonNull
    @NotNull
    public NameType type;
}
