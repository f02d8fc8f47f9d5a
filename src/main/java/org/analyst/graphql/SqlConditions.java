package org.analyst.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A conjunction of SQL conditions with {@code ?} placeholders and their values, so conditions
 * from a filter, a parent link and a cursor combine freely; user input only ever travels as a
 * bound value ({@link SqlReader} binds them).
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
            values.add(value);
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
}
