package org.analyst.article;

import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.analyst.graphql.ScaleData;
import org.analyst.graphql.ScaleDataProfile;
import org.analyst.importing.Importer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Every article order, over enough articles to tell orders apart, and paging across it. */
@QuarkusTest
@TestProfile(ScaleDataProfile.class)
class ArticleOrderTest {

    private static final String PAGE = """
            query($order: ArticleOrder, $after: String) {
              articles(orderBy: $order, first: 7, after: $after) {
                totalCount pageInfo { hasNextPage endCursor } nodes { title publishedAt readCount } } }""";

    @Inject
    Importer importer;

    @BeforeEach
    void loadManyArticles() {
        ScaleData.ensureLoaded(importer);
    }

    @Test
    void everyOrderSortsTheWholeSetAndPagesThroughIt() {
        Map<String, Comparator<Map<String, Object>>> orders = Map.of(
                "PUBLISHED_AT_DESC", Comparator.comparing((Map<String, Object> a) -> (String) a.get("publishedAt")).reversed(),
                "PUBLISHED_AT_ASC", Comparator.comparing(a -> (String) a.get("publishedAt")),
                "TITLE_ASC", Comparator.comparing(a -> (String) a.get("title")),
                "READ_COUNT_DESC", Comparator.comparing((Map<String, Object> a) -> (Integer) a.get("readCount")).reversed());
        orders.forEach((order, expected) -> {
            List<Map<String, Object>> paged = pageThrough(order);
            assertTrue(paged.size() > ScaleData.ARTICLES, order + " lists every article");
            List<Map<String, Object>> sorted = new ArrayList<>(paged);
            sorted.sort(expected);
            assertEquals(keys(sorted, order), keys(paged, order), order);
        });
    }

    private static List<Map<String, Object>> pageThrough(String order) {
        List<Map<String, Object>> seen = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 30; pages++) {
            Map<String, Object> variables = new HashMap<>(Map.of("order", order));
            if (after != null) {
                variables.put("after", after);
            }
            var page = query(PAGE, variables).ok();
            seen.addAll(page.data("articles.nodes"));
            if (!(boolean) page.data("articles.pageInfo.hasNextPage")) {
                assertEquals((int) page.data("articles.totalCount"), seen.size(), "no article missed or repeated");
                return seen;
            }
            after = page.data("articles.pageInfo.endCursor");
        }
        throw new AssertionError("paging did not end");
    }

    /** The values the order sorts by (ties in them may come in either order). */
    private static List<Object> keys(List<Map<String, Object>> articles, String order) {
        String field = order.startsWith("PUBLISHED") ? "publishedAt" : order.startsWith("TITLE") ? "title" : "readCount";
        return articles.stream().map(article -> article.get(field)).toList();
    }
}
