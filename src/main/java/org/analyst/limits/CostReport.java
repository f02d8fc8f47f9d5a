package org.analyst.limits;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import graphql.ExecutionResult;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.cdi.event.AfterExecute;
import io.smallrye.graphql.execution.context.SmallRyeContext;

/** Adds the cost the gate measured to every response's {@code extensions.cost}, so clients can see it. */
@ApplicationScoped
public class CostReport {

    @Inject
    CurrentVertxRequest request;

    @Inject
    QueryLimitsConfig limits;

    void report(@Observes @AfterExecute Context context) {
        AdmittedRequest admitted = AdmittedRequest.of(request.getCurrent());
        if (admitted == null || !(context instanceof SmallRyeContext execution)) {
            return;
        }
        ExecutionResult result = execution.unwrap(ExecutionResult.class);
        // SmallRye writes the result's own extensions, if it has any, instead of those added to the context: keep both.
        Map<Object, Object> extensions = new LinkedHashMap<>(execution.getAddedExtensions());
        if (result.getExtensions() != null) {
            extensions.putAll(result.getExtensions());
        }
        extensions.put("cost", admitted.cost().asExtension(limits));
        // SmallRye writes the result the context holds once the after-execute observers are done.
        execution.setExecutionResult(result.transform(response -> response.extensions(extensions)));
    }
}
