package org.analyst.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/**
 * The cursor by itself: the outbox is played by the list of events a read returns, which is what
 * {@link Outbox#after} returns for the cursor's highest id and gaps (ids above the highest, or in a gap).
 */
class OutboxCursorTest {

    private static final long TIMEOUT = TimeUnit.MINUTES.toNanos(15);

    @Test
    void eventsReadInOrderAreDeliveredOnce() {
        OutboxCursor cursor = new OutboxCursor(10, List.of(), 0);
        assertEquals(List.of(11L, 12L), ids(cursor.accept(events(11, 12), 0)));
        assertEquals(List.of(), ids(cursor.accept(events(11, 12), 1)), "read again: nothing new");
        assertEquals(12, cursor.highest());
        assertArrayEquals(new Long[0], cursor.gaps());
    }

    @Test
    void anEventCommittedAfterALaterOneIsDeliveredWhenItAppearsAndOnce() {
        OutboxCursor cursor = new OutboxCursor(10, List.of(), 0);
        assertEquals(List.of(11L, 14L), ids(cursor.accept(events(11, 14), 0)), "12 and 13 are not committed yet");
        assertArrayEquals(new Long[] {12L, 13L}, cursor.gaps());

        assertEquals(List.of(13L, 15L), ids(cursor.accept(events(13, 15), 1)), "13 committed, and 15 after it");
        assertArrayEquals(new Long[] {12L}, cursor.gaps());
        assertEquals(List.of(), ids(cursor.accept(events(13, 14, 15), 2)), "none of them again");
        assertEquals(List.of(12L), ids(cursor.accept(events(12), 3)));
        assertArrayEquals(new Long[0], cursor.gaps());
        assertEquals(List.of(), ids(cursor.accept(events(12), 4)));
    }

    @Test
    void aGapIsGivenUpAfterTheTimeoutAndNotBefore() {
        OutboxCursor cursor = new OutboxCursor(0, List.of(), 0);
        cursor.accept(events(1, 3), 0);
        cursor.expire(TIMEOUT, TIMEOUT);
        assertArrayEquals(new Long[] {2L}, cursor.gaps(), "still looked for at the timeout itself");

        cursor.expire(TIMEOUT + 1, TIMEOUT);
        assertArrayEquals(new Long[0], cursor.gaps(), "a transaction that held id 2 this long rolled back");
        assertEquals(List.of(), ids(cursor.accept(events(2), TIMEOUT + 2)), "given up: not delivered if it turns up");
    }

    @Test
    void gapsExpireOldestFirst() {
        OutboxCursor cursor = new OutboxCursor(0, List.of(), 0);
        cursor.accept(events(1, 3), 0);
        cursor.accept(events(5), 10);
        cursor.expire(TIMEOUT + 5, TIMEOUT);
        assertArrayEquals(new Long[] {4L}, cursor.gaps(), "the gap noticed later is still open");
        assertEquals(List.of(4L), ids(cursor.accept(events(4), TIMEOUT + 6)));
    }

    @Test
    void aJumpLooksForAtMostMaxGapsOfTheIdsItSkipped() {
        OutboxCursor cursor = new OutboxCursor(0, List.of(), 0);
        long far = OutboxCursor.MAX_GAPS + 100;
        assertEquals(List.of(far), ids(cursor.accept(events(far), 0)));
        Long[] gaps = cursor.gaps();
        assertEquals(OutboxCursor.MAX_GAPS, gaps.length);
        assertEquals(far - OutboxCursor.MAX_GAPS, gaps[0], "the ids just below the event are the ones looked for");
        assertEquals(far - 1, gaps[gaps.length - 1]);
        assertEquals(List.of(), ids(cursor.accept(events(far - OutboxCursor.MAX_GAPS - 1), 1)), "below the bound: given up");
        assertEquals(List.of(far - 1), ids(cursor.accept(events(far - 1), 1)));
    }

    @Test
    void beyondMaxGapsTheOldestGapsAreGivenUp() {
        OutboxCursor cursor = new OutboxCursor(0, List.of(), 0);
        cursor.accept(events(1, 3), 0);
        long next = 3 + OutboxCursor.MAX_GAPS + 1;
        cursor.accept(events(next), 1);
        Long[] gaps = cursor.gaps();
        assertEquals(OutboxCursor.MAX_GAPS, gaps.length, "a burst of rollbacks costs a bounded set of gaps");
        assertEquals(4L, gaps[0], "the oldest gap, 2, was given up");
        assertEquals(List.of(), ids(cursor.accept(events(2), 2)));
        assertEquals(List.of(4L), ids(cursor.accept(events(4), 2)));
    }

    @Test
    void aCursorStartsLookingForTheMissingIdsItIsGiven() {
        OutboxCursor cursor = new OutboxCursor(20, List.of(18L, 15L, 20L, 21L, 20L - OutboxCursor.MAX_GAPS - 1), 0);
        assertArrayEquals(new Long[] {15L, 18L}, cursor.gaps(), "below the highest and within MAX_GAPS of it");
        assertEquals(List.of(18L, 21L), ids(cursor.accept(events(18, 21), 1)));
        cursor.expire(TIMEOUT + 1, TIMEOUT);
        assertArrayEquals(new Long[0], cursor.gaps(), "missing ids expire as gaps do");
    }

    private static List<LiveEvent> events(long... ids) {
        return LongStream.of(ids).mapToObj(id -> new LiveEvent(id, LiveEvent.Kind.ARTICLE_PUBLISHED, id, true, true)).toList();
    }

    private static List<Long> ids(List<LiveEvent> events) {
        return events.stream().map(LiveEvent::id).toList();
    }
}
