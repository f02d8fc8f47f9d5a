package org.analyst.engine.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.parser.Parser;

class ParsedDocumentsTest {

    private final ParsedDocuments queries = new ParsedDocuments(5000);
    private final List<String> parsed = new ArrayList<>();

    private ParsedDocuments.ParsedDocument parse(String query) {
        parsed.add(query);
        return new ParsedDocuments.ParsedDocument(Parser.parse(query), 3);
    }

    @Test
    void aRepeatedQueryIsParsedOnce() {
        ParsedDocuments.ParsedDocument first = queries.of("{ articles { totalCount } }", this::parse);
        assertSame(first, queries.of("{ articles { totalCount } }", this::parse));
        assertEquals(1, parsed.size());
    }

    @Test
    void theLeastRecentlyUsedQueryMakesRoomForNewOnes() {
        queries.of("{ a0: articles { totalCount } }", this::parse);
        for (int i = 1; i <= ParsedDocuments.CAPACITY; i++) {
            queries.of("{ a" + i + ": articles { totalCount } }", this::parse);
        }
        queries.of("{ a" + ParsedDocuments.CAPACITY + ": articles { totalCount } }", this::parse);
        assertEquals(ParsedDocuments.CAPACITY + 1, parsed.size(), "the newest one is still known");
        queries.of("{ a0: articles { totalCount } }", this::parse);
        assertEquals(ParsedDocuments.CAPACITY + 2, parsed.size(), "the oldest one was parsed again");
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
