package org.analyst.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A section of an article, in reading order.")
public record ArticleSection(
        @NonNull SectionRole role,
        @Description("\"BACKGROUND\"; null for the lede.") String heading,
        @Description("Place in the article, from 0.") int position,
        @NonNull List<@NonNull String> paragraphs) {
}
