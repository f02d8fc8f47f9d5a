package org.analyst.time;

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

import org.analyst.graphql.SqlConditions;
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
        DateRangeFilter.overlapping(where, prefix, from, to);
        String plan = plan("select 1 from " + table + " where " + where.clause(), where.values());
        assertTrue(plan.contains(index), "plan uses " + index + ":\n" + plan);
    }

    private String plan(String sql, List<Object> values) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement()) {
                settings.execute("set local enable_seqscan = off");
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
