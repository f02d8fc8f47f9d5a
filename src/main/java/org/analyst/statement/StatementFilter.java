package org.analyst.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("StatementFilter")
@Description("Which statements to list. Filters combine with AND; the values of one list with OR; an empty list means any.")
public class StatementFilter {

    @Description("Only statements made by one of these actors.")
    @Id
    public List<@NonNull String> speakerIds;

    @Description("Only statements that target one of these actors.")
    @Id
    public List<@NonNull String> targetIds;

    @Description("Count INTERPRETED targets too (default false): targets an analyst read into the statement.")
    public Boolean includeInterpreted;

    @Description("Only statements of these kinds.")
    public List<@NonNull StatementKind> kinds;

    @Description("Only statements with one of these stances towards a matched target (one of targetIds, when given).")
    public List<@NonNull Stance> stances;

    @Description("Only statements whose [earliest, latest] overlaps [from, to]: on or after this day.")
    public LocalDate from;

    @Description("Only statements whose [earliest, latest] overlaps [from, to]: on or before this day.")
    public LocalDate to;

    @Description("Only statements with one of these attributions.")
    public List<@NonNull Attribution> attribution;

    @Description("Only statements with one of these statuses.")
    public List<@NonNull StatementStatus> status;

    @Description("Only statements reported by one of these articles.")
    @Id
    public List<@NonNull String> articleIds;

    public boolean countsInterpreted() {
        return Boolean.TRUE.equals(includeInterpreted);
    }

    /** Whether every statement matches: nothing is asked but, perhaps, to count interpreted targets. */
    public boolean matchesAll() {
        return Stream.of(speakerIds, targetIds, kinds, stances, attribution, status, articleIds)
                .allMatch(values -> values == null || values.isEmpty()) && from == null && to == null;
    }
}
