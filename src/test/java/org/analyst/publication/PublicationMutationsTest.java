package org.analyst.publication;

import static org.analyst.graphql.Fixtures.actorId;
import static org.analyst.graphql.Fixtures.publicationId;
import static org.analyst.graphql.Fixtures.unique;
import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.analyst.graphql.EditorialProfile;
import org.analyst.graphql.GraphQLClient.Response;
import org.analyst.security.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(EditorialProfile.class)
class PublicationMutationsTest {

    private static final String CREATE = """
            mutation($input: PublicationInput!) { publicationCreate(input: $input) {
              publication { id slug kind title version staffPublication series { slug } date { text precision }
                            contributors { actor { slug } role position } publishers { slug } }
              userErrors { field message code } } }""";
    private static final String UPDATE = """
            mutation($id: ID!, $input: PublicationInput!, $version: Int!) {
              publicationUpdate(id: $id, input: $input, expectedVersion: $version) {
                publication { title version url } userErrors { field message code } } }""";
    private static final String DELETE = """
            mutation($id: ID!) { publicationDelete(id: $id) { deletedId userErrors { field message code } } }""";

    @Test
    void anEditorCreatesAPaperInASeries() {
        var created = create(Map.of("kind", "RESEARCH_PAPER", "title", "Caspian Routes " + unique(),
                "seriesId", publicationId("silk-road-papers"), "staffPublication", true,
                "date", Map.of("text", "Spring 2025", "precision", "RANGE", "earliest", "2025-03-01", "latest", "2025-05-31"),
                "contributors", List.of(Map.of("actorId", actorId("svante-e-cornell"), "role", "EDITOR"),
                        Map.of("actorId", actorId("s-frederick-starr"), "role", "AUTHOR")),
                "publisherIds", List.of(actorId("afpc-press"))));
        assertEquals(List.of(), created.userErrors("publicationCreate"));
        Map<String, Object> paper = created.data("publicationCreate.publication");
        assertEquals(Map.of("slug", "silk-road-papers"), paper.get("series"));
        assertEquals(Map.of("text", "Spring 2025", "precision", "RANGE"), paper.get("date"));
        assertEquals(List.of(Map.of("actor", Map.of("slug", "svante-e-cornell"), "role", "EDITOR", "position", 0),
                Map.of("actor", Map.of("slug", "s-frederick-starr"), "role", "AUTHOR", "position", 1)), paper.get("contributors"));

        var updated = query(Tokens.editor(), UPDATE, Map.of("id", paper.get("id"), "version", paper.get("version"),
                "input", Map.of("kind", "RESEARCH_PAPER", "title", "Caspian Routes, revised", "url", "https://example.org/p"))).ok();
        assertEquals(List.of(), updated.userErrors("publicationUpdate"));
        assertEquals("https://example.org/p", updated.data("publicationUpdate.publication.url"));
    }

    @Test
    void rulesAreUserErrorsWithPaths() {
        var rejected = create(Map.of("kind", "BOOK", "title", "Bad " + unique(), "seriesId", publicationId("the-central-asia-caucasus-analyst"),
                "url", "not a url", "contributors", List.of(Map.of("actorId", "bm9wZQ", "role", "AUTHOR")),
                "date", Map.of("precision", "MONTH", "earliest", "2024-02-03", "latest", "2024-02-29")));
        assertEquals(List.of("INVALID input.url", "NOT_FOUND input.contributors.0.actorId", "INVALID input.seriesId",
                "INVALID input.date.precision"), rejected.userErrors("publicationCreate"));
        assertNull(rejected.data("publicationCreate.publication"));
    }

    @Test
    void aPublicationInUseCannotBeDeleted() {
        assertEquals(List.of("IN_USE id"), query(Tokens.admin(), DELETE, Map.of("id", publicationId("silk-road-papers"))).ok()
                .userErrors("publicationDelete"), "papers belong to the series");
        assertEquals(List.of("IN_USE id"), query(Tokens.admin(), DELETE, Map.of("id", publicationId("the-central-asia-caucasus-analyst")))
                .ok().userErrors("publicationDelete"), "an article appeared in the periodical");
        String spare = (String) create(Map.of("kind", "REPORT", "title", "Spare " + unique())).data("publicationCreate.publication.id");
        assertEquals("FORBIDDEN", query(Tokens.editor(), DELETE, Map.of("id", spare)).errorCode());
        assertEquals(spare, query(Tokens.admin(), DELETE, Map.of("id", spare)).ok().data("publicationDelete.deletedId"));
    }

    private static Response create(Map<String, Object> input) {
        return query(Tokens.editor(), CREATE, Map.of("input", input)).ok();
    }
}
