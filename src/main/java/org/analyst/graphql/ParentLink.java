package org.analyst.graphql;

import java.util.List;

/**
 * How the rows of a nested connection belong to a parent row: the parent's table, and the column
 * that holds the parent's id, either one of the rows' own ({@link #byColumn}) or one of a link
 * table's ({@link #through}). The pager, which reads the pages of many parents at once, names the
 * parent row in its statement; a feature only says which key the parent's id goes in.
 * Compared by value: two nested connections with equal links read one set of pages.
 *
 * <p>A parent may also be a pair of keys that is no row of its own (a network's edge: a speaker
 * and a target, {@link #pair}): its parent table then derives the pair's row.
 *
 * @param key the column that holds the parent's id (for a pair, the link table's column that holds its second key)
 * @param linkTable a link table and its alias, or null when the key is a column of the rows
 * @param linkedOn how the link table's rows match the connection's rows
 * @param also further conditions on the link table's rows, with {@code values} for their placeholders
 * @param ownKey for a pair, the rows' own column that holds its first key; null otherwise
 */
public record ParentLink(String parentTable, String key, String linkTable, String linkedOn, String also,
        List<Object> values, String ownKey) {

    /** Rows whose column holds the parent's id: {@code byColumn("actor", "s.speaker_id")}. */
    public static ParentLink byColumn(String parentTable, String key) {
        return new ParentLink(parentTable, key, null, null, null, List.of(), null);
    }

    /**
     * Rows a link table lists for the parent: {@code through("actor", "article_author l",
     * "l.article_id = a.id", "l.actor_id")}.
     */
    public static ParentLink through(String parentTable, String linkTable, String linkedOn, String key) {
        return new ParentLink(parentTable, key, linkTable, linkedOn, null, List.of(), null);
    }

    /**
     * Rows of a parent that is a pair of keys: the rows' own column holds the first, and a link
     * table lists them for the second, with conditions of its own. The parent table derives each
     * pair's row, with its {@code id} and the pair as columns {@code first_key} and {@code second_key}:
     * {@code pair("(select …) ", "s.speaker_id", "statement_target l", "l.statement_id = s.id", "l.actor_id", also)}.
     * Both keys are compared as columns of their own, so that each can lead an index.
     */
    public static ParentLink pair(String parentTable, String ownKey, String linkTable, String linkedOn, String linkKey,
            SqlConditions also) {
        return new ParentLink(parentTable, linkKey, linkTable, linkedOn, also.clause(), also.values(), ownKey);
    }

    /** The condition that a row belongs to the parent row of this alias, with {@link #values}. */
    String condition(String parent) {
        String matches = key + " = " + parent + (ownKey == null ? ".id" : ".second_key");
        if (linkTable == null) {
            return matches;
        }
        String linked = "exists (select 1 from " + linkTable + " where " + linkedOn + " and " + matches
                + (also == null ? "" : " and " + also) + ")";
        return ownKey == null ? linked : ownKey + " = " + parent + ".first_key and " + linked;
    }
}
