package org.analyst.graphql;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.analyst.time.DatePrecision;
import org.analyst.time.PartialDate;

/**
 * One row of a statement's result, read by column name: the name a select list gives a column
 * (its own, or its alias), so a reader does not depend on where the column stands in the list.
 * The names are looked up in the {@link ColumnNames} of the row's result set, computed once for
 * all its rows. A row is read by one reader at a time.
 */
public final class Row {

    private final Object[] values;
    private final ColumnNames names;
    /** The position after the column read last, where the next one usually stands. */
    private int next;

    Row(Object[] values, ColumnNames names) {
        this.values = values;
        this.names = names;
    }

    public Long key(String column) {
        Object value = value(column);
        return value == null ? null : ((Number) value).longValue();
    }

    public int integer(String column) {
        return ((Number) value(column)).intValue();
    }

    public boolean bool(String column) {
        return (Boolean) value(column);
    }

    public String text(String column) {
        return (String) value(column);
    }

    /** A text array. */
    public List<String> texts(String column) {
        Object value = value(column);
        try {
            Object[] array = value instanceof java.sql.Array sqlArray ? (Object[]) sqlArray.getArray() : (Object[]) value;
            return Arrays.stream(array).map(String.class::cast).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the text array " + column, e);
        }
    }

    /** An enum stored by its name. */
    public <E extends Enum<E>> E constant(String column, Class<E> type) {
        return constant(value(column), type);
    }

    public LocalDate date(String column) {
        return (LocalDate) value(column); // ColumnNames reads dates as LocalDate
    }

    public Instant instant(String column) {
        return (Instant) value(column); // ColumnNames reads timestamptz as Instant
    }

    /** The audit columns {@link Audit#columns} selects. */
    public Audit audit() {
        return new Audit(key("id"), integer("version"), instant("created_at"), instant("updated_at"), text("updated_by"));
    }

    /**
     * The partial date whose columns {@link PartialDateColumns#of} selects under this name ("date"
     * for s.date_text, s.date_precision…); null when it has no text (an absent date).
     */
    public PartialDate partialDate(String name) {
        int[] at = names.partialDate(name); // text, precision, earliest, latest, year inferred
        next = at[4] + 1;
        String text = (String) values[at[0]];
        return text == null ? null
                : new PartialDate(text, constant(values[at[1]], DatePrecision.class), (LocalDate) values[at[2]],
                        (LocalDate) values[at[3]], Boolean.TRUE.equals(values[at[4]]));
    }

    /** The values in select order, for statements whose only column needs no name (a count). */
    Object[] values() {
        return values;
    }

    private Object value(String column) {
        int index = names.indexOf(column, next);
        next = index + 1;
        return values[index];
    }

    private static <E extends Enum<E>> E constant(Object name, Class<E> type) {
        return name == null ? null : Enum.valueOf(type, (String) name);
    }
}
