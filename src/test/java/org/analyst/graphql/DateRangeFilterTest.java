package org.analyst.graphql;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A date filter reads the GiST index on the date range, whichever bounds it has: PostgreSQL,
 * told not to scan tables whole, plans the filter's own SQL through the index.
 */
@QuarkusTest
class DateRangeFilterTest {

    @Inject
    DataSource dataSource;

    @ParameterizedTest
    @CsvSource({"statement s, s.date, statement_date_overlap_idx, 2022-01-01, 2022-12-31",
            "statement s, s.date, statement_date_overlap_idx, 2022-01-01, ",
            "statement s, s.date, statement_date_overlap_idx, , 2022-12-31",
            "publication p, p.date, publication_date_overlap_idx, 2020-01-01, 2021-06-30"})
    void readsTheIndex(String table, String prefix, String index, LocalDate from, LocalDate to) throws SQLException {
        SqlConditions where = new SqlConditions();
        DateRangeFilter.overlapping(where, prefix, prefix.charAt(0) + ".sort_date", from, to);
        String plan = plan("select 1 from " + table + " where " + where.clause(), where.values(), "enable_seqscan");
        assertTrue(plan.contains(index), "plan uses " + index + ":\n" + plan);
    }

    /**
     * Newest first, a page of a range ending in 2022 can read the date order from 2022-12-31 down
     * (PostgreSQL, told to read that order from its index, bounds the walk), instead of from the
     * newest row. The sample data is too small for the planner to prefer it unasked.
     */
    @ParameterizedTest
    @CsvSource({"statement s, s.date, statement_order_idx", "publication p, p.date, publication_order_idx"})
    void aNewestFirstPageStartsAtTheEndOfTheRange(String table, String prefix, String index) throws SQLException {
        SqlConditions where = new SqlConditions();
        String alias = table.substring(table.length() - 1);
        DateRangeFilter.overlapping(where, prefix, alias + ".sort_date", LocalDate.parse("2022-01-01"),
                LocalDate.parse("2022-12-31"));
        String plan = plan("select 1 from " + table + " where " + where.clause() + " order by " + alias
                + ".sort_date desc, " + alias + ".id desc limit 21", where.values(), "enable_bitmapscan", "enable_sort");
        assertTrue(plan.contains("Index Scan Backward using " + index) && plan.contains("Index Cond: (sort_date <= "),
                "the walk of " + index + " is bounded by the range's end:\n" + plan);
    }

    /** The plan of the statement with the given planner methods turned off. */
    private String plan(String sql, List<Object> values, String... disabled) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement()) {
                for (String method : disabled) {
                    settings.execute("set local " + method + " = off");
                }
            }
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
                for (int i = 0; i < values.size(); i++) {
                    explain.setObject(i + 1, values.get(i));
                }
                try (ResultSet lines = explain.executeQuery()) {
                    while (lines.next()) {
                        plan.append(lines.getString(1)).append('\n');
                    }
                }
            } finally {
                connection.rollback();
            }
            return plan.toString();
        }
    }
}
