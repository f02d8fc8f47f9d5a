package org.analyst.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;
import jakarta.json.Json;

import org.analyst.graphql.GraphQLClient;
import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/** Why transports go through the engine and not to SmallRye's ExecutionService directly. */
@QuarkusTest
class GraphQLEngineTest {

    private static final String UNPARSEABLE = "{ actors { nodes { name } }";

    @Inject
    ExecutionService smallRye;

    @Test
    void smallRyeAnswersASyntaxErrorWithoutCodeOrLocation() {
        // If this fails, SmallRye reports syntax errors itself now, and the engine need not parse first.
        GraphQLError error = executedBySmallRye(UNPARSEABLE).getErrors().get(0);
        assertEquals("Unparseable input document", error.getMessage());
        assertNull(error.getExtensions());
        assertEquals(List.of(), error.getLocations());
    }

    @Test
    void theEngineSaysWhatAndWhere() {
        var response = GraphQLClient.query(UNPARSEABLE);
        assertEquals("GRAPHQL_PARSE_FAILED", response.errorCode());
        assertFalse(((List<?>) response.errors().get(0).get("locations")).isEmpty());
    }

    private ExecutionResult executedBySmallRye(String query) {
        AtomicReference<ExecutionResult> result = new AtomicReference<>();
        HashMap<String, Object> context = new HashMap<>();
        context.put("runBlocking", true);
        try {
            smallRye.executeSync(Json.createObjectBuilder().add("query", query).build(), context, new ExecutionResponseWriter() {
                @Override
                public void write(ExecutionResponse response) {
                    result.set(response.getExecutionResult());
                }
            });
            return result.get();
        } finally {
            // SmallRye leaves its context on the calling thread, where later tests would find it.
            SmallRyeContextManager.clearCurrentSmallRyeContext();
        }
    }
}
