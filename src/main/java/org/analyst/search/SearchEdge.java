package org.analyst.search;

import org.analyst.graphql.Node;
import org.analyst.statement.Attestation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

public class SearchEdge {

    @Ignore
    private final SearchHit hit;
    @Ignore
    private final String cursorText;
    @Ignore
    private final Node found;
    @Ignore
    private final SearchPage page;

    SearchEdge(SearchHit hit, String cursor, Node node, SearchPage page) {
        this.hit = hit;
        this.cursorText = cursor;
        this.found = node;
        this.page = page;
    }

    public @NonNull String getCursor() {
        return cursorText;
    }

    @Description("The object found: an Article, Actor, Statement or Publication.")
    public @NonNull Node getNode() {
        return found;
    }

    @Description("How well it matches; hits come best first. 1 and above: the query's words matched (more for titles"
            + " and names than for summaries, more for those than for body text and excerpts); below 1: only an"
            + " actor's name or alias resembles the query (typos, other transliterations).")
    public double getScore() {
        return hit.score();
    }

    @Description("The best fragment of the matched text, HTML-escaped, with the matched words in <mark>…</mark>:"
            + " safe to insert into a page as it is.")
    public String getHighlight() {
        return hit.highlight();
    }

    @Description("For a statement found through the passage that reports it: that passage, with its article and"
            + " offsets, to jump to. Null for other hits and for statements found by their own summary or quote.")
    public Attestation getAttestation() {
        return hit.attestationKey() == null ? null : page.attestation(hit.attestationKey());
    }
}
