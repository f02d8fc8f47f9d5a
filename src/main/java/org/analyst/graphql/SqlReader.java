package org.analyst.graphql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Reads plain rows with SQL, for the read path: no entities to initialise and track, no HQL to
 * translate, no query object per statement. Profiles of the benchmark's queries found those
 * taking a third of the server's CPU (bench/results/NOTES.md). Statements run on the current
 * session's JDBC connection, so a mutation reads what it has just flushed, and Hibernate's
 * statistics and SQL log still see them.
 */
@ApplicationScoped
public class SqlReader {

    @Inject
    EntityManager entityManager;

    /**
     * The rows of a statement with {@code ?} placeholders, bound in order. Bind key lists with
     * {@link #keys} to {@code = any(?)}: one array parameter keeps the statement text the same
     * whatever the number of keys, so the driver and the server reuse its plan. A collection
     * value fills {@code in (?)} with one placeholder per element.
     */
    public <T> List<T> list(String sql, Function<Row, T> reader, Object... values) {
        List<T> rows = new ArrayList<>();
        for (Object[] columns : rows(sql, List.of(values))) {
            rows.add(reader.apply(new Row(columns)));
        }
        return rows;
    }

    /** The rows of a statement with {@code ?} placeholders and their values, each row's columns in order. */
    public List<Object[]> rows(String sql, List<Object> values) {
        List<Object> flat = new ArrayList<>();
        String jdbcSql = expandCollections(sql, values, flat);
        SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(jdbcSql);
        try {
            for (int i = 0; i < flat.size(); i++) {
                statement.setObject(i + 1, jdbcValue(statement.getConnection(), flat.get(i)));
            }
            ResultSet results = jdbc.getResultSetReturn().extract(statement, jdbcSql);
            int width = results.getMetaData().getColumnCount();
            List<Object[]> rows = new ArrayList<>();
            while (results.next()) {
                Object[] row = new Object[width];
                for (int column = 0; column < width; column++) {
                    row[column] = results.getObject(column + 1);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "Could not read rows", jdbcSql);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
            jdbc.afterStatementExecution();
        }
    }

    /**
     * Keys as one SQL array value, for {@code = any(?)}. Typed Object so that passing it to
     * {@link #list}'s varargs keeps it one value instead of spreading it into many.
     */
    public static Object keys(Collection<Long> keys) {
        return keys.toArray(Long[]::new);
    }

    /** The statement with each placeholder of a collection value repeated once per element. */
    private static String expandCollections(String sql, List<Object> values, List<Object> flat) {
        StringBuilder expanded = new StringBuilder(sql.length());
        int next = 0;
        for (char c : sql.toCharArray()) {
            if (c != '?') {
                expanded.append(c);
                continue;
            }
            Object value = values.get(next++);
            if (value instanceof Collection<?> elements) {
                // an empty list matches nothing: in (null)
                expanded.append(elements.isEmpty() ? "null" : String.join(", ", Collections.nCopies(elements.size(), "?")));
                flat.addAll(elements);
            } else {
                expanded.append('?');
                flat.add(value);
            }
        }
        if (next != values.size()) {
            throw new IllegalArgumentException("Statement and values do not match: " + sql);
        }
        return expanded.toString();
    }

    private static Object jdbcValue(Connection connection, Object value) throws SQLException {
        if (value instanceof Long[] keys) {
            return connection.createArrayOf("bigint", keys);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return value;
    }
}
