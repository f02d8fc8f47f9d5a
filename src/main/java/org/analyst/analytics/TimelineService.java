package org.analyst.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.analyst.article.ArticleVisibility;
import org.analyst.graphql.BadUserInputException;
import org.analyst.graphql.Row;
import org.analyst.graphql.SqlConditions;
import org.analyst.graphql.SqlReader;
import org.analyst.statement.Stance;
import org.analyst.statement.StatementFilter;
import org.analyst.statement.StatementKind;
import org.analyst.statement.StatementService;

/**
 * The timeline of the statements a filter matches (StatementService's own conditions, visibility
 * included), in one statement: PostgreSQL generates the buckets and counts each statement in the
 * bucket its date range lies within (certainly) or in every bucket the range only overlaps
 * (possibly). Without a filter it reads the counts PostgreSQL keeps for all statements by the
 * buckets their ranges start and end in (V3_1__timeline_counts.sql) rather than every statement;
 * both feed the same bucketing. The buckets run from the filter's from/to, else over the span of
 * the known dates, at most {@link AnalyticsLimits#MAX_BUCKETS} of them; the series stops one past
 * that, so a longer timeline is refused after bounded work.
 */
@ApplicationScoped
public class TimelineService {

    @Inject
    SqlReader sql;

    @Inject
    StatementService statements;

    @Inject
    ArticleVisibility visibility;

    public List<TimelineBucket> timeline(StatementFilter filter, TimeInterval interval) {
        List<Object> values = new ArrayList<>();
        String placed = filter == null || filter.matchesAll() ? kept(filter, interval) : matched(filter, interval, values);
        String from = bound(filter == null ? null : filter.from, interval, values);
        String to = bound(filter == null ? null : filter.to, interval, values);
        values.add(AnalyticsLimits.MAX_BUCKETS + 1);
        String step = "interval '" + interval.step + "'";
        List<Row> rows = sql.listPlannedForValues(placed
                + ", span as (select coalesce(" + from + ", min(case when first_bucket > '-infinity' then first_bucket"
                + " else last_bucket end)) as first, coalesce(" + to + ", max(case when last_bucket < 'infinity'"
                + " then last_bucket else first_bucket end)) as last from kinds"
                + "), bucket as (select g::date as start from span, generate_series(span.first::timestamp,"
                + " span.last::timestamp, " + step + ") g order by g limit ?"
                + "), edge as (select min(start) as first, max(start) as last from bucket"
                // A range over several buckets is possible in each: +n where it starts, -n after it ends, summed in order.
                + "), possible as (select b.start, sum(coalesce(d.statements, 0)) over (order by b.start) as statements"
                + " from bucket b left join (select bucket, sum(statements) as statements from ("
                + " select greatest(k.first_bucket, edge.first) as bucket, k.statements from kinds k, edge"
                + " where k.first_bucket <> k.last_bucket union all"
                + " select (least(k.last_bucket, edge.last) + " + step + ")::date, -k.statements from kinds k, edge"
                + " where k.first_bucket <> k.last_bucket) x group by bucket) d on d.bucket = b.start"
                + "), certain as (select first_bucket as bucket, kind, sum(statements) as statements from kinds"
                + " where first_bucket = last_bucket group by grouping sets ((first_bucket), (first_bucket, kind))"
                + ") select p.start as bucket, null as kind, null as stance, coalesce(c.statements, 0) as certain,"
                + " p.statements as possible from possible p left join certain c on c.bucket = p.start and c.kind is null"
                // Past the last bucket (a timeline refused for its length) nothing is read.
                + " union all select bucket, kind, null, statements, 0 from certain, edge"
                + " where kind is not null and bucket <= edge.last"
                + " union all select first_bucket, null, stance, sum(statements), 0 from stances, edge"
                + " where first_bucket = last_bucket and first_bucket <= edge.last group by first_bucket, stance"
                // A bucket's own row first, its kinds and stances after it.
                + " order by bucket, kind nulls first, stance nulls first", values, row -> row);
        return buckets(rows, interval);
    }

