package org.analyst.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Query;

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

    /** The conditions with named parameters {@code :p0, :p1 …}, as {@link #bindTo} binds them. */
    public String sql() {
        StringBuilder sql = new StringBuilder();
        int next = 0;
        for (char c : clause().toCharArray()) {
            if (c == '?') {
                sql.append(":p").append(next++);
            } else {
                sql.append(c);
            }
        }
        return sql.toString();
    }

    public void bindTo(Query query) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter("p" + i, values.get(i));
        }
    }

    /** Native queries bind strings: enums, stored by name, travel as their names. */
    private static Object bindable(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(SqlConditions::bindable).toList();
        }
        return value;
    }
}
