package org.analyst.operations;

import java.util.Optional;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.postgresql.Driver;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Flyway migrates on a connection of its own, not one from the API's pool: the pool's
 * connections carry the statement and socket timeouts that protect the database from API
 * queries, and a long migration (an index on a large table) must not hit them.
 */
@Singleton
// Flyway loads the driver named by the URL reflectively.
@RegisterForReflection(targets = Driver.class)
public class MigrationConnection implements FlywayConfigurationCustomizer {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.dataSource(url, username.orElse(null), password.orElse(""));
    }
}
