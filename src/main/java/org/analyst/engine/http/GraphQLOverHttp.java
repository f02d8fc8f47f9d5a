package org.analyst.engine.http;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.analyst.engine.GraphQLEngine;
import org.analyst.engine.GraphQLRequest;
import org.analyst.engine.errors.FaultHandler;
import org.analyst.engine.errors.Refusal;
import org.analyst.engine.limits.QueryLimits;
import org.analyst.graphql.ErrorCode;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.ExecutionResult;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * GraphQL over HTTP at {@code /graphql}, as the GraphQL-over-HTTP specification describes it:
 * {@code POST} with a JSON body ({@code query}, {@code operationName}, {@code variables},
 * {@code extensions}), and {@code GET} with the same as URL parameters, for queries; the
 * response in {@code application/graphql-response+json} or {@code application/json}, as the client
 * accepts; and a JSON error body with a code for every refusal. Requests run through the
 * {@link GraphQLEngine}, like those of every other transport.
 *
 * <p>It takes the place of SmallRye's HTTP handler, which answers 200 to everything (the status
 * codes of {@code application/graphql-response+json} included), reads a {@code text/plain} body as
 * JSON (a form on any site can post one without a CORS preflight) and answers a malformed body with
 * a bare "Unparseable request". SmallRye's routes stay registered behind this one; no request
 * reaches them.
 */
@ApplicationScoped
public class GraphQLOverHttp {

    /** After the CORS (-300) and security (-200, -100) filters, before SmallRye's /graphql routes. */
    static final int ROUTE_ORDER = -50;
    private static final Logger LOG = Logger.getLogger(GraphQLOverHttp.class);
    private static final String ALLOWED = "GET, POST, OPTIONS";

    @Inject
    GraphQLEngine engine;

    @Inject
    QueryLimits limits;

    @Inject
    CachedReads reads;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String graphqlPath;

    void install(@Observes Router router) {
        String path = "/" + graphqlPath.replaceFirst("^/+", "");
        router.post(path).order(ROUTE_ORDER)
                .handler(BodyHandler.create(false).setBodyLimit(limits.maxBodySize().asLongValue()))
                .handler(this::post)
                .failureHandler(this::failed);
        router.get(path).order(ROUTE_ORDER).handler(this::get);
        router.route(path).order(ROUTE_ORDER + 1).handler(this::otherMethod);
    }

    /** The response's media type as the client accepts it; none, and the request is refused with 406. */
    private Optional<ResponseMediaType> acceptedMedia(RoutingContext context) {
        Optional<ResponseMediaType> media = ResponseMediaType.acceptedBy(context.parsedHeaders().accept());
        if (media.isEmpty()) {
            refuse(context, ResponseMediaType.JSON, Refusal.of(ErrorCode.NOT_ACCEPTABLE,
                    "The response is application/graphql-response+json or application/json: accept one of them"));
        }
        return media;
    }

    /** Runs on the event loop, as admitting a request is bounded work; the engine executes it on a worker. */
    private void post(RoutingContext context) {
        long arrived = System.nanoTime();
        Optional<ResponseMediaType> media = acceptedMedia(context);
        if (media.isEmpty()) {
            return;
        }
        GraphQLRequest request;
        try {
            request = GraphQLRequest.read(jsonBody(context));
        } catch (Refusal refusal) {
            refuse(context, media.get(), refusal);
            return;
        }
        engine.run(request, context.request().getHeader(HttpHeaders.AUTHORIZATION), arrived)
                .whenComplete((result, failure) -> respond(context, media.get(), failure == null ? result : fault(failure)));
    }

    /**
     * GraphQL over GET: the request in the URL's {@code query}, {@code operationName}, {@code variables}
     * and {@code extensions} parameters (the last two JSON), for queries only; a mutation is refused
     * with 405, as the GraphQL-over-HTTP specification has it. Anonymous reads are cacheable: see
     * {@link CachedReads}.
     */
    private void get(RoutingContext context) {
        long arrived = System.nanoTime();
        Optional<ResponseMediaType> media = acceptedMedia(context);
        if (media.isEmpty()) {
            return;
        }
        GraphQLEngine.Admitted admitted;
        try {
            admitted = engine.admit(GraphQLRequest.ofParameters(context.queryParams()));
            if (!admitted.query().isQuery() && !admitted.query().operationType().equals("unknown")) {
                context.response().putHeader(HttpHeaders.ALLOW, "POST");
                throw Refusal.of(ErrorCode.METHOD_NOT_ALLOWED, "Only queries are sent with GET: POST a "
                        + admitted.query().operationType());
            }
        } catch (Refusal refusal) {
            refuse(context, media.get(), refusal);
            return;
        }
        reads.answer(context, admitted, arrived).whenComplete((answer, failure) -> {
            if (failure != null) {
                respond(context, media.get(), fault(failure));
            } else if (answer.cached() != null) {
                send(context, media.get(), 200, answer.cached().body(), answer);
            } else {
                respond(context, media.get(), answer.result(), answer);
            }
        });
    }

