package org.analyst.operations;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a {@link DatabaseProxy} in front of the test database and points the application's
 * datasource at it, so that a test can take the database away and bring it back.
 */
public class DatabaseProxyResource implements QuarkusTestResourceLifecycleManager {

    private DatabaseProxy proxy;

    @Override
    public Map<String, String> start() {
        // The URL the tests use otherwise, QUARKUS_DATASOURCE_JDBC_URL included.
        proxy = new DatabaseProxy(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class));
        return Map.of("quarkus.datasource.jdbc.url", proxy.proxiedUrl());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(proxy, new TestInjector.AnnotatedAndMatchesType(InjectDatabaseProxy.class, DatabaseProxy.class));
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }
}
