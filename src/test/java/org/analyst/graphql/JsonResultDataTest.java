package org.analyst.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import io.smallrye.graphql.execution.context.SmallRyeContext;

/** graphql-java's result data written as SmallRye would write it, through the view. */
class JsonResultDataTest {

    private enum Stance {
        HOSTILE
    }

    @Test
    void writesEveryKindOfValueInOrder() {
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("name", "Kazakhstan \"KZ\"");
        actor.put("country", null);
        actor.put("aliases", List.of("Astana"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("actor", actor);
        data.put("total", 3);
        data.put("big", 12345678901L);
        data.put("share", 0.5);
        data.put("ratio", 0.1f);
        data.put("exact", new BigDecimal("1.10"));
        data.put("current", true);
        data.put("stance", Stance.HOSTILE);
        data.put("slots", new ArrayList<>(Arrays.asList(null, "x")));

        assertEquals("{\"actor\":{\"name\":\"Kazakhstan \\\"KZ\\\"\",\"country\":null,\"aliases\":[\"Astana\"]},"
                + "\"total\":3,\"big\":12345678901,\"share\":0.5,\"ratio\":0.1,\"exact\":1.10,\"current\":true,"
                + "\"stance\":\"HOSTILE\",\"slots\":[null,\"x\"]}", JsonResultData.json(data).toString());
    }

    @Test
    void smallRyeIsHandedTheViewWithTheResultsErrors() {
        SmallRyeContext context = new SmallRyeContext("test");
        context.setExecutionResult(ExecutionResultImpl.newExecutionResult().data(Map.of("total", 3))
                .addError(GraphqlErrorBuilder.newError().message("partly failed").build()).build());
        new JsonResultData().viewAsJson(context);
        ExecutionResult result = context.unwrap(ExecutionResult.class);
        assertInstanceOf(JsonObject.class, result.getData());
        assertEquals("{\"total\":3}", result.getData().toString());
        assertEquals("partly failed", result.getErrors().get(0).getMessage());
    }

    @Test
    void readsLikeAJsonObject() {
        JsonObject object = (JsonObject) JsonResultData.json(Map.of("articles", List.of(Map.of("title", "T", "words", 9))));
        assertEquals("T", object.getJsonArray("articles").getJsonObject(0).getString("title"));
        assertEquals(9, object.getJsonArray("articles").getJsonObject(0).getInt("words"));
        assertEquals(1, object.size());
    }
}