    private static ExecutionResult fault(Throwable failure) {
        return ExecutionResult.newExecutionResult().addError(FaultHandler.fault(failure)).build();
    }

    private static String jsonBody(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null || !type.split(";", 2)[0].strip().equalsIgnoreCase("application/json")) {
            throw Refusal.of(ErrorCode.BAD_REQUEST, "POST the request as JSON, with Content-Type: application/json");
        }
        // JSON is UTF-8 (RFC 8259); application/json defines no charset parameter, so one given changes nothing.
        Buffer body = context.body().buffer();
        if (body == null || body.length() == 0) {
            throw Refusal.of(ErrorCode.BAD_REQUEST, "The request has no body: POST a JSON object with the GraphQL document in \"query\"");
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    /** The body handler fails the request with 413 when the body is over the limit. */
    private void failed(RoutingContext context) {
        if (context.statusCode() != 413) {
            context.next();
            return;
        }
        context.response().putHeader(HttpHeaders.CONNECTION, "close"); // the rest of the body is not read
        refuse(context, ResponseMediaType.acceptedBy(context.parsedHeaders().accept()).orElse(ResponseMediaType.JSON),
                Refusal.of(ErrorCode.REQUEST_TOO_LARGE, "The request body is larger than %d bytes"
                        .formatted(limits.maxBodySize().asLongValue())));
    }

    /** WebSocket upgrades are answered before this route; CORS preflights by Quarkus's CORS filter. */
    private void otherMethod(RoutingContext context) {
        if (context.request().method() == HttpMethod.OPTIONS) {
            context.response().putHeader(HttpHeaders.ALLOW, ALLOWED).setStatusCode(204).end();
            return;
        }
        context.response().putHeader(HttpHeaders.ALLOW, ALLOWED);
        refuse(context, ResponseMediaType.JSON, Refusal.of(ErrorCode.METHOD_NOT_ALLOWED,
                "POST (or GET, for queries) GraphQL requests to this path; " + context.request().method() + " is not supported"));
    }

    private void refuse(RoutingContext context, ResponseMediaType media, Refusal refusal) {
        respond(context, media, engine.refused(refusal));
    }

    private void respond(RoutingContext context, ResponseMediaType media, ExecutionResult result) {
        respond(context, media, result, CachedReads.Answer.uncacheable(result));
    }

    private void respond(RoutingContext context, ResponseMediaType media, ExecutionResult result, CachedReads.Answer answer) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(result.toSpecification());
        } catch (JsonProcessingException unwritable) {
            LOG.error("A GraphQL result could not be written", unwritable);
            context.fail(500);
            return;
        }
        send(context, media, status(media, result), reads.kept(answer, body), answer);
    }

    private void send(RoutingContext context, ResponseMediaType media, int status, byte[] body, CachedReads.Answer answer) {
        if (context.response().ended() || context.response().closed()) {
            return; // the client went away
        }
        if (reads.headers(context, media, answer, body)) {
            context.response().setStatusCode(304).end();
            return;
        }
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, media.contentType())
                .end(Buffer.buffer(body));
    }

    /**
     * 200 for a response with data, even null data; a response without any reports why the request
     * did not run: a request that is not one ({@code BAD_REQUEST} and the like) has its HTTP status in
     * either media type, a GraphQL request the engine refused is 400 only in
     * application/graphql-response+json (application/json answers 200 to every well-formed request).
     */
    static int status(ResponseMediaType media, ExecutionResult result) {
        if (result.isDataPresent() || result.getErrors().isEmpty()) {
            return 200;
        }
        Object code = result.getErrors().get(0).getExtensions() == null ? null
                : result.getErrors().get(0).getExtensions().get("code");
        ErrorCode error = code == null ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.valueOf(code.toString());
        return switch (error) {
            case BAD_REQUEST -> 400;
            case REQUEST_TOO_LARGE -> 413;
            case METHOD_NOT_ALLOWED -> 405;
            case NOT_ACCEPTABLE -> 406;
            case SERVICE_UNAVAILABLE -> 503;
            case INTERNAL_SERVER_ERROR, QUERY_TIMEOUT -> 500;
            default -> media == ResponseMediaType.GRAPHQL_RESPONSE_JSON ? 400 : 200;
        };
    }
}
