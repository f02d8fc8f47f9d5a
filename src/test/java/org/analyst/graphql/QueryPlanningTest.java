package org.analyst.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * How PostgreSQL plans the reads: keys reuse a prepared statement and its generic plan, filters
 * are planned for each run's values, no statement gets parallel workers. In one transaction the
 * pool hands every read the same connection, whose prepared statements PostgreSQL lists.
 */
@QuarkusTest
class QueryPlanningTest {

    private static final SortOrder BY_ID = SortOrder.ascending("ID", SortKey.id("a.id"));

    @Inject
    SqlReader sql;

    @Inject
    KeysetPager pager;

    @Test
    void aFilterIsPlannedForTheValuesOfEachRunWhileKeysReuseAPreparedStatement() {
        List<String> prepared = preparedAfter(() -> {
            for (long key = 0; key < 10; key++) {
                sql.rows("select count(*) from actor where id > ? /* by key */", List.of(key));
                sql.rowsPlannedForValues("select count(*) from actor where id > ? /* by filter */", List.of(key));
            }
        });
        assertTrue(prepared.stream().anyMatch(statement -> statement.contains("by key")), prepared::toString);
        assertFalse(prepared.stream().anyMatch(statement -> statement.contains("by filter")), prepared::toString);
    }

    @Test
    void onlyConnectionsAClientFilteredArePlannedForTheirValues() {
        List<String> prepared = preparedAfter(() -> {
            for (long key = 0; key < 10; key++) {
                SqlConditions unfiltered = new SqlConditions().and("a.id > ? /* unfiltered */", key);
                SqlConditions filtered = new SqlConditions().and("a.id > ? /* filtered */", key);
                pager.page(new ConnectionQuery("actor a", unfiltered, BY_ID, false), new PageArgs(2, null, null, null), "a.id");
                pager.count(new ConnectionQuery("actor a", filtered, BY_ID, true));
                pager.page(new ConnectionQuery("actor a", filtered, BY_ID, true), new PageArgs(2, null, null, null), "a.id");
            }
        });
        assertTrue(prepared.stream().anyMatch(statement -> statement.contains("unfiltered")), prepared::toString);
        assertFalse(prepared.stream().anyMatch(statement -> statement.contains("/* filtered")), prepared::toString);
    }

    @Test
    void noStatementOfTheApiGetsParallelWorkers() {
        assertEquals("0", sql.rows("show max_parallel_workers_per_gather", List.of()).get(0)[0]);
    }

    private List<String> preparedAfter(Runnable reads) {
        return QuarkusTransaction.requiringNew().call(() -> {
            reads.run();
            return sql.rows("select statement from pg_prepared_statements", List.of()).stream()
                    .map(row -> (String) row[0]).toList();
        });
    }
}
