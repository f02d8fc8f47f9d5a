package org.analyst.article;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ArticleFilter")
@Description("Which articles to list. Filters combine with AND; the values of one list with OR; an empty list means any.")
public class ArticleFilter {

    @Description("Default: PUBLISHED only. Readers without the editor role see published articles whatever they ask.")
    public List<@NonNull ArticleStatus> status;

    @Description("Only articles by one of these actors.")
    @Id
    public List<@NonNull String> authorIds;

    @Description("Only articles that mention all of these actors.")
    @Id
    public List<@NonNull String> mentionsActorIds;

    @Description("Only articles in this category, case-insensitively: \"Analytical Articles\".")
    public String category;

    @Description("Only articles published on or after this day (UTC).")
    public LocalDate publishedFrom;

    @Description("Only articles published on or before this day (UTC).")
    public LocalDate publishedTo;
}
