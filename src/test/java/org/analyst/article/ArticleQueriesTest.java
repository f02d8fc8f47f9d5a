package org.analyst.article;

import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ArticleQueriesTest {

    private static final String SLUG = "china-backs-kazakhstan-against-russian-threats";

    @Test
    void anArticleWithItsSectionsAuthorsAndStatements() {
        var article = query("""
                query($slug: String) { article(slug: $slug) {
                  slug title summary category status publishedAt updatedAt readCount wordCount version
                  authors { slug name }
                  periodical { slug kind title }
                  sections { role heading position paragraphs }
                  regions { slug }
                  mentions { slug }
                  statements(first: 3) { totalCount nodes { summary speaker { name } } }
                } }""", Map.of("slug", SLUG)).ok();

        assertEquals("China Backs Kazakhstan Against Russian Threats", article.data("article.title"));
        assertEquals("Analytical Articles", article.data("article.category"));
        assertEquals("PUBLISHED", article.data("article.status"));
        assertEquals("2023-01-12T00:00:00Z", article.data("article.publishedAt"));
        assertEquals("2023-01-12T00:00:00Z", article.data("article.updatedAt"));
        assertEquals(17495, (int) article.data("article.readCount"));
        assertEquals(List.of("Natalia Konarzewska"), article.data("article.authors.name"));
        assertEquals("the-central-asia-caucasus-analyst", article.data("article.periodical.slug"));
        assertEquals(List.of("LEDE", "BACKGROUND", "IMPLICATIONS", "CONCLUSIONS"), article.data("article.sections.role"));
        assertEquals(java.util.Arrays.asList(null, "BACKGROUND", "IMPLICATIONS", "CONCLUSIONS"),
                article.data("article.sections.heading"));
        assertEquals(List.of(0, 1, 2, 3), article.data("article.sections.position"));
        String firstBackground = article.<List<List<String>>>data("article.sections.paragraphs").get(1).get(0);
        assertTrue(firstBackground.startsWith("Xi Jinping’s trip to Kazakhstan"), "the run-in heading is removed");
        assertTrue(((String) article.data("article.summary")).startsWith("During his visit to Kazakhstan on September 14"));
        assertEquals(List.of("china", "kazakhstan", "russia"), article.data("article.regions.slug"));
        List<String> mentions = article.data("article.mentions.slug");
        assertEquals(28, mentions.size());
        assertTrue(mentions.containsAll(List.of("halyk-bank", "xi-jinping", "youtube", "us-treasury-department")));
        assertEquals(31, (int) article.data("article.statements.totalCount"));
        assertEquals(3, article.<List<?>>data("article.statements.nodes").size());
    }

    @Test
    void byIdAndBySlugAreTheSameArticle() {
        String id = query("query($slug: String) { article(slug: $slug) { id } }", Map.of("slug", SLUG)).ok()
                .data("article.id");
        var byId = query("query($id: ID) { article(id: $id) { slug } }", Map.of("id", id)).ok();
        assertEquals(SLUG, byId.data("article.slug"));
        assertNull(query("{ article(slug: \"no-such-article\") { id } }").ok().data("article"));
    }

    @Test
    void filtersSelectArticles() {
        String konarzewska = actorId("natalia-konarzewska");
        String xi = actorId("xi-jinping");
        String halyk = actorId("halyk-bank");
        String starr = actorId("s-frederick-starr");

        assertEquals(1, count(Map.of("category", "analytical ARTICLES")), "category ignores case");
        assertEquals(0, count(Map.of("category", "Commentary")));
        assertEquals(1, count(Map.of("authorIds", List.of(xi, konarzewska))), "any of the authors");
        assertEquals(0, count(Map.of("authorIds", List.of(xi))));
        assertEquals(1, count(Map.of("mentionsActorIds", List.of(halyk, xi))), "mentions all of them");
        assertEquals(0, count(Map.of("mentionsActorIds", List.of(halyk, starr))));
        assertEquals(1, count(Map.of("publishedFrom", "2023-01-12", "publishedTo", "2023-01-12")));
        assertEquals(0, count(Map.of("publishedFrom", "2023-01-13")));
        assertEquals(0, count(Map.of("publishedTo", "2023-01-11")));
        assertEquals(1, count(Map.of("status", List.of("PUBLISHED", "DRAFT"))));
        assertEquals(0, count(Map.of("status", List.of("DRAFT"))), "anonymous readers never see drafts");
        assertEquals(1, count(Map.of("authorIds", List.of(konarzewska), "category", "Analytical Articles",
                "mentionsActorIds", List.of(halyk))), "filters combine with AND");
    }

    @Test
    void actorsAndPeriodicalsListTheirArticles() {
        var response = query("""
                { author: actor(slug: "natalia-konarzewska") { authoredArticles { totalCount nodes { slug } } }
                  mentioned: actor(slug: "halyk-bank") { mentionedIn { totalCount nodes { slug } } }
                  unmentioned: actor(slug: "cepa") { mentionedIn { totalCount nodes { slug } } }
                  periodical: publication(slug: "the-central-asia-caucasus-analyst") { articles { nodes { slug } } } }""")
                .ok();
        assertEquals(List.of(SLUG), response.data("author.authoredArticles.nodes.slug"));
        assertEquals(List.of(SLUG), response.data("mentioned.mentionedIn.nodes.slug"));
        assertEquals(0, (int) response.data("unmentioned.mentionedIn.totalCount"));
        assertEquals(List.of(SLUG), response.data("periodical.articles.nodes.slug"));
    }

    private static int count(Map<String, Object> filter) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("filter", filter);
        return query("query($filter: ArticleFilter) { articles(filter: $filter) { totalCount nodes { slug } } }",
                variables).ok().<Integer>data("articles.totalCount");
    }

    static String actorId(String slug) {
        return query("query($slug: String) { actor(slug: $slug) { id } }", Map.of("slug", slug)).ok().data("actor.id");
    }
}
