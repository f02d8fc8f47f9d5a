package org.analyst.graphql;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * One row of a native query, read column by column in the order the statement selects them.
 * Java evaluates arguments left to right, so {@code new X(row.text(), row.key())} reads its
 * columns in the order it names them.
 */
public final class Row {

    private final Object[] columns;
    private int next;

    Row(Object[] columns) {
        this(columns, 0);
    }

    /** The row's columns from {@code first} on. */
    Row(Object[] columns, int first) {
        this.columns = columns;
        this.next = first;
    }

    public Long key() {
        Object value = columns[next++];
        return value == null ? null : ((Number) value).longValue();
    }

    public int integer() {
        return ((Number) columns[next++]).intValue();
    }

    public boolean bool() {
        return (Boolean) columns[next++];
    }

    public Boolean boolOrNull() {
        return (Boolean) columns[next++];
    }

    public String text() {
        return (String) columns[next++];
    }

    /** A text array. */
    public List<String> texts() {
        Object value = columns[next++];
        try {
            Object[] array = value instanceof java.sql.Array sqlArray ? (Object[]) sqlArray.getArray() : (Object[]) value;
            return Arrays.stream(array).map(String.class::cast).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read a text array", e);
        }
    }

    /** An enum stored by its name. */
    public <E extends Enum<E>> E constant(Class<E> type) {
        String name = text();
        return name == null ? null : Enum.valueOf(type, name);
    }

    public LocalDate date() {
        Object value = columns[next++];
        return value instanceof java.sql.Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
    }

    public Instant instant() {
        Object value = columns[next++];
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof OffsetDateTime dateTime ? dateTime.toInstant() : (Instant) value;
    }

    /** The audit columns {@link Audit#columns} selects. */
    public Audit audit() {
        return new Audit(key(), integer(), instant(), instant(), text());
    }
}
