package org.analyst.publication;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PublicationFilter")
@Description("Which publications to list. Filters combine with AND; the values of one list with OR; an empty list means any.")
public class PublicationFilter {

    @Description("Only publications of these kinds.")
    public List<@NonNull PublicationKind> kinds;

    @Description("Only publications one of these actors contributed to.")
    @Id
    public List<@NonNull String> contributorIds;

    @Description("Only publications in this series.")
    @Id
    public String seriesId;

    @Description("Only staff publications (true) or only others (false).")
    public Boolean staffPublication;

    @Description("Only publications whose date range overlaps [from, to]: on or after this day.")
    public LocalDate from;

    @Description("Only publications whose date range overlaps [from, to]: on or before this day.")
    public LocalDate to;
}
