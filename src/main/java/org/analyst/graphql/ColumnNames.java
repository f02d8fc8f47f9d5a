package org.analyst.graphql;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

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

    /**
     * Dates and instants as java.time values, which the driver parses from the column's text. Its
     * default java.sql.Date and Timestamp go through a GregorianCalendar each: a tenth of the CPU
     * samples of a page of 50 actors with their positions went to computing calendar fields.
     */
    private static final Map<String, Class<?>> JAVA_TIME = Map.of("date", LocalDate.class,
            "timestamptz", OffsetDateTime.class);

    private final String[] names;
    /** The class each column is read as, where it is not the driver's default; null where it is. */
    private final Class<?>[] readAs;
    private final Map<String, Integer> indexes;
    /**
     * The name object each position was last found by. Written by any reading thread: a reference
     * write is atomic, and a position seen stale only means one map lookup more.
     */
    private final String[] foundBy;
    /** The columns of each partial date read so far, by name: copied on write, as rows may be read on any thread. */
    private volatile Map<String, int[]> partialDates = Map.of();

    private ColumnNames(String[] names, Class<?>[] readAs) {
        this.names = names;
        this.readAs = readAs;
        this.foundBy = new String[names.length];
        this.indexes = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            indexes.merge(names[i], i, (first, second) -> AMBIGUOUS);
        }
    }

    static ColumnNames of(ResultSetMetaData metadata) throws SQLException {
        String[] names = new String[metadata.getColumnCount()];
        Class<?>[] readAs = new Class<?>[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = metadata.getColumnLabel(i + 1);
            readAs[i] = JAVA_TIME.get(metadata.getColumnTypeName(i + 1));
        }
        return new ColumnNames(names, readAs);
    }

    /** The class to read column {@code index} (from 0) as, or null for the driver's default. */
    Class<?> readAs(int index) {
        return readAs[index];
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
