package org.analyst.live;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which outbox events this instance has read: every id up to {@link #highest()}, but for the gaps.
 * Ids come from a sequence when a transaction writes its events (at commit), so a transaction that
 * commits after a later one leaves its ids below the highest read for a moment: a gap, read again
 * until its event appears (then delivered, once) or it is older than the gap timeout (a transaction
 * that took the id and rolled back). So an event committed out of order is never missed, and none is
 * delivered twice. An instance starts at the highest id written, looking for the ids missing below it
 * ({@link Outbox#startingCursor}): transactions still open then are delivered when they commit. Used
 * on the outbox reader's one thread only.
 */
final class OutboxCursor {

    /** Beyond this many open gaps the oldest are given up: a bound on what a burst of rollbacks costs. */
    static final int MAX_GAPS = 10_000;

    private long highest;
    /** Gap id → when it was noticed (System.nanoTime()), oldest first. */
    private final LinkedHashMap<Long, Long> gaps = new LinkedHashMap<>();

    /** At this highest id, looking for the missing ids below it (the last {@link #MAX_GAPS} of them) from now on. */
    OutboxCursor(long highest, List<Long> missing, long nowNanos) {
        this.highest = highest;
        missing.stream().filter(id -> id < highest && id >= highest - MAX_GAPS).sorted()
                .forEach(id -> gaps.put(id, nowNanos));
    }

    long highest() {
        return highest;
    }

    Long[] gaps() {
        return gaps.keySet().toArray(Long[]::new);
    }

    /** The events of a read (in id order) not read before; the ids skipped below them become gaps. */
    List<LiveEvent> accept(List<LiveEvent> read, long nowNanos) {
        List<LiveEvent> fresh = new ArrayList<>();
        for (LiveEvent event : read) {
            if (gaps.remove(event.id()) != null) {
                fresh.add(event);
            } else if (event.id() > highest) {
                for (long skipped = Math.max(highest + 1, event.id() - MAX_GAPS); skipped < event.id(); skipped++) {
                    gaps.put(skipped, nowNanos);
                }
                highest = event.id();
                fresh.add(event);
            }
        }
        while (gaps.size() > MAX_GAPS) {
            gaps.remove(gaps.keySet().iterator().next());
        }
        return fresh;
    }

    /** Gives up the gaps noticed longer ago than the timeout: no transaction holds an id that long. */
    void expire(long nowNanos, long timeoutNanos) {
        for (Iterator<Map.Entry<Long, Long>> open = gaps.entrySet().iterator(); open.hasNext();) {
            if (nowNanos - open.next().getValue() > timeoutNanos) {
                open.remove();
            }
        }
    }
}
