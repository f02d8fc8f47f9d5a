package org.analyst.engine.limits;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Queries built to sit just under or just over a limit, for every transport's tests. */
public final class LimitQueries {

    private LimitQueries() {
    }

    /** {@code actor { country { country … { name } } } }: depth fields deep. */
    public static String nestedCountries(int depth) {
        return "{ actor(slug: \"kazakhstan\") { " + "country { ".repeat(depth - 2) + "name" + " }".repeat(depth - 2) + " } }";
    }

    public static String aliasedActors(int count) {
        return IntStream.range(0, count).mapToObj(i -> "a" + i + ": actor(slug: \"kazakhstan\") { name }")
                .collect(Collectors.joining(" ", "{ ", " }"));
    }

    /** {@code { actors(filter: {kinds: [PERSON …]}) { totalCount } }} with this many tokens in all. */
    public static String kindsListOfTokens(int tokens) {
        int fixed = 16; // { actors ( filter : { kinds : [ ] } ) { totalCount } }
        return "{ actors(filter: {kinds: [" + "PERSON ".repeat(tokens - fixed) + "]}) { totalCount } }";
    }
}
