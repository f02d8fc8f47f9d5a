package org.analyst.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A page is read with one row more than it shows, to know whether another page follows. That row
 * becomes no node: what is read for a page's nodes (their speakers, their own nested pages) is not
 * read for it too.
 */
@QuarkusTest
class LookAheadRowsTest {

    private static final SortOrder BY_ID = SortOrder.ascending("ID", SortKey.id("x.id"));

    @Inject
    ConnectionLoader loader;

    @Inject
    SqlReader sql;

    /** Makes each row's id its node, and remembers the rows it was given. */
    private static final class RecordedIds implements NodeColumns<Long> {
        final List<Long> made = new ArrayList<>();

        @Override
        public String columns() {
            return "x.id";
        }

        @Override
        public Map<Long, Long> nodes(List<Row> rows) {
            rows.forEach(row -> made.add(row.key("id")));
            return rows.stream().collect(Collectors.toMap(row -> row.key("id"), row -> row.key("id")));
        }
    }

    @Test
    void aPageMakesNodesOfItsOwnRowsOnly() {
        RecordedIds ids = new RecordedIds();

        Page<Long> page = loader.page(new ConnectionQuery("actor x", new SqlConditions(), BY_ID, false),
                new PageArgs(3, null, null, null), ids).get();

        assertTrue(page.pageInfo().hasNextPage());
        assertEquals(3, page.nodes().size());
        assertEquals(page.nodes(), ids.made);
    }

    @Test
    void thePagesOfManyParentsMakeNodesOfTheirOwnRowsOnly() {
        List<Long> speakers = sql.list("select speaker_id from statement group by speaker_id having count(*) >= 2",
                List.of(), row -> row.key("speaker_id"));
        assertTrue(speakers.size() >= 2, "the sample data has speakers with two statements or more");
        RecordedIds ids = new RecordedIds();
        NodeBatch batch = NodeBatch.ofKeys(speakers);
        ConnectionQuery statements = new ConnectionQuery("statement x", new SqlConditions(), BY_ID, false);
        ParentLink bySpeaker = ParentLink.byColumn("actor", "x.speaker_id");

        List<Page<Long>> pages = speakers.stream().map(speaker -> loader.page(batch, speaker, bySpeaker, statements,
                new PageArgs(1, null, null, null), ids)).map(Supplier::get).toList();

        pages.forEach(page -> assertTrue(page.pageInfo().hasNextPage()));
        assertEquals(pages.stream().map(Page::nodes).flatMap(List::stream).sorted().toList(),
                ids.made.stream().sorted().toList(), "one node per parent: its page's, not its look-ahead row's");
    }
}
