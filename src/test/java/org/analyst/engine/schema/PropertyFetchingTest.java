package org.analyst.engine.schema;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.PropertyDataFetcher;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;

/** Which fields of the schema SmallRye built are read straight from their properties. */
@QuarkusTest
class PropertyFetchingTest {

    @Inject
    GraphQLSchema built;

    @Test
    void plainPropertiesAreReadDirectly() {
        GraphQLSchema schema = PropertyFetching.readingPropertiesDirectly(built);
        assertInstanceOf(PropertyDataFetcher.class, fetcher(schema, "Article", "title"), "a String getter");
        assertInstanceOf(PropertyDataFetcher.class, fetcher(schema, "Article", "status"), "an enum getter");
        assertInstanceOf(PropertyDataFetcher.class, fetcher(schema, "ArticleConnection", "nodes"), "a list of objects");
        assertInstanceOf(PropertyDataFetcher.class, fetcher(schema, "PageInfo", "hasNextPage"), "a record component");
        assertInstanceOf(PropertyDataFetcher.class, fetcher(schema, "PartialDate", "text"), "a public field");
        assertInstanceOf(PropertyDataFetcher.class, fetcher(schema, "Article", "authors"), "a relation read for all batch");
        assertInstanceOf(PropertyDataFetcher.class, fetcher(schema, "SearchEdge", "node"), "an object typed as an interface");
        assertFalse(fetcher(schema, "Article", "publishedAt") instanceof FieldDataFetcher, "a DateTime, formatted here");
        assertFalse(fetcher(schema, "PartialDate", "earliest") instanceof FieldDataFetcher, "a Date, formatted here");
    }

    @Test
    void smallRyeFetchesPropertiesWithItsPerFieldContext() {
        // If this fails, SmallRye builds other fetchers for properties now: see whether PropertyFetching still pays.
        assertInstanceOf(FieldDataFetcher.class, fetcher(built, "Article", "title"));
    }

    @Test
    void resolvedFieldsStayWithSmallRye() {
        GraphQLSchema schema = PropertyFetching.readingPropertiesDirectly(built);
        assertFalse(fetcher(schema, "Article", "statements") instanceof PropertyDataFetcher, "a nested connection");
        assertFalse(fetcher(schema, "Query", "articles") instanceof PropertyDataFetcher, "a query");
    }

    private static DataFetcher<?> fetcher(GraphQLSchema schema, String type, String field) {
        GraphQLObjectType object = schema.getObjectType(type);
        return schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type, field),
                object.getFieldDefinition(field));
    }
}
