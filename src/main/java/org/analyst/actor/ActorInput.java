package org.analyst.actor;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ActorInput")
@Description("An actor's editable content. On update, a field left out (null) keeps its value; an empty list clears.")
public class ActorInput {

    @NonNull
    @NotNull
    public ActorKind kind;

    @NonNull
    @NotBlank
    @Size(max = 200)
    public String name;

    @Description("Derived from the name when absent on create.")
    public String slug;

    @Size(max = 100)
    public List<@NonNull @Valid ActorNameInput> aliases;

    @Size(max = 5_000)
    public String description;

    @Description("For organisations and groups.")
    public OrganizationType organizationType;

    @Id
    @Description("The STATE the actor belongs to.")
    public String countryId;

    @Size(max = 100)
    public List<@NonNull @Valid PositionInput> positions;
}
