package org.analyst.article;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ArticleInput")
@Description("An article's editable content. On update, a field left out (null) keeps its value; an empty list clears.")
public class ArticleInput {

    @NonNull
    @NotBlank
    @Size(max = 300)
    public String title;

    @Description("Derived from the title when absent on create.")
    public String slug;

    @Size(max = 5_000)
    @Description("The lede.")
    public String summary;

    @Size(max = 100)
    @Description("Default on create: \"Analytical Articles\".")
    public String category;

    @Id
    @Size(max = 50)
    public List<@NonNull String> authorIds;

    @Id
    @Description("The periodical it appears in.")
    public String periodicalId;

    @Size(max = 100)
    @Description("The whole text, in reading order; it makes the body that attestations point into.")
    public List<@NonNull @Valid ArticleSectionInput> sections;

    @Id
    @Size(max = 100)
    public List<@NonNull String> regionIds;

    @Id
    @Size(max = 500)
    public List<@NonNull String> mentionIds;
}
