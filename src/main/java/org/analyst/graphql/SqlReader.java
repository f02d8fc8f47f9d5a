package org.analyst.graphql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.postgresql.PGStatement;

/**
 * Reads plain rows with plain JDBC, for the read path: no entities to initialise and track, no
 * HQL to translate, no result mapping to resolve. Profiles of the benchmark's queries found those
 * taking much of the server's CPU (bench/results/NOTES.md).
 *
 * <p>Each read borrows a connection and gives it back before it returns, whatever happens: a
 * read that outlives its request (the client went away) holds nothing. Inside a transaction the
 * pool hands out the transaction's own connection, so a mutation reads what it has flushed.
 */
@ApplicationScoped
public class SqlReader {

    @Inject
    AgroalDataSource dataSource;

    private final Counter statements;

    @Inject
    SqlReader(MeterRegistry registry) {
        statements = Counter.builder("analyst.sql.reads").description("SQL statements run to read for GraphQL")
                .register(registry);
    }

    /**
     * The rows of a statement with {@code ?} placeholders, bound in order, each read by column name.
     * Name keys with {@link #oneOf} and bind {@link #keyValue}: one array parameter keeps the statement
     * text the same whatever the number of keys (beyond one), so the driver and the server reuse its plan.
     */
    public <T> List<T> list(String sql, Function<Row, T> reader, Object... values) {
        return list(sql, List.of(values), reader);
    }

    /**
     * As {@link #list(String, Function, Object...)}, with the values of the placeholders as a list (a
     * statement built from {@link SqlConditions}). A statement run often is prepared on the server
     * after a few runs, and PostgreSQL then settles on one generic plan for it, whatever the values:
     * right for keys, which all match alike.
     */
    public <T> List<T> list(String sql, List<Object> values, Function<Row, T> reader) {
        return each(read(sql, values, false), reader);
    }

    /**
     * As {@link #list(String, List, Function)}, but planned afresh for each run's values: for filters,
     * where the best plan depends on them. The statements of one week are best found through the
     * index of date ranges; those of ten years, by walking the date order newest first until a page
     * is full: a generic plan cannot know which.
     */
    public <T> List<T> listPlannedForValues(String sql, List<Object> values, Function<Row, T> reader) {
        return each(read(sql, values, true), reader);
    }

    /** Each row's columns in select order, for a statement whose one column needs no name (a count, a setting). */
    public List<Object[]> rows(String sql, List<Object> values) {
        return list(sql, values, Row::values);
    }

    /** As {@link #rows}, planned as {@link #listPlannedForValues} plans. */
    public List<Object[]> rowsPlannedForValues(String sql, List<Object> values) {
        return listPlannedForValues(sql, values, Row::values);
    }

    /** Each row as the reader reads it, after the connection went back to the pool. */
    private static <T> List<T> each(List<Row> rows, Function<Row, T> reader) {
        List<T> read = new ArrayList<>(rows.size());
        for (Row row : rows) {
            read.add(reader.apply(row));
        }
        return read;
    }

    private List<Row> read(String sql, List<Object> values, boolean plannedForValues) {
        statements.increment();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = new SqlConditions().and(sql, values.toArray()).prepare(connection)) {
            if (plannedForValues) {
                // Never a named server-side statement: the server plans an unnamed one for its values.
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            return readAll(statement);
        } catch (SQLException failed) {
            throw new ReadFailedException(failed);
        }
    }

    /** The rows of the statement's result, which share the names of its columns. */
    private static List<Row> readAll(PreparedStatement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery()) {
            ColumnNames names = ColumnNames.of(result.getMetaData());
            int width = names.width();
            List<Row> rows = new ArrayList<>();
            while (result.next()) {
                Object[] values = new Object[width];
                for (int i = 0; i < width; i++) {
                    values[i] = names.value(result, i);
                }
                rows.add(new Row(values, names));
            }
            return rows;
        }
    }

    /**
     * Keys as one SQL array value, for {@code = any(?)}. Typed Object so that passing it to
     * {@link #list}'s varargs keeps it one value instead of spreading it into many.
     */
    public static Object keys(Collection<Long> keys) {
        return keys.toArray(Long[]::new);
    }

    /**
     * The condition that {@code column} holds one of these keys, its placeholder bound to
     * {@link #keyValue}: one key is {@code = ?}, more are {@code = any(?)}. Read with an array, a
     * statement that usually gets a single key (an article's periodical, the article its passages
     * are in) is planned afresh on every run: PostgreSQL's generic plan, costed for an array of
     * unknown length, never looks cheaper than one planned for one key. Those plans took half of
     * the database's time for an article page (bench/results/NOTES.md).
     */
    public static String oneOf(String column, Collection<Long> keys) {
        return column + (keys.size() == 1 ? " = ?" : " = any(?)");
    }

    /** The value of {@link #oneOf}'s placeholder: the key, or the keys as one array. */
    public static Object keyValue(Collection<Long> keys) {
        return keys.size() == 1 ? keys.iterator().next() : keys(keys);
    }

    /** A read the database refused or could not finish; the fault handler reads the SQL state in its cause. */
    static final class ReadFailedException extends RuntimeException {
        ReadFailedException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
