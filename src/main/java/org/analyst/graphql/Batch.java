package org.analyst.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Shapes the results of one batched query into the answers of a {@code @Source List} field. */
public final class Batch {

    private Batch() {
    }

    /** The distinct non-null keys of the sources, for one {@code IN (…)} query. */
    public static <S> List<Long> keys(Collection<S> sources, Function<S, Long> key) {
        return sources.stream().map(key).filter(Objects::nonNull).distinct().toList();
    }

    /** Each source's list of children, empty when it has none. */
    public static <S, X> List<List<X>> listsFor(List<S> sources, Function<S, Long> key, Map<Long, List<X>> byKey) {
        return sources.stream().map(source -> byKey.getOrDefault(key.apply(source), List.of())).toList();
    }

    /** Each source's single related node, loaded for all sources at once; null where the key is null. */
    public static <S, X> List<X> related(List<S> sources, Function<S, Long> foreignKey, NodeLoader<X> nodes) {
        return oneFor(sources, foreignKey, nodes.byKeys(keys(sources, foreignKey)));
    }

    /** Each source's single related object, null when its foreign key is null. */
    public static <S, X> List<X> oneFor(List<S> sources, Function<S, Long> foreignKey, Map<Long, X> byKey) {
        List<X> result = new ArrayList<>();
        for (S source : sources) {
            Long key = foreignKey.apply(source);
            result.add(key == null ? null : byKey.get(key));
        }
        return result;
    }
}
