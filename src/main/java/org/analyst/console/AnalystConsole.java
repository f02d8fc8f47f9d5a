package org.analyst.console;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.ext.web.Router;

/**
 * GraphiQL as Analyst's console. SmallRye's GraphiQL page has no settings for its title or the
 * query it opens on (quarkus.smallrye-graphql.ui.* has only its path and whether it is served), so
 * its page, and only the page, is replaced here: {@code META-INF/resources/console/graphiql.html}
 * loads SmallRye's own GraphiQL assets from beside the stock page, then renders GraphiQL titled
 * "Analyst console" and opened on an example query over the sample data ({@code analyst-console.js}).
 * The browser keeps the console's address: the page is rerouted, not redirected.
 */
@Singleton
public class AnalystConsole {

    /** Before the routes that serve SmallRye's GraphiQL files. */
    private static final int ROUTE_ORDER = -100;
    static final String PAGE = "/console/graphiql.html";

    @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q")
    String nonApplicationRoot;

    @ConfigProperty(name = "quarkus.smallrye-graphql.ui.root-path", defaultValue = "graphql-ui")
    String uiPath;

    void install(@Observes Router router) {
        String console = "/" + strip(nonApplicationRoot) + "/" + strip(uiPath) + "/";
        for (String path : new String[] {console, console + "index.html"}) {
            router.get(path).order(ROUTE_ORDER).handler(context -> context.reroute(PAGE));
        }
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
