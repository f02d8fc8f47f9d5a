package org.analyst.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
 * included), in one statement: PostgreSQL generates the buckets and places each statement in every
 * bucket its date range touches, certainly (the range lies within the bucket) or possibly. The
 * buckets run from the filter's from/to, else over the span of the matched statements' known dates,
 * at most {@link AnalyticsLimits#MAX_BUCKETS} of them; the series stops one past that, so a longer
 * timeline is refused after bounded work.
 */
@ApplicationScoped
public class TimelineService {

    @Inject
    SqlReader sql;

    @Inject
    StatementService statements;

    public List<TimelineBucket> timeline(StatementFilter filter, TimeInterval interval) {
        SqlConditions matched = statements.matching(filter)
                .and("(s.date_earliest is not null or s.date_latest is not null)");
        List<Object> values = new ArrayList<>(matched.values());
        String from = bound(filter == null ? null : filter.from, interval, values);
        String to = bound(filter == null ? null : filter.to, interval, values);
        values.add(AnalyticsLimits.MAX_BUCKETS + 1);
        SqlConditions target = StatementService.targetConditions(filter, "t");
        values.addAll(target.values());
        String step = "interval '" + interval.step + "'";
        List<Row> rows = sql.listPlannedForValues("with matched as ("
                + " select s.id, s.kind, " + truncated("s.date_earliest", interval) + " as first_bucket, "
                + truncated("s.date_latest", interval) + " as last_bucket from statement s where " + matched.clause()
                + "), span as ("
                + " select coalesce(" + from + ", min(coalesce(first_bucket, last_bucket))) as first,"
                + " coalesce(" + to + ", max(coalesce(last_bucket, first_bucket))) as last from matched"
                + "), bucket as ("
                + " select g::date as start from span, generate_series(span.first::timestamp, span.last::timestamp, "
                + step + ") g order by g limit ?"
                // Each statement in every bucket its range touches, an open end reaching the edge of the buckets.
                + "), placed as ("
                + " select m.id, m.kind, g::date as bucket, coalesce(m.first_bucket = m.last_bucket, false) as certain"
                + " from matched m, (select min(start) as first, max(start) as last from bucket) edge,"
                + " generate_series(greatest(coalesce(m.first_bucket, edge.first), edge.first)::timestamp,"
                + " least(coalesce(m.last_bucket, edge.last), edge.last)::timestamp, " + step + ") g"
                + "), totals as ("
                + " select bucket, count(*) filter (where certain) as certain, count(*) filter (where not certain) as possible"
                + " from placed group by bucket"
                + ") select b.start as bucket, null as kind, null as stance, coalesce(c.certain, 0) as certain,"
                + " coalesce(c.possible, 0) as possible from bucket b left join totals c on c.bucket = b.start"
                + " union all select bucket, kind, null, count(*), 0 from placed where certain group by bucket, kind"
                + " union all select p.bucket, null, t.stance, count(distinct p.id), 0 from placed p"
                + " join statement_target t on t.statement_id = p.id and " + target.clause()
                + " where p.certain group by p.bucket, t.stance"
                // A bucket's own row first, its kinds and stances after it.
                + " order by bucket, kind nulls first, stance nulls first", values, row -> row);
        return buckets(rows, interval);
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
