package org.analyst.article;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ArticleSectionInput")
@Description("A section: its role, an optional heading, and its paragraphs in order.")
public class ArticleSectionInput {

    @NonNull
    @NotNull
    public SectionRole role;

    @Size(max = 200)
    @Description("\"BACKGROUND\"; none for the lede.")
    public String heading;

    @NonNull
    @NotEmpty
    @Size(max = 500)
    @Description("Plain text; no-break spaces become spaces and each paragraph is trimmed.")
    public List<@NonNull @NotBlank @Size(max = 20_000) String> paragraphs;
}
