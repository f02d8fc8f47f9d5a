package org.analyst.graphql;

import java.util.List;

/**
 * How the rows of a nested connection belong to a parent row: the parent's table, and the column
 * that holds the parent's id, either one of the rows' own ({@link #byColumn}) or one of a link
 * table's ({@link #through}). The pager, which reads the pages of many parents at once, names the
 * parent row in its statement; a feature only says which key the parent's id goes in.
 * Compared by value: two nested connections with equal links read one set of pages.
 *
 * @param key the column that holds the parent's id
 * @param linkTable a link table and its alias, or null when the key is a column of the rows
 * @param linkedOn how the link table's rows match the connection's rows
 * @param also further conditions on the link table's rows, with {@code values} for their placeholders
 */
public record ParentLink(String parentTable, String key, String linkTable, String linkedOn, String also,
        List<Object> values) {

    /** Rows whose column holds the parent's id: {@code byColumn("actor", "s.speaker_id")}. */
    public static ParentLink byColumn(String parentTable, String key) {
        return new ParentLink(parentTable, key, null, null, null, List.of());
    }

    /**
     * Rows a link table lists for the parent: {@code through("actor", "article_author l",
     * "l.article_id = a.id", "l.actor_id")}.
     */
    public static ParentLink through(String parentTable, String linkTable, String linkedOn, String key) {
        return new ParentLink(parentTable, key, linkTable, linkedOn, null, List.of());
    }

    /** As {@link #through(String, String, String, String)}, with conditions that the link table's rows meet as well. */
    public static ParentLink through(String parentTable, String linkTable, String linkedOn, String key,
            SqlConditions also) {
        return new ParentLink(parentTable, key, linkTable, linkedOn, also.clause(), also.values());
    }

    /** The condition that a row belongs to the parent whose id is the given expression, with {@link #values}. */
    String condition(String parentId) {
        String matches = key + " = " + parentId;
        if (linkTable == null) {
            return matches;
        }
        return "exists (select 1 from " + linkTable + " where " + linkedOn + " and " + matches
                + (also == null ? "" : " and " + also) + ")";
    }
}
