package org.analyst.graphql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A read by one key, named as {@link SqlReader#oneOf} names it, settles on PostgreSQL's generic
 * plan once the driver prepares it on the server; named as an array, the same read is planned
 * afresh on every run (the cost SqlReader.oneOf exists to avoid).
 */
@QuarkusTest
class KeyReadPlansTest {

    /** The driver prepares a statement on the server at its fifth run, PostgreSQL plans it for its values five more. */
    private static final int RUNS = 15;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void oneKeyGetsAGenericPlanWhereAnArrayOfOneDoesNot() throws SQLException {
        List<Long> oneKey = List.of(firstActor());
        Plans array = plans("select a.name from actor a where a.id = any(?)", SqlReader.keys(oneKey));
        assertTrue(array.generic() == 0 && array.custom() > 5, "an array of one key, planned on every run: " + array);
        Plans named = plans("select a.name from actor a where " + SqlReader.oneOf("a.id", oneKey), SqlReader.keyValue(oneKey));
        assertTrue(named.generic() > 0, "one key, named as such: " + named);
    }

    @Test
    void manyKeysStayOneArray() {
        assertEquals("a.id = any(?)", SqlReader.oneOf("a.id", List.of(1L, 2L)));
        assertArrayEquals(new Long[] {1L, 2L}, (Long[]) SqlReader.keyValue(List.of(1L, 2L)));
        assertEquals("a.id = ?", SqlReader.oneOf("a.id", List.of(1L)));
        assertEquals(1L, SqlReader.keyValue(List.of(1L)));
    }

    private record Plans(long generic, long custom) {
    }

    /** Runs the read on one connection and returns how PostgreSQL planned its server-side statement. */
    private Plans plans(String sql, Object key) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement read = connection.prepareStatement(sql)) {
                for (int i = 0; i < RUNS; i++) {
                    read.setObject(1, key);
                    try (ResultSet rows = read.executeQuery()) {
                        assertTrue(rows.next(), "the actor is read");
                    }
                }
            }
            try (PreparedStatement prepared = connection.prepareStatement("select generic_plans, custom_plans"
                    + " from pg_prepared_statements where statement = ?")) {
                prepared.setString(1, sql.replace("?", "$1"));
                try (ResultSet row = prepared.executeQuery()) {
                    assertTrue(row.next(), "the driver prepared the read on the server");
                    return new Plans(row.getLong(1), row.getLong(2));
                }
            }
        }
    }

    private long firstActor() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement first = connection.prepareStatement("select min(id) from actor");
                ResultSet row = first.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
