package org.analyst.engine.limits;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Directive;
import io.smallrye.graphql.api.DirectiveLocation;

/**
 * The most items a list field that is not a connection may hold, when it is bounded by a limit
 * rather than by the data (a network's edges, a timeline's buckets): the request gate prices the
 * list at this size instead of {@value QueryCostCalculator#LIST_SIZE}. Named and shaped as the
 * {@code @listSize(assumedSize:)} of the GraphQL cost directive specification (IBM, Apollo), so
 * that tools reading the served schema price it alike.
 */
@Directive(on = DirectiveLocation.FIELD_DEFINITION)
@Description("The most items this list holds: the request gate prices it at this size.")
@Retention(RUNTIME)
@Target({ METHOD, FIELD })
public @interface ListSize {

    @NonNull
    int assumedSize();
}
