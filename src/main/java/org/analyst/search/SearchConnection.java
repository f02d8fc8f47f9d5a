package org.analyst.search;

import java.util.List;

import org.analyst.graphql.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One page of search hits, best first.")
public class SearchConnection {

    @Ignore
    private final SearchPage page;

    SearchConnection(SearchPage page) {
        this.page = page;
    }

    public @NonNull List<@NonNull SearchEdge> getEdges() {
        return page.edges();
    }

    public @NonNull PageInfo getPageInfo() {
        return page.pageInfo();
    }

    @Description("The number of hits across all pages.")
    public int getTotalCount() {
        return Math.toIntExact(page.totalCount());
    }
}
