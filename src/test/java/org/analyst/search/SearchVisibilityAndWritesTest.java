package org.analyst.search;

import static org.analyst.graphql.Fixtures.actorId;
import static org.analyst.graphql.Fixtures.createDraft;
import static org.analyst.graphql.Fixtures.section;
import static org.analyst.graphql.Fixtures.unique;
import static org.analyst.graphql.GraphQLClient.query;
import static org.analyst.search.SearchQueriesTest.SEARCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.analyst.graphql.EditorialProfile;
import org.analyst.graphql.GraphQLClient.Response;
import org.analyst.security.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** What search finds after editors write, and what it hides from readers who are not editors. */
@QuarkusTest
@TestProfile(EditorialProfile.class)
class SearchVisibilityAndWritesTest {

    @Test
    void draftsWithdrawnArticlesAndWhatOnlyTheyReportAreHiddenFromReadersAndFoundByEditors() {
        String word = "Zorblax" + letters();
        Map<String, Object> draft = createDraft();
        String article = (String) draft.get("id");
        updateArticle(article, (int) draft.get("version"), word + " in a draft", "Astana said no to Moscow.");
        createStatement(article, "Astana refuses " + word + ".");

        assertEquals(List.of(), found(query(SEARCH, Map.of("query", word))), "a reader finds nothing of a draft");
        assertEquals(List.of("Article", "Statement"), found(query(Tokens.editor(), SEARCH, Map.of("query", word))));

        int published = publish(article);
        assertEquals(List.of("Article", "Statement"), found(query(SEARCH, Map.of("query", word))), "published, found");
        withdraw(article, published);
        assertEquals(List.of(), found(query(SEARCH, Map.of("query", word))), "withdrawn, hidden again");
        assertEquals(List.of("Article", "Statement"), found(query(Tokens.editor(), SEARCH, Map.of("query", word))));
    }

    @Test
    void aChangedTitleIsFoundAtOnceAndTheOldOneNoLonger() {
        String before = "Quimbly" + letters();
        String after = "Frobnitz" + letters();
        Map<String, Object> draft = createDraft();
        int version = updateArticle((String) draft.get("id"), (int) draft.get("version"), before, "Astana said no.");
        assertEquals(List.of("Article"), found(query(Tokens.editor(), SEARCH, Map.of("query", before))));

        updateArticle((String) draft.get("id"), version, after, "Astana said no.");
        assertEquals(List.of(), found(query(Tokens.editor(), SEARCH, Map.of("query", before))));
        var hits = query(Tokens.editor(), SEARCH, Map.of("query", after));
        assertEquals(List.of("Article"), found(hits));
        assertTrue(hits.<String>data("search.edges[0].highlight").startsWith("<mark>" + after + "</mark>"));
    }

    @Test
    void anAliasAddedToAnActorFindsItAtOnce() {
        String alias = "Blorptown" + letters();
        var created = query(Tokens.editor(), """
                mutation($input: ActorInput!) { actorCreate(input: $input) { actor { id version } userErrors { code } } }""",
                Map.of("input", Map.of("kind", "STATE", "name", "Grand Fenwick " + unique()))).ok();
        Map<String, Object> actor = created.data("actorCreate.actor");
        assertEquals(List.of(), found(query(SEARCH, Map.of("query", alias))));
        var updated = query(Tokens.editor(), """
                mutation($id: ID!, $input: ActorInput!, $version: Int!) {
                  actorUpdate(id: $id, input: $input, expectedVersion: $version) { userErrors { code } } }""",
                Map.of("id", actor.get("id"), "version", actor.get("version"), "input",
                        Map.of("kind", "STATE", "name", "Grand Fenwick", "aliases",
                                List.of(Map.of("name", alias, "type", "METONYM"))))).ok();
        assertEquals(List.of(), updated.data("actorUpdate.userErrors.code"));
        assertEquals(List.of("Actor"), found(query(SEARCH, Map.of("query", "Grand Fenwick " + alias))),
                "name and alias together");
    }

    @Test
    void highlightsAreSafeToInsertIntoAPage() {
        String word = "Snorkel" + letters();
        Map<String, Object> draft = createDraft();
        updateArticle((String) draft.get("id"), (int) draft.get("version"), word + " & <b>gas</b>",
                "He wrote <script>alert('" + word + "')</script> & left.");
        var hits = query(Tokens.editor(), SEARCH, Map.of("query", word));
        String highlight = hits.data("search.edges[0].highlight");
        assertTrue(highlight.startsWith("<mark>" + word + "</mark> &amp; &lt;b&gt;gas&lt;/b&gt;"), highlight);
        assertTrue(highlight.contains("He wrote &lt;script&gt;alert(&#39;<mark>" + word + "</mark>&#39;)&lt;/script&gt; &amp;"),
                highlight);
        String unmarked = highlight.replace("<mark>", "").replace("</mark>", "");
        assertFalse(unmarked.contains("<") || unmarked.contains(">"), "no markup but the marks: " + highlight);
        assertFalse(unmarked.replaceAll("&(amp|lt|gt|quot|#39);", "").contains("&"), "every & escaped: " + highlight);
    }

    private static int updateArticle(String id, int version, String title, String body) {
        var updated = query(Tokens.editor(), """
                mutation($id: ID!, $input: ArticleInput!, $version: Int!) {
                  articleUpdate(id: $id, input: $input, expectedVersion: $version) {
                    article { version } userErrors { field message code } } }""",
                Map.of("id", id, "version", version, "input", Map.of("title", title, "sections",
                        List.of(section("BODY", null, body))))).ok();
        assertEquals(List.of(), updated.userErrors("articleUpdate"));
        return updated.data("articleUpdate.article.version");
    }

    private static void createStatement(String article, String summary) {
        var created = query(Tokens.editor(), """
                mutation($input: StatementInput!) { statementCreate(input: $input) {
                  statement { id } userErrors { field message code } } }""",
                Map.of("input", Map.of("speakerId", actorId("kazakhstan"), "kind", "REFUSAL", "summary", summary,
                        "date", Map.of("precision", "MONTH", "earliest", "2022-06-01", "latest", "2022-06-30"),
                        "attestations", List.of(Map.of("articleId", article, "form", "SUMMARY", "start", 0, "end", 24))))).ok();
        assertEquals(List.of(), created.userErrors("statementCreate"));
    }

    private static int publish(String article) {
        int version = query(Tokens.editor(), "query($id: ID!) { node(id: $id) { ... on Article { version } } }",
                Map.of("id", article)).ok().data("node.version");
        return query(Tokens.editor(), """
                mutation($id: ID!, $version: Int!) { articlePublish(id: $id, expectedVersion: $version) {
                  article { version } userErrors { code } } }""", Map.of("id", article, "version", version)).ok()
                .<Integer>data("articlePublish.article.version");
    }

    private static void withdraw(String article, int version) {
        assertEquals("WITHDRAWN", query(Tokens.editor(), """
                mutation($id: ID!, $version: Int!) { articleWithdraw(id: $id, expectedVersion: $version) {
                  article { status } userErrors { code } } }""", Map.of("id", article, "version", version)).ok()
                .data("articleWithdraw.article.status"));
    }

    private static List<String> found(Response hits) {
        return hits.ok().<List<String>>data("search.edges.node.__typename");
    }

    /** A suffix of letters only: the parser splits words at digits. */
    private static String letters() {
        return unique().replaceAll("[0-9]", "q");
    }
}
