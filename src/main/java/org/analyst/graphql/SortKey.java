package org.analyst.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * One column of a key-set sort order: the SQL expression, and how its value travels through a
 * cursor as text. Cursor values are parsed back to typed parameters before any SQL runs, so a
 * tampered cursor is a {@link BadUserInputException}, never a database error.
 */
public record SortKey(String expression, Type type) {

    public enum Type {
        TEXT("%s", text -> text),
        LONG("cast(%s as text)", Long::valueOf),
        INT("cast(%s as text)", Integer::valueOf),
        /** A double precision value: PostgreSQL writes the shortest text that reads back exactly, as Java does. */
        DOUBLE("cast(%s as text)", Double::valueOf),
        DATE("cast(%s as text)", LocalDate::parse),
        INSTANT("to_char(%s at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')", Instant::parse);

        private final String textForm;
        private final Function<String, Object> parser;

        Type(String textForm, Function<String, Object> parser) {
            this.textForm = textForm;
            this.parser = parser;
        }

        String asText(String expression) {
            return textForm.formatted(expression);
        }

        Object parse(String text) {
            return parser.apply(text);
        }
    }

    public static SortKey text(String expression) {
        return new SortKey(expression, Type.TEXT);
    }

    public static SortKey id(String expression) {
        return new SortKey(expression, Type.LONG);
    }

    public static SortKey integer(String expression) {
        return new SortKey(expression, Type.INT);
    }

    public static SortKey decimal(String expression) {
        return new SortKey(expression, Type.DOUBLE);
    }

    public static SortKey date(String expression) {
        return new SortKey(expression, Type.DATE);
    }

    public static SortKey instant(String expression) {
        return new SortKey(expression, Type.INSTANT);
    }
}
