package org.analyst.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.analyst.graphql.Node;
import org.analyst.graphql.PageInfo;
import org.analyst.statement.Attestation;

/**
 * A page of hits, read by one statement with the total. The nodes (one statement per type on the
 * page) and the matched passages (one statement) are read the first time a client asks for them.
 */
final class SearchPage {

    /** The page's nodes by type and key, read for all its hits at once. */
    interface Nodes extends Function<List<SearchHit>, Map<SearchType, Map<Long, Node>>> {
    }

    private final List<SearchHit> hits;
    private final List<String> cursors;
    private final long totalCount;
    private final PageInfo pageInfo;
    private final Nodes nodes;
    private final Function<Collection<Long>, Map<Long, Attestation>> attestations;
    private List<SearchEdge> edges;
    private Map<Long, Attestation> attestationsByKey;

    SearchPage(List<SearchHit> hits, List<String> cursors, long totalCount, PageInfo pageInfo, Nodes nodes,
            Function<Collection<Long>, Map<Long, Attestation>> attestations) {
        this.hits = hits;
        this.cursors = cursors;
        this.totalCount = totalCount;
        this.pageInfo = pageInfo;
        this.nodes = nodes;
        this.attestations = attestations;
    }

    long totalCount() {
        return totalCount;
    }

    PageInfo pageInfo() {
        return pageInfo;
    }

    /**
     * The hits with their nodes. A node that went away since the hits were ranked (deleted, or
     * unpublished, between the two statements) is left out rather than served as null.
     */
    synchronized List<SearchEdge> edges() {
        if (edges == null) {
            Map<SearchType, Map<Long, Node>> byType = hits.isEmpty() ? Map.of() : nodes.apply(hits);
            edges = new ArrayList<>(hits.size());
            for (int i = 0; i < hits.size(); i++) {
                SearchHit hit = hits.get(i);
                Node node = byType.getOrDefault(hit.type(), Map.of()).get(hit.key());
                if (node != null) {
                    edges.add(new SearchEdge(hit, cursors.get(i), node, this));
                }
            }
        }
        return edges;
    }

    /** A matched passage, read with those of every hit on the page on first use. */
    synchronized Attestation attestation(long key) {
        if (attestationsByKey == null) {
            attestationsByKey = attestations.apply(hits.stream().map(SearchHit::attestationKey)
                    .filter(java.util.Objects::nonNull).distinct().toList());
        }
        return attestationsByKey.get(key);
    }
}
