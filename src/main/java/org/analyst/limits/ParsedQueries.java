package org.analyst.limits;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import graphql.language.Document;

/**
 * The documents of recently admitted queries, by query text. Frontends send the same few queries
 * over and over, and parsing each one again was about 2% of a front page's CPU. Least recently
 * used first out, so a client sending endless new queries only ever fills {@link #CAPACITY} places.
 */
final class ParsedQueries {

    static final int CAPACITY = 256;

    /** A parsed document and its token count, which the cost report shows. */
    record Parsed(Document document, int tokens) {
    }

    private final Map<String, Parsed> recent = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The query's document, parsed by {@code parse} unless it was recently; a refusal is not remembered. */
    Parsed of(String query, Function<String, Parsed> parse) {
        synchronized (recent) {
            Parsed known = recent.get(query);
            if (known != null) {
                return known;
            }
        }
        Parsed parsed = parse.apply(query);
        synchronized (recent) {
            recent.put(query, parsed);
        }
        return parsed;
    }
}
