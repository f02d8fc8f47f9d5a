package org.analyst.analytics;

import java.time.LocalDate;
import java.util.List;

import org.analyst.engine.limits.ListSize;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One bucket of a timeline. A statement is dated by a range [earliest, latest]: it is certainly in a bucket"
        + " when its whole range lies within the bucket, and counts there (count, byStance, byKind); it is possibly"
        + " in every bucket its range overlaps without lying within it (possibleCount). So counts never count a"
        + " statement twice, and a range over several buckets (\"2022\" in a monthly timeline, \"before 2023\") shows"
        + " as possible in each. A statement with no known date is in no bucket.")
public record TimelineBucket(
        @NonNull @Description("The bucket's first day.") LocalDate start,
        @NonNull @Description("The bucket's last day.") LocalDate end,
        @NonNull @Description("Statements certainly in the bucket: their whole date range lies within it.") int count,
        @NonNull @ListSize(assumedSize = 5)
        @Description("Of the statements certainly in the bucket, how many take each stance towards a matched target"
                + " (each stance once per statement), for the stances taken, in the order of Stance.")
        List<@NonNull StanceCount> byStance,
        @NonNull @ListSize(assumedSize = 20)
        @Description("Of the statements certainly in the bucket, how many are of each kind, for the kinds present, in the order of StatementKind.")
        List<@NonNull KindCount> byKind,
        @NonNull @Description("Statements possibly in the bucket: their date range overlaps it without lying within it.")
        int possibleCount) {
}
