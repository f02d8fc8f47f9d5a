package org.analyst.importing;

/** What an import wrote. */
public record ImportSummary(int actors, int publications, int articles, int statements) {
}
