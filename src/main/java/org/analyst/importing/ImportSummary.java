package org.analyst.importing;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What an import wrote: how many records of each kind. */
@RegisterForReflection
public record ImportSummary(int actors, int publications, int articles, int statements) {
}
