package org.analyst.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Reads plain rows with native SQL, for the read path: no entities to initialise and track, no
 * HQL to translate. A profile of the front-page query found those two taking a quarter of the
 * server's CPU (bench/results/NOTES.md). Runs in the current session, so a mutation reads what
 * it has just flushed.
 */
@ApplicationScoped
public class SqlReader {

    @Inject
    EntityManager entityManager;

    /**
     * The rows of a statement with {@code ?} placeholders, bound in order. Bind key lists with
     * {@link #keys} to {@code = any(?)}: one array parameter keeps the statement text the same
     * whatever the number of keys, so the driver and the server reuse its plan.
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
        SqlConditions statement = new SqlConditions().and(sql, values.toArray());
        Query query = entityManager.createNativeQuery(statement.sql());
        statement.bindTo(query);
        List<Object[]> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            rows.add(result instanceof Object[] columns ? columns : new Object[] {result});
        }
        return rows;
    }

    /**
     * Keys as one SQL array value, for {@code = any(?)}. Typed Object so that passing it to
     * {@link #list}'s varargs keeps it one value instead of spreading it into many.
     */
    public static Object keys(Collection<Long> keys) {
        return keys.toArray(Long[]::new);
    }
}
