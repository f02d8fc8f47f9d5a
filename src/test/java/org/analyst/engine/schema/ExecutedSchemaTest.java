package org.analyst.engine.schema;


import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.schema.model.Schema;
import io.quarkus.test.junit.QuarkusTest;

/** The fetchers and field visibility of the schema graphql-java executes. */
@QuarkusTest
class ExecutedSchemaTest {

    @Inject
    GraphQLSchema built;

    @Inject
    Schema model;

    @Test
    void theDefaultVisibilityHidesNothingWithoutMatchingPatterns() {
        // What SmallRye builds for the default setting: if this fails, SmallRye stopped doing it
        // and ExecutedSchema's visibility step can go.
        assertInstanceOf(BlockedFields.class, built.getCodeRegistry().getFieldVisibility());
        assertSame(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY,
                ExecutedSchema.executed(built, model, ExecutedSchema.DEFAULT_VISIBILITY).getCodeRegistry().getFieldVisibility());
    }

    @Test
    void nestedConnectionsAreFetchedDirectly() {
        GraphQLSchema executed = ExecutedSchema.executed(built, model, ExecutedSchema.DEFAULT_VISIBILITY);
        for (String field : List.of("Article.statements", "Actor.statements", "Actor.statementsAbout",
                "Actor.authoredArticles", "Actor.mentionedIn", "Publication.articles")) {
            FieldCoordinates coordinates = FieldCoordinates.coordinates(field.split("\\.")[0], field.split("\\.")[1]);
            assertNotSame(fetcher(built, coordinates), fetcher(executed, coordinates), field);
        }
    }

    private static DataFetcher<?> fetcher(GraphQLSchema schema, FieldCoordinates field) {
        return schema.getCodeRegistry().getDataFetcher(field,
                schema.getObjectType(field.getTypeName()).getFieldDefinition(field.getFieldName()));
    }

    @Test
    void aConfiguredVisibilityIsKept() {
        assertSame(built.getCodeRegistry().getFieldVisibility(),
                ExecutedSchema.executed(built, model, "no-introspection").getCodeRegistry().getFieldVisibility());
    }
}
