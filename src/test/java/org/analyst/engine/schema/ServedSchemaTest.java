package org.analyst.engine.schema;

import static io.restassured.RestAssured.given;
import static org.analyst.graphql.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;

/** The schema as clients read it: only the scalars it uses, the date scalars described. */
@QuarkusTest
class ServedSchemaTest {

    @Test
    void onlyTheScalarsTheSchemaUses() {
        TypeDefinitionRegistry served = new SchemaParser().parse(
                given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString());
        assertEquals(java.util.Set.of("Date", "DateTime"), served.scalars().keySet().stream()
                .filter(name -> !java.util.Set.of("String", "Int", "Float", "Boolean", "ID").contains(name))
                .collect(java.util.stream.Collectors.toSet()));
        assertFalse(query("{ __type(name: \"BigInteger\") { name } }").ok().json().getMap("data").values().stream()
                .anyMatch(java.util.Objects::nonNull), "not in introspection either");
    }

    /** The transformed schema's types are the ones its interfaces resolve to. */
    @Test
    void nodesResolveToTheirTypes() {
        String id = query("{ actor(slug: \"kazakhstan\") { id } }").ok().data("actor.id");
        assertEquals("Kazakhstan", query("query($id: ID!) { node(id: $id) { ... on Actor { name } } }",
                java.util.Map.of("id", id)).ok().data("node.name"));
    }

    @Test
    void theDateScalarsSayWhatTheyHold() {
        var date = query("{ __type(name: \"Date\") { description specifiedByURL } }").ok();
        assertEquals("An ISO-8601 calendar date: 2022-09-14.", date.data("__type.description"));
        assertEquals("https://scalars.graphql.org/andimarek/local-date", date.data("__type.specifiedByURL"));
        var dateTime = query("{ __type(name: \"DateTime\") { description specifiedByURL } }").ok();
        assertEquals("https://scalars.graphql.org/andimarek/date-time", dateTime.data("__type.specifiedByURL"));
    }
}
