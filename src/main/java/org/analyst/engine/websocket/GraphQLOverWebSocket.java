package org.analyst.engine.websocket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.analyst.engine.GraphQLEngine;
import org.analyst.live.LiveSubscribers;
import org.analyst.security.BearerTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * GraphQL over WebSocket at {@code /graphql}, in either subprotocol ({@link Subprotocol}): every
 * operation runs through the {@link GraphQLEngine} like a POSTed one, under the same limits, on a
 * worker thread, with the same errors. The caller's token comes in the {@code connection_init}
 * payload ({@code {"Authorization": "Bearer …"}}), or else in the upgrade request's Authorization
 * header.
 *
 * <p>It takes the place of SmallRye's WebSocket handler, which runs operations on the event loop
 * (blocking JDBC there, and "Cannot start a JTA transaction from the IO thread" for mutations) and
 * hands them to SmallRye without the request limits. Quarkus still offers the two subprotocols
 * at the upgrade, as SmallRye asks; messages are limited by
 * {@code quarkus.http.websocket-server.max-message-size}, connections per client address and the
 * rest by {@link WebSocketLimits}. Subscriptions are the {@link LiveSubscribers}'.
 */
@ApplicationScoped
public class GraphQLOverWebSocket {

    /**
     * Before SmallRye's WebSocket route (-99), and so before Quarkus's HTTP authorization (-100):
     * the engine authorises each operation itself ({@code security.Caller}), as over POST.
     */
    private static final int ROUTE_ORDER = -101;

    @Inject
    GraphQLEngine engine;

    @Inject
    ObjectMapper json;

    @Inject
    LiveSubscribers subscribers;

    @Inject
    BearerTokens tokens;

    @Inject
    WebSocketLimits limits;

    @Inject
    OpenConnections connections;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String graphqlPath;

    void install(@Observes Router router) {
        router.get("/" + graphqlPath.replaceFirst("^/+", "")).order(ROUTE_ORDER).handler(this::upgrade);
    }

    private void upgrade(RoutingContext context) {
        if (!"websocket".equalsIgnoreCase(context.request().getHeader(HttpHeaders.UPGRADE))) {
            context.next();
            return;
        }
        String address = context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().hostAddress();
        if (!connections.admit(address)) {
            context.response().setStatusCode(429).end("Too many WebSocket connections from " + address);
            return;
        }
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        context.request().toWebSocket().onComplete(upgraded -> {
            if (upgraded.failed()) {
                connections.ended(address);
                return;
            }
            ServerWebSocket socket = upgraded.result();
            Subprotocol protocol = Subprotocol.named(socket.subProtocol()).orElse(null);
            if (protocol == null) {
                socket.closeHandler(closed -> connections.ended(address));
                socket.close((short) 4406, "Subprotocol not acceptable: use graphql-transport-ws or graphql-ws");
                return;
            }
            new WebSocketConnection(socket, protocol, this, authorization, () -> connections.ended(address))
                    .open(context.vertx());
        });
    }
}
