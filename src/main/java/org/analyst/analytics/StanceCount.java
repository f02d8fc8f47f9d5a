package org.analyst.analytics;

import org.analyst.statement.Stance;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How many statements take this stance towards a matched target.")
public record StanceCount(@NonNull Stance stance, @NonNull int count) {
}
