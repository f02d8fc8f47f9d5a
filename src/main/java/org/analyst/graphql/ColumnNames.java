package org.analyst.graphql;

import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.postgresql.PGResultSetMetaData;

/**
 * The names of a result set's columns, by which its {@link Row}s are read: computed once per
 * result set from its metadata and shared by all its rows.
 *
 * <p>A reader reads the same columns in the same order on every row, mostly in select order, and
 * names each with a string literal (one object per name). So a row first tries the position after
 * the column it read last, comparing the name object with the one that position was last found
 * by: one comparison of references instead of a map lookup per column (bench/results/NOTES.md).
 */
final class ColumnNames {

    /** A name two columns have: reading it is a mistake, though selecting it is not. */
    private static final int AMBIGUOUS = -1;

    /** How a column's value is read from its result set. */
    @FunctionalInterface
    interface Read {
        Object value(ResultSet result, int column) throws SQLException;
    }

    private static final Read DEFAULT = ResultSet::getObject;
    /**
     * Keys, integers and text by their own getters. The driver's getObject first looks the
     * column's SQL type up and dispatches on it, for every value: reading the rows of the front
     * page held a third of its JVM samples, the lookup and dispatch a good part of that (JFR).
     */
    private static final Read BIGINT = (result, column) -> {
        long value = result.getLong(column);
        return result.wasNull() ? null : value;
    };
    private static final Read INTEGER = (result, column) -> {
        int value = result.getInt(column);
        return result.wasNull() ? null : value;
    };
    private static final Read TEXT = ResultSet::getString;
    /**
     * Dates as LocalDate, which the driver parses from the column's text. Its default java.sql.Date
     * goes through a GregorianCalendar each: a tenth of the CPU samples of a page of 50 actors with
     * their positions went to computing calendar fields.
     */
    private static final Read DATE = (result, column) -> result.getObject(column, LocalDate.class);
    /** Instants (timestamptz) sent as text: the first runs of a statement, and those planned for their values. */
    private static final Read INSTANT_TEXT = (result, column) -> {
        OffsetDateTime value = result.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    };
    /**
     * Instants sent in PostgreSQL's binary format, microseconds since 2000-01-01 UTC, taken as they
     * come. The driver turns them into a LocalDateTime, then an OffsetDateTime, validating calendar
     * fields on the way; every node has two (created, updated), and on a page of articles with
     * their statements, speakers and targets those conversions took a tenth of the CPU samples (JFR).
     */
    private static final Read INSTANT_BINARY = (result, column) -> {
        byte[] bytes = result.getBytes(column);
        return bytes == null ? null : instant(ByteBuffer.wrap(bytes).getLong());
    };
    private static final long EPOCH_2000_SECONDS = 946_684_800L;

    private static Instant instant(long microsSince2000) {
        return Instant.ofEpochSecond(EPOCH_2000_SECONDS + Math.floorDiv(microsSince2000, 1_000_000L),
                Math.floorMod(microsSince2000, 1_000_000L) * 1_000L);
    }

    private final String[] names;
    /** How each column is read. */
    private final Read[] reads;
    private final Map<String, Integer> indexes;
    /**
     * The name object each position was last found by. Written by any reading thread: a reference
     * write is atomic, and a position seen stale only means one map lookup more.
     */
    private final String[] foundBy;
    /** The columns of each partial date read so far, by name: copied on write, as rows may be read on any thread. */
    private volatile Map<String, int[]> partialDates = Map.of();

    private ColumnNames(String[] names, Read[] reads) {
        this.names = names;
        this.reads = reads;
        this.foundBy = new String[names.length];
        this.indexes = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            indexes.merge(names[i], i, (first, second) -> AMBIGUOUS);
        }
    }

    static ColumnNames of(ResultSetMetaData metadata) throws SQLException {
        String[] names = new String[metadata.getColumnCount()];
        Read[] reads = new Read[names.length];
        PGResultSetMetaData formats = metadata.unwrap(PGResultSetMetaData.class);
        for (int i = 0; i < names.length; i++) {
            names[i] = metadata.getColumnLabel(i + 1);
            reads[i] = switch (metadata.getColumnTypeName(i + 1)) {
                case "int8" -> BIGINT;
                case "int4", "int2" -> INTEGER;
                case "text", "varchar" -> TEXT;
                case "date" -> DATE;
                case "timestamptz" -> formats.getFormat(i + 1) == 1 ? INSTANT_BINARY : INSTANT_TEXT;
                default -> DEFAULT;
            };
        }
        return new ColumnNames(names, reads);
    }

    /** Column {@code index}'s (from 0) value in the result set's current row. */
    Object value(ResultSet result, int index) throws SQLException {
        return reads[index].value(result, index + 1);
    }

    int width() {
        return names.length;
    }

    /** As {@link #indexOf(String)}, trying the expected position first. */
    int indexOf(String name, int expected) {
        if (expected < foundBy.length && foundBy[expected] == name) {
            return expected;
        }
        int index = indexOf(name);
        foundBy[index] = name;
        return index;
    }

    /**
     * The position of the column with this name. A name the statement does not select, or selects
     * twice, is a mistake in the code that reads it.
     */
    int indexOf(String name) {
        Integer index = indexes.get(name);
        if (index == null) {
            throw new IllegalArgumentException("The statement selects no column named '" + name + "'; it selects "
                    + Arrays.toString(names));
        }
        if (index == AMBIGUOUS) {
            throw new IllegalArgumentException("The statement selects more than one column named '" + name
                    + "'; give each a name of its own: " + Arrays.toString(names));
        }
        return index;
    }

    /** The positions of the columns of the partial date with this name, in {@link PartialDateColumns#SUFFIXES} order. */
    int[] partialDate(String name) {
        int[] columns = partialDates.get(name);
        if (columns == null) {
            columns = PartialDateColumns.SUFFIXES.stream().mapToInt(suffix -> indexOf(name + suffix)).toArray();
            Map<String, int[]> more = new HashMap<>(partialDates);
            more.put(name, columns);
            partialDates = more;
        }
        return columns;
    }
}
