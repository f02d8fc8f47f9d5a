package org.analyst.graphql;

import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.analyst.security.Tokens;

/** Ids of the sample data, and articles created through the API for tests that write. */
public final class Fixtures {

    /** The body of {@link #createDraft()}: the offsets tests point at. */
    public static final String DRAFT_BODY = "Astana said no to Moscow. Beijing said yes to Astana.\n\nMoscow was not pleased.";

    private static final String CREATE_ARTICLE = """
            mutation($input: ArticleInput!) { articleCreate(input: $input) {
              article { id slug title summary status version body } userErrors { field message code } } }""";

    private Fixtures() {
    }

    public static String actorId(String slug) {
        return query("query($slug: String) { actor(slug: $slug) { id } }", Map.of("slug", slug)).ok().data("actor.id");
    }

    public static String publicationId(String slug) {
        return query("query($slug: String) { publication(slug: $slug) { id } }", Map.of("slug", slug)).ok()
                .data("publication.id");
    }

    /** A new draft article whose body is {@link #DRAFT_BODY}. */
    public static Map<String, Object> createDraft() {
        Map<String, Object> article = createDraft("Astana said no to Moscow. Beijing said yes to Astana.", "Moscow was not pleased.");
        assertEquals(DRAFT_BODY, article.get("body"));
        return article;
    }

    /** A new draft article of one section with these paragraphs. */
    public static Map<String, Object> createDraft(String... paragraphs) {
        var created = query(Tokens.editor(), CREATE_ARTICLE, Map.of("input", Map.of("title", "Draft " + unique(),
                "summary", "Kept.", "sections", List.of(section("BODY", null, paragraphs))))).ok();
        assertEquals(List.of(), created.userErrors("articleCreate"));
        return created.data("articleCreate.article");
    }

    /** A new published article whose body is {@link #DRAFT_BODY}; its id. */
    public static String publishedArticle() {
        Map<String, Object> draft = createDraft();
        var published = query(Tokens.editor(), """
                mutation($id: ID!, $version: Int!) { articlePublish(id: $id, expectedVersion: $version) {
                  article { status } userErrors { code } } }""", Map.of("id", draft.get("id"), "version", draft.get("version")))
                .ok();
        assertEquals("PUBLISHED", published.data("articlePublish.article.status"));
        return (String) draft.get("id");
    }

    public static Map<String, Object> section(String role, String heading, String... paragraphs) {
        Map<String, Object> section = new HashMap<>();
        section.put("role", role);
        section.put("heading", heading);
        section.put("paragraphs", List.of(paragraphs));
        return section;
    }

    /** A suffix that keeps titles and names of one test run apart. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
