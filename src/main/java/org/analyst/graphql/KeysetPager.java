package org.analyst.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs connection queries with key-set paging: one statement for a page, one for the pages of
 * any number of parents (a LATERAL join, so each parent's page uses the index), and counts only
 * when a client asks for {@code totalCount}.
 */
@ApplicationScoped
public class KeysetPager {

    /** The parent rows in the statements that read the pages of many parents: their alias, and their id. */
    private static final String PARENT = "parent";
    private static final String PARENT_ID = PARENT + ".id";
    /** The names of the pager's own columns, next to the node's: each parent's key, and the rows' order in a page. */
    private static final String PARENT_KEY = "parent_key";
    private static final String ORDINAL = "ord";
    private static final String SIZE = "size";

    @Inject
    SqlReader sql;

    /**
     * One page of a top-level connection, in the connection's order, with one row of look-ahead;
     * each row carries the node columns given (of the tables in the query's from).
     */
    public List<KeyedRow> page(ConnectionQuery query, PageArgs args, String nodeColumns) {
        SqlConditions where = pageConditions(query, args);
        List<String> keys = keyColumns(query.order());
        String statement = pageSql(query, args, where, ", " + nodeColumns);
        Function<Row, KeyedRow> reader = row -> keyed(row, keys);
        return query.filtered() ? sql.listPlannedForValues(statement, where.values(), reader)
                : sql.list(statement, where.values(), reader);
    }

    /** The pages of many parents at once, keyed by parent id, their rows carrying the node columns given. */
    public Map<Long, List<KeyedRow>> pages(ConnectionQuery query, PageArgs args, ParentLink link,
            Collection<Long> parents, String nodeColumns) {
        SqlConditions where = pageConditions(query, args).and(link.condition(PARENT), link.values().toArray());
        String statement = "select " + PARENT_ID + " as " + PARENT_KEY + ", page.* from " + link.parentTable() + " "
                + PARENT + " cross join lateral (" + pageSql(query, args, where, ", row_number() over (order by "
                        + orderBy(query.order(), args) + ") as " + ORDINAL + ", " + nodeColumns)
                + ") page where " + parentsCondition(parents) + " order by " + PARENT_ID + ", page." + ORDINAL;
        List<String> keys = keyColumns(query.order());
        Map<Long, List<KeyedRow>> pages = new LinkedHashMap<>();
        for (Row row : sql.list(statement, withParents(where, parents), Function.identity())) {
            pages.computeIfAbsent(row.key(PARENT_KEY), parent -> new ArrayList<>()).add(keyed(row, keys));
        }
        return pages;
    }

    public long count(ConnectionQuery query) {
        SqlConditions conditions = query.where();
        String statement = "select count(*) from " + query.from() + " where " + conditions.clause();
        List<Object[]> rows = query.filtered() ? sql.rowsPlannedForValues(statement, conditions.values())
                : sql.rows(statement, conditions.values());
        return ((Number) rows.get(0)[0]).longValue();
    }

    /** The sizes of many parents' connections at once, keyed by parent id. */
    public Map<Long, Long> counts(ConnectionQuery query, ParentLink link, Collection<Long> parents) {
        SqlConditions where = query.where().copy().and(link.condition(PARENT), link.values().toArray());
        return sql.list("select " + PARENT_ID + " as " + PARENT_KEY + ", (select count(*) from " + query.from()
                + " where " + where.clause() + ") as " + SIZE + " from " + link.parentTable() + " " + PARENT + " where "
                + parentsCondition(parents), withParents(where, parents), Function.identity()).stream()
                .collect(Collectors.toMap(row -> row.key(PARENT_KEY), row -> row.key(SIZE)));
    }

    /** One parent (an actor's page) is named as one key, for a generic plan ({@link SqlReader#oneOf}). */
    private static String parentsCondition(Collection<Long> parents) {
        return SqlReader.oneOf(PARENT_ID, parents);
    }

    /** The conditions' values, then the parents as the last placeholder's value. */
    private static List<Object> withParents(SqlConditions where, Collection<Long> parents) {
        List<Object> values = new ArrayList<>(where.values());
        values.add(SqlReader.keyValue(parents));
        return values;
    }

    private static String pageSql(ConnectionQuery query, PageArgs args, SqlConditions where,
            String extraColumns) {
        List<SortKey> keys = query.order().keys();
        List<String> names = keyColumns(query.order());
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            columns.add(keys.get(i).type().asText(keys.get(i).expression()) + " as " + names.get(i));
        }
        return "select " + String.join(", ", columns) + extraColumns + " from " + query.from() + " where " + where.clause()
                + " order by " + orderBy(query.order(), args) + " limit " + (args.size() + 1);
    }

    /** The order rows are read in: the connection's order, reversed when paging backwards. */
    private static String orderBy(SortOrder order, PageArgs args) {
        String direction = order.descending() != args.backward() ? " desc" : " asc";
        return order.keys().stream().map(key -> key.expression() + direction).collect(Collectors.joining(", "));
    }

    private static SqlConditions pageConditions(ConnectionQuery query, PageArgs args) {
        SqlConditions where = query.where().copy();
        SortOrder order = query.order();
        if (args.after() != null) {
            where.and(rowComparison(order, order.descending() ? "<" : ">"), Cursor.decode(order, args.after()).toArray());
        }
        if (args.before() != null) {
            where.and(rowComparison(order, order.descending() ? ">" : "<"), Cursor.decode(order, args.before()).toArray());
        }
        return where;
    }

    private static String rowComparison(SortOrder order, String operator) {
        String columns = order.keys().stream().map(SortKey::expression).collect(Collectors.joining(", "));
        String values = order.keys().stream().map(key -> "?").collect(Collectors.joining(", "));
        return "(" + columns + ") " + operator + " (" + values + ")";
    }

    /** The names of the columns of the sort keys' values as text: k0, k1… */
    private static List<String> keyColumns(SortOrder order) {
        List<String> names = new ArrayList<>(order.keys().size());
        for (int i = 0; i < order.keys().size(); i++) {
            names.add("k" + i);
        }
        return names;
    }

    /** A page's row: its sort keys as cursor text (the id last), and the node's columns. */
    private static KeyedRow keyed(Row row, List<String> keyColumns) {
        List<String> keys = new ArrayList<>(keyColumns.size());
        for (String column : keyColumns) {
            keys.add(row.text(column));
        }
        return new KeyedRow(Long.parseLong(keys.get(keys.size() - 1)), keys, row);
    }
}
