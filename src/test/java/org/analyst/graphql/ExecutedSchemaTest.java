package org.analyst.graphql;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.test.junit.QuarkusTest;

/** The field visibility of the schema graphql-java executes. */
@QuarkusTest
class ExecutedSchemaTest {

    @Inject
    GraphQLSchema built;

    @Test
    void theDefaultVisibilityHidesNothingWithoutMatchingPatterns() {
        // What SmallRye builds for the default setting: if this fails, SmallRye stopped doing it
        // and ExecutedSchema's visibility step can go.
        assertInstanceOf(BlockedFields.class, built.getCodeRegistry().getFieldVisibility());
        assertSame(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY,
                ExecutedSchema.executed(built, ExecutedSchema.DEFAULT_VISIBILITY).getCodeRegistry().getFieldVisibility());
    }

    @Test
    void aConfiguredVisibilityIsKept() {
        assertSame(built.getCodeRegistry().getFieldVisibility(),
                ExecutedSchema.executed(built, "no-introspection").getCodeRegistry().getFieldVisibility());
    }
}
