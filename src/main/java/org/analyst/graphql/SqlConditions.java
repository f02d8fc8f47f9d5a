package org.analyst.graphql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * A conjunction of SQL conditions with {@code ?} placeholders and their values. Placeholders
 * become named parameters only when the statement is built, so conditions from a filter, a
 * parent link and a cursor combine freely; user input only ever travels as a bound value.
 */
public final class SqlConditions {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    public SqlConditions and(String clause, Object... clauseValues) {
        long placeholders = clause.chars().filter(c -> c == '?').count();
        if (placeholders != clauseValues.length) {
            throw new IllegalArgumentException("Clause and values do not match: " + clause);
        }
        clauses.add(clause);
        for (Object value : clauseValues) {
            values.add(bindable(value));
        }
        return this;
    }

    /** Adds all of the other conditions, with their values. */
    public SqlConditions and(SqlConditions other) {
        clauses.addAll(other.clauses);
        values.addAll(other.values);
        return this;
    }

    /** Adds {@code column in (…)} unless the list is null or empty, which means "any". */
    public SqlConditions anyOf(String column, Collection<?> anyValues) {
        return anyValues == null || anyValues.isEmpty() ? this : and(column + " in (?)", anyValues);
    }

    public SqlConditions copy() {
        SqlConditions copy = new SqlConditions();
        copy.clauses.addAll(clauses);
        copy.values.addAll(values);
        return copy;
    }

    /** The conditions with their {@code ?} placeholders, to nest in another clause. */
    public String clause() {
        return clauses.isEmpty() ? "true" : String.join(" and ", clauses);
    }

    /** The values of {@link #clause()}'s placeholders, in order. */
    public List<Object> values() {
        return List.copyOf(values);
    }

    /**
     * The conditions as a prepared statement on this connection, values bound. A collection value
     * becomes one placeholder per element ({@code in (?, ?, ?)}; {@code in (null)} when empty,
     * which matches nothing); bind key lists as one array ({@code = any(?)}) to keep the statement
     * text the same whatever their number.
     */
    public PreparedStatement prepare(Connection connection) throws SQLException {
        StringBuilder sql = new StringBuilder();
        List<Object> flat = new ArrayList<>();
        int next = 0;
        for (char c : clause().toCharArray()) {
            if (c != '?') {
                sql.append(c);
                continue;
            }
            Object value = values.get(next++);
            if (value instanceof Collection<?> collection) {
                sql.append(collection.isEmpty() ? "null" : String.join(", ", Collections.nCopies(collection.size(), "?")));
                flat.addAll(collection);
            } else {
                sql.append('?');
                flat.add(value);
            }
        }
        PreparedStatement statement = connection.prepareStatement(sql.toString());
        for (int i = 0; i < flat.size(); i++) {
            statement.setObject(i + 1, flat.get(i));
        }
        return statement;
    }

    /** Enums are stored by name and travel as their names; the driver binds instants as OffsetDateTime. */
    private static Object bindable(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(SqlConditions::bindable).toList();
        }
        return value;
    }
}