    /**
     * The matched statements as {@code kinds(first_bucket, last_bucket, kind, statements)} and their
     * stances towards matched targets, each once, as {@code stances(first_bucket, last_bucket, stance,
     * statements)}; an open end is -infinity or infinity.
     */
    private String matched(StatementFilter filter, TimeInterval interval, List<Object> values) {
        SqlConditions matched = statements.matching(filter)
                .and("(s.date_earliest is not null or s.date_latest is not null)");
        SqlConditions target = StatementService.targetConditions(filter, "t");
        values.addAll(matched.values());
        values.addAll(target.values());
        return "with matched as materialized (select s.id, s.kind,"
                + " coalesce(" + truncated("s.date_earliest", interval) + ", '-infinity') as first_bucket,"
                + " coalesce(" + truncated("s.date_latest", interval) + ", 'infinity') as last_bucket"
                + " from statement s where " + matched.clause()
                + "), kinds as (select first_bucket, last_bucket, kind, 1 as statements from matched"
                + "), stances as (select m.first_bucket, m.last_bucket, t.stance, 1 as statements from matched m"
                + " join lateral (select distinct t.stance from statement_target t where t.statement_id = m.id and "
                + target.clause() + ") t on true)";
    }

    /** The same two tables from the counts kept for all statements the reader may see. */
    private String kept(StatementFilter filter, TimeInterval interval) {
        // Weeks are counted by weeks; months, quarters and years by months, which quarters and years are made of.
        String step = interval == TimeInterval.WEEK ? "week" : "month";
        String audience = visibility.publishedOnly() ? "audience = 'READERS'" : "audience in ('READERS', 'EDITORS')";
        String kept = " where step = '" + step + "' and " + audience;
        return "with kinds as (select " + truncated("first_bucket", interval) + " as first_bucket, "
                + truncated("last_bucket", interval) + " as last_bucket, kind, statements from timeline_kind_count" + kept
                + "), stances as (select " + truncated("first_bucket", interval) + " as first_bucket, "
                + truncated("last_bucket", interval) + " as last_bucket, stance, statements from timeline_stance_count"
                + kept + " and " + (filter != null && filter.countsInterpreted() ? "interpreted" : "not interpreted") + ")";
    }

    /** The bucket a filter bound falls in, as SQL: bound as a value, or null when absent. */
    private static String bound(LocalDate day, TimeInterval interval, List<Object> values) {
        if (day == null) {
            return "null";
        }
        values.add(day);
        return truncated("cast(? as date)", interval);
    }

    /** The first day of the bucket a date falls in (calendar arithmetic on timestamps, free of time zones). */
    private static String truncated(String date, TimeInterval interval) {
        return "date_trunc('" + interval.field + "', " + date + "::timestamp)::date";
    }

    private static List<TimelineBucket> buckets(List<Row> rows, TimeInterval interval) {
        Map<LocalDate, Counts> buckets = new LinkedHashMap<>();
        for (Row row : rows) {
            LocalDate start = row.date("bucket");
            String kind = row.text("kind");
            String stance = row.text("stance");
            if (kind != null) {
                buckets.get(start).kinds.put(StatementKind.valueOf(kind), row.integer("certain"));
            } else if (stance != null) {
                buckets.get(start).stances.put(Stance.valueOf(stance), row.integer("certain"));
            } else {
                buckets.put(start, new Counts(row.integer("certain"), row.integer("possible")));
            }
        }
        if (buckets.size() > AnalyticsLimits.MAX_BUCKETS) {
            throw new BadUserInputException("the timeline has more than " + AnalyticsLimits.MAX_BUCKETS
                    + " buckets, the most one request may hold: narrow from/to or choose a longer interval");
        }
        return buckets.entrySet().stream().map(bucket -> bucket.getValue().bucket(bucket.getKey(), interval)).toList();
    }

    /** One bucket's counts as they are read. */
    private static final class Counts {
        final int certain;
        final int possible;
        final Map<StatementKind, Integer> kinds = new EnumMap<>(StatementKind.class);
        final Map<Stance, Integer> stances = new EnumMap<>(Stance.class);

        Counts(int certain, int possible) {
            this.certain = certain;
            this.possible = possible;
        }

        TimelineBucket bucket(LocalDate start, TimeInterval interval) {
            return new TimelineBucket(start, interval.end(start), certain,
                    stances.entrySet().stream().map(e -> new StanceCount(e.getKey(), e.getValue())).toList(),
                    kinds.entrySet().stream().map(e -> new KindCount(e.getKey(), e.getValue())).toList(), possible);
        }
    }
}
