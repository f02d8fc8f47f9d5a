package org.analyst.analytics;

import java.util.List;

import jakarta.inject.Inject;

import org.analyst.engine.limits.ListSize;
import org.analyst.statement.StatementFilter;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class TimelineQueries {

    @Inject
    TimelineService timelines;

    @Query
    @ListSize(assumedSize = AnalyticsLimits.MAX_BUCKETS)
    @Description("The statements the filter matches (as statements(filter:) matches them), counted in buckets of an"
            + " interval, every bucket in order, empty ones included: from the filter's from to its to, else over the"
            + " known dates of the matched statements, at most " + AnalyticsLimits.MAX_BUCKETS + " buckets (more is"
            + " BAD_USER_INPUT). A statement counts in a bucket when its whole date range lies within it, and is"
            + " possible (possibleCount) in each bucket its range overlaps otherwise; one with no known date is in none.")
    public @NonNull List<@NonNull TimelineBucket> statementTimeline(
            @Description("Which statements; all when absent.") StatementFilter filter,
            @Description("The length of the buckets.") @NonNull TimeInterval interval) {
        return timelines.timeline(filter, interval);
    }
}
