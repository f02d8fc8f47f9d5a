package org.analyst.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.parser.Parser;

class ParsedQueriesTest {

    private final ParsedQueries queries = new ParsedQueries();
    private final List<String> parsed = new ArrayList<>();

    private ParsedQueries.Parsed parse(String query) {
        parsed.add(query);
        return new ParsedQueries.Parsed(Parser.parse(query), 3);
    }

    @Test
    void aRepeatedQueryIsParsedOnce() {
        ParsedQueries.Parsed first = queries.of("{ articles { totalCount } }", this::parse);
        assertSame(first, queries.of("{ articles { totalCount } }", this::parse));
        assertEquals(1, parsed.size());
    }

    @Test
    void theLeastRecentlyUsedQueryMakesRoomForNewOnes() {
        queries.of("{ a0: articles { totalCount } }", this::parse);
        for (int i = 1; i <= ParsedQueries.CAPACITY; i++) {
            queries.of("{ a" + i + ": articles { totalCount } }", this::parse);
        }
        queries.of("{ a" + ParsedQueries.CAPACITY + ": articles { totalCount } }", this::parse);
        assertEquals(ParsedQueries.CAPACITY + 1, parsed.size(), "the newest one is still known");
        queries.of("{ a0: articles { totalCount } }", this::parse);
        assertEquals(ParsedQueries.CAPACITY + 2, parsed.size(), "the oldest one was parsed again");
    }

    @Test
    void aRefusedQueryIsNotRemembered() {
        String query = "{ articles { totalCount } }";
        assertThrows(IllegalStateException.class, () -> queries.of(query, text -> {
            throw new IllegalStateException("refused");
        }));
        queries.of(query, this::parse);
        assertEquals(List.of(query), parsed);
    }
}
