package org.analyst.graphql;

import java.util.function.Function;
import java.util.function.LongFunction;

/** The lookup rules of the single-object queries: {@code actor(id:, slug:)} and the like. */
public final class IdOrSlug {

    private IdOrSlug() {
    }

    /** Exactly one of id and slug; an id of another type names nothing of this type, so null. */
    public static <T> T lookup(String id, String slug, String type, LongFunction<T> byKey,
            Function<String, T> bySlug) {
        if ((id == null) == (slug == null)) {
            throw new BadUserInputException("Pass exactly one of id and slug");
        }
        if (id == null) {
            return bySlug.apply(slug);
        }
        GlobalId decoded = GlobalId.decode(id);
        return decoded.type().equals(type) ? byKey.apply(decoded.key()) : null;
    }
}
