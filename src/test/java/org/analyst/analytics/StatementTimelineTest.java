package org.analyst.analytics;

import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** statementTimeline on the sample data, checked against the statements of its import document. */
@QuarkusTest
class StatementTimelineTest {

    private static final String TIMELINE = """
            query($filter: StatementFilter, $interval: TimeInterval!) {
              statementTimeline(filter: $filter, interval: $interval) {
                start end count possibleCount byStance { stance count } byKind { kind count } } }""";

    @Test
    void monthsOf2022CountWhatIsCertainlyInThemAndShowWhatIsPossible() {
        List<Map<String, Object>> months = timeline(Map.of("from", "2022-01-01", "to", "2022-12-31"), "MONTH");
        assertEquals(12, months.size(), "every month of 2022, empty ones included");
        for (int m = 0; m < 12; m++) {
            LocalDate start = LocalDate.of(2022, m + 1, 1);
            LocalDate end = start.plusMonths(1).minusDays(1);
            Map<String, Object> month = months.get(m);
            assertEquals(start.toString(), month.get("start"));
            assertEquals(end.toString(), month.get("end"));
            assertEquals(expected(start, end), counts(month), "month " + start);
        }
        // Read off the sample: Tokayev's and Zatulin's June statements are certain; "2022" and "before 2023" only possible.
        assertEquals(2, months.get(5).get("count"));
        assertEquals(List.of(Map.of("kind", "THREAT", "count", 1), Map.of("kind", "NON_RECOGNITION", "count", 1)),
                months.get(5).get("byKind"));
    }

    @Test
    void withoutDatesTheBucketsSpanTheMatchedStatements() {
        List<Map<String, Object>> years = timeline(Map.of(), "YEAR");
        // The known dates run from 2022 to 12 January 2023 (dates open before them reach no further back).
        assertEquals(List.of("2022-01-01", "2023-01-01"), years.stream().map(year -> year.get("start")).toList());
        assertEquals(expected(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), counts(years.get(1)));
        List<Map<String, Object>> quarters = timeline(Map.of("from", "2021-10-01", "to", "2022-03-31"), "QUARTER");
        assertEquals(List.of("2021-10-01", "2022-01-01"), quarters.stream().map(q -> q.get("start")).toList());
        assertEquals(0, quarters.get(0).get("count"));
        List<Map<String, Object>> weeks = timeline(Map.of("from", "2022-09-12", "to", "2022-09-25"), "WEEK");
        assertEquals(List.of("2022-09-12", "2022-09-19"), weeks.stream().map(w -> w.get("start")).toList(), "weeks start on Monday");
        assertEquals(expected(LocalDate.of(2022, 9, 19), LocalDate.of(2022, 9, 25)), counts(weeks.get(1)));
    }

    @Test
    void theFilterAndInterpretedTargetsCountAsInStatements() {
        Map<String, Object> hostile = Map.of("stances", List.of("HOSTILE"), "from", "2022-08-01", "to", "2022-08-31");
        assertEquals(0, timeline(hostile, "MONTH").get(0).get("count"), "Medvedev's target was read into his post");
        Map<String, Object> interpreted = new HashMap<>(hostile);
        interpreted.put("includeInterpreted", true);
        assertEquals(1, timeline(interpreted, "MONTH").get(0).get("count"));
        Map<String, Object> august = Map.of("from", "2022-08-01", "to", "2022-08-31");
        assertEquals(List.of(Map.of("stance", "SUPPORTIVE", "count", 1)), timeline(august, "MONTH").get(0).get("byStance"),
                "Medvedev supports Russia");
        Map<String, Object> withInterpreted = new HashMap<>(august);
        withInterpreted.put("includeInterpreted", true);
        assertEquals(List.of(Map.of("stance", "SUPPORTIVE", "count", 1), Map.of("stance", "HOSTILE", "count", 1)),
                timeline(withInterpreted, "MONTH").get(0).get("byStance"), "each stance of its matched targets once");
    }

    @Test
    void tooManyBucketsAreRefused() {
        var response = query(TIMELINE, Map.of("filter", Map.of("from", "2000-01-01", "to", "2022-12-31"), "interval", "WEEK"));
        assertEquals("BAD_USER_INPUT", ((Map<?, ?>) response.errors().get(0).get("extensions")).get("code"));
        assertTrue(response.errors().get(0).get("message").toString().contains("more than 600 buckets"));
        assertEquals(1, timeline(Map.of("from", "2000-01-01", "to", "2022-12-31"), "YEAR").stream()
                .filter(year -> (int) year.get("count") > 0).count());
    }

    private static List<Map<String, Object>> timeline(Map<String, Object> filter, String interval) {
        return query(TIMELINE, Map.of("filter", filter, "interval", interval)).ok().data("statementTimeline");
    }

    private static Map<String, Object> counts(Map<String, Object> bucket) {
        Map<String, Object> counts = new HashMap<>();
        counts.put("count", bucket.get("count"));
        counts.put("possibleCount", bucket.get("possibleCount"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> kinds = (List<Map<String, Object>>) bucket.get("byKind");
        counts.put("kinds", kinds.stream().map(kind -> kind.get("kind") + "=" + kind.get("count")).sorted().toList());
        return counts;
    }

    /** From the import document: certain when the date range lies within the bucket, possible when it only overlaps it. */
    private static Map<String, Object> expected(LocalDate start, LocalDate end) {
        int certain = 0;
        int possible = 0;
        List<String> kinds = new ArrayList<>();
        Map<String, Integer> byKind = new HashMap<>();
        for (Map<String, Object> statement : SampleStatements.load().statements()) {
            LocalDate earliest = SampleStatements.date(statement, "earliest");
            LocalDate latest = SampleStatements.date(statement, "latest");
            if (earliest == null && latest == null) {
                continue;
            }
            boolean overlaps = (earliest == null || !earliest.isAfter(end)) && (latest == null || !latest.isBefore(start));
            boolean within = earliest != null && latest != null && !earliest.isBefore(start) && !latest.isAfter(end);
            if (within) {
                certain++;
                byKind.merge((String) statement.get("kind"), 1, Integer::sum);
            } else if (overlaps) {
                possible++;
            }
        }
        byKind.forEach((kind, count) -> kinds.add(kind + "=" + count));
        return Map.of("count", certain, "possibleCount", possible, "kinds", kinds.stream().sorted().toList());
    }
}
