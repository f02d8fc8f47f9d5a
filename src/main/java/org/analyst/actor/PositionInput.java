package org.analyst.actor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.analyst.time.PartialDateInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PositionInput")
@Description("An office held: current while it has no end.")
public class PositionInput {

    @NonNull
    @NotBlank
    @Size(max = 200)
    public String title;

    @Id
    public String organizationId;

    @Valid
    public PartialDateInput start;

    @Valid
    public PartialDateInput end;
}
