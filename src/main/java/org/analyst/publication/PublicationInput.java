package org.analyst.publication;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.analyst.time.PartialDateInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PublicationInput")
@Description("A publication's editable content. On update, a field left out (null) keeps its value; an empty list clears.")
public class PublicationInput {

    @NonNull
    @NotNull
    public PublicationKind kind;

    @NonNull
    @NotBlank
    @Size(max = 500)
    public String title;

    @Description("Derived from the title when absent on create.")
    public String slug;

    @Size(max = 100)
    @Description("In credit order.")
    public List<@NonNull @Valid ContributionInput> contributors;

    @Id
    @Description("The SERIES it belongs to.")
    public String seriesId;

    @Id
    @Description("Where an outside analysis appeared.")
    public String outletId;

    @Id
    @Size(max = 20)
    public List<@NonNull String> publisherIds;

    @Valid
    public PartialDateInput date;

    @Size(max = 2_000)
    @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
    public String url;

    @Size(max = 5_000)
    public String description;

    @Description("Default on create: false.")
    public Boolean staffPublication;
}
