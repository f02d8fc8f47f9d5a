package org.analyst.analytics;

import org.analyst.statement.StatementKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How many statements are of this kind.")
public record KindCount(@NonNull StatementKind kind, @NonNull int count) {
}
