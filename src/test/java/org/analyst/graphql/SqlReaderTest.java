package org.analyst.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SqlReaderTest {

    private static final String BY_KEY = "select count(*) from actor where id > ? /* by key */";
    private static final String BY_FILTER = "select count(*) from actor where id > ? /* by filter */";

    @Inject
    SqlReader sql;

    @Test
    void aFilterIsPlannedForTheValuesOfEachRunWhileKeysReuseAPreparedStatement() {
        // In one transaction the pool hands every read the same connection, whose prepared statements
        // PostgreSQL lists.
        List<String> prepared = QuarkusTransaction.requiringNew().call(() -> {
            for (long key = 0; key < 10; key++) {
                sql.rows(BY_KEY, List.of(key));
                sql.rowsPlannedForValues(BY_FILTER, List.of(key));
            }
            return sql.rows("select statement from pg_prepared_statements", List.of()).stream()
                    .map(row -> (String) row[0]).toList();
        });
        assertTrue(prepared.stream().anyMatch(statement -> statement.contains("by key")), prepared::toString);
        assertFalse(prepared.stream().anyMatch(statement -> statement.contains("by filter")), prepared::toString);
    }

    @Test
    void noStatementOfTheApiGetsParallelWorkers() {
        assertEquals("0", sql.rows("show max_parallel_workers_per_gather", List.of()).get(0)[0]);
    }
}
