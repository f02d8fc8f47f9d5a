package org.analyst.limits;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.analyst.operations.OperationMetrics;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.ParsingListener;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.api.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The gate in front of {@code POST /graphql}: it reads the request, parses the query and measures
 * it, and refuses what breaks a limit with one GraphQL error and a clear {@code extensions.code},
 * before the request reaches the GraphQL engine, and so before any SQL runs. What passes goes on
 * to SmallRye GraphQL unchanged, with its {@link AdmittedRequest} attached.
 *
 * <p>The gate parses the query itself because SmallRye GraphQL 2.17 parses it with graphql-java's
 * default options (its {@code parser-max-tokens} setting does not reach request parsing) and
 * answers any parse failure with a bare "Unparseable input document". Reading the body the way
 * SmallRye does (raw line breaks and tabs become spaces, JSON by jakarta.json) keeps the two in
 * agreement about what the request says.
 */
@ApplicationScoped
public class GraphQLRequestGate {

    /** After the CORS (-300) and security (-200, -100) filters, before SmallRye's own /graphql route. */
    private static final int ROUTE_ORDER = -50;
    private static final Pattern RAW_LINE_BREAKS_AND_TABS = Pattern.compile("[\n\t\r]");
    /** Looked up once: Json.createReader() and friends look the provider up on every call (see Cursor). */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    QueryLimitsConfig limits;

    /** SmallRye produces the schema once it has built it, which may be after the router is set up. */
    @Inject
    Instance<GraphQLSchema> schemaProducer;

    private volatile GraphQLSchema schema;

    private final ParsedQueries parsedQueries = new ParsedQueries();

    @Inject
    OperationMetrics metrics;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String graphqlPath;

    void install(@Observes Router router) {
        // The same token limit for GraphQL requests that do not come through this gate (WebSocket).
        ParserOptions.setDefaultOperationParserOptions(parserOptions(ParsingListener.NOOP));
        BodyHandler body = BodyHandler.create(false).setBodyLimit(limits.maxBodySize().asLongValue());
        router.post("/" + graphqlPath.replaceFirst("^/+", ""))
                .order(ROUTE_ORDER)
                .handler(body)
                .handler(this::admit)
                .failureHandler(this::failed);
    }

    /**
     * Runs on the event loop: its work is bounded by the body and token limits (a few milliseconds
     * at most), and so the gate keeps refusing bad requests even while every worker thread waits
     * for the database.
     */
    private void admit(RoutingContext context) {
        long arrived = System.nanoTime();
        try {
            admitted(context, arrived).attachTo(context);
            context.next();
        } catch (QueryRefusal refusal) {
            refuse(context, refusal);
        }
    }

    /** The body handler fails the request with 413 when the body is over the limit. */
    private void failed(RoutingContext context) {
        if (context.statusCode() == 413) {
            refuse(context, tooLarge());
        } else {
            context.next();
        }
    }

    private AdmittedRequest admitted(RoutingContext context, long arrived) {
        Buffer body = context.body().buffer();
        if (body == null || body.length() == 0) {
            throw QueryRefusal.badRequest("The request has no body: POST a JSON object with the GraphQL document in \"query\"");
        }
        if (body.length() > limits.maxBodySize().asLongValue()) {
            throw tooLarge(); // read by an earlier body handler, under the server's wider limit
        }
        String text = RAW_LINE_BREAKS_AND_TABS.matcher(body.toString(StandardCharsets.UTF_8)).replaceAll(" ");
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        JsonObject request = contentType != null && contentType.startsWith("application/graphql")
                ? JSON.createObjectBuilder().add("query", text).build()
                : jsonObject(text);

        String query = text(request, "query", true);
        String operationName = text(request, "operationName", false);
        Map<String, Object> variables = variables(request);
        ParsedQueries.Parsed parsed = parsedQueries.of(query, this::parse);
        QueryCost cost = QueryCostCalculator.cost(schema(), parsed.document(), operationName, variables, parsed.tokens());
        check(cost);
        Optional<OperationDefinition> running = QueryCostCalculator.runningOperation(parsed.document(), operationName);
        return new AdmittedRequest(cost, running.map(GraphQLRequestGate::label).orElse("unknown"),
                running.map(op -> op.getOperation().name().toLowerCase(Locale.ROOT)).orElse("unknown"), arrived);
    }

    private static JsonObject jsonObject(String text) {
        JsonValue value;
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonException malformed) {
            throw QueryRefusal.badRequest("The request body is not valid JSON: " + malformed.getMessage());
        }
        if (value instanceof JsonArray) {
            throw QueryRefusal.refused("BATCHING_NOT_SUPPORTED",
                    "Batched requests are not supported: send one GraphQL request per HTTP request");
        }
        if (!(value instanceof JsonObject object)) {
            throw QueryRefusal.badRequest("The request body must be a JSON object with the GraphQL document in \"query\"");
        }
        return object;
    }

    private static String text(JsonObject request, String member, boolean required) {
        JsonValue value = request.get(member);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                throw QueryRefusal.badRequest("The request has no \"" + member + "\"");
            }
            return null;
        }
        if (!(value instanceof JsonString string) || (required && string.getString().isBlank())) {
            throw QueryRefusal.badRequest("\"" + member + "\" must be a " + (required ? "non-empty " : "") + "string");
        }
        return string.getString();
    }

    private static Map<String, Object> variables(JsonObject request) {
        JsonValue value = request.get("variables");
        if (value != null && value != JsonValue.NULL && !(value instanceof JsonObject)) {
            throw QueryRefusal.badRequest("\"variables\" must be a JSON object");
        }
        return Context.VariablesParser.toMap(value).orElse(Map.of());
    }

    private GraphQLSchema schema() {
        if (schema == null) {
            schema = schemaProducer.get();
        }
        return schema;
    }

    private ParsedQueries.Parsed parse(String query) {
        TokenCounter tokens = new TokenCounter();
        try {
            Document document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
                    .document(query).parserOptions(parserOptions(tokens)).build());
            if (tokens.count > limits.maxTokens()) {
                throw tooManyTokens();
            }
            return new ParsedQueries.Parsed(document, tokens.count);
        } catch (ParseCancelledTooDeepException tooDeep) {
            throw QueryRefusal.refused("QUERY_TOO_DEEP", "The query nests too deeply to be read");
        } catch (ParseCancelledException tooLong) {
            throw tooManyTokens();
        } catch (InvalidSyntaxException invalid) {
            throw QueryRefusal.refused("GRAPHQL_PARSE_FAILED", invalid.getMessage());
        }
    }

    private void check(QueryCost cost) {
        if (cost.operations() > limits.maxOperations()) {
            throw QueryRefusal.overLimit("TOO_MANY_OPERATIONS", "The document holds %d operations; at most %d are allowed"
                    .formatted(cost.operations(), limits.maxOperations()), cost);
        }
        if (cost.depth() > limits.maxDepth()) {
            throw QueryRefusal.overLimit("QUERY_TOO_DEEP", "The query nests fields %d deep; at most %d are allowed"
                    .formatted(cost.depth(), limits.maxDepth()), cost);
        }
        if (cost.aliases() > limits.maxAliases()) {
            throw QueryRefusal.overLimit("TOO_MANY_ALIASES", "The query uses %d aliases; at most %d are allowed"
                    .formatted(cost.aliases(), limits.maxAliases()), cost);
        }
        if (cost.complexity() > limits.maxComplexity()) {
            throw QueryRefusal.overLimit("QUERY_TOO_COMPLEX", ("The query may return %d objects; at most %d are allowed."
                    + " Ask for smaller pages (first/last) or fewer nested connections")
                    .formatted(cost.complexity(), limits.maxComplexity()), cost);
        }
    }

    private QueryRefusal tooManyTokens() {
        return QueryRefusal.refused("TOO_MANY_TOKENS", "The query has more than %d tokens".formatted(limits.maxTokens()));
    }

    private QueryRefusal tooLarge() {
        return QueryRefusal.tooLarge("The request body is larger than %d bytes".formatted(limits.maxBodySize().asLongValue()));
    }

    /** One token of slack: graphql-java counts the end of the document as a token, the gate does not. */
    private ParserOptions parserOptions(ParsingListener listener) {
        return ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxTokens(limits.maxTokens() + 1).parsingListener(listener));
    }

    /** An operation's name for metrics: its own, or for an anonymous one the fields it asks for. */
    private static String label(OperationDefinition operation) {
        if (operation.getName() != null) {
            return operation.getName();
        }
        String fields = operation.getSelectionSet().getSelectionsOfType(Field.class).stream()
                .map(Field::getName).distinct().sorted().collect(Collectors.joining("+"));
        return fields.isEmpty() ? "anonymous" : fields;
    }

    private void refuse(RoutingContext context, QueryRefusal refusal) {
        metrics.refused(refusal.code());
        JsonObjectBuilder response = JSON.createObjectBuilder().add("errors", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                .add("message", refusal.getMessage())
                .add("extensions", JSON.createObjectBuilder().add("code", refusal.code()))));
        if (refusal.cost() != null) {
            response.add("extensions", JSON.createObjectBuilder().add("cost", JSON.createObjectBuilder(refusal.cost().asExtension(limits))));
        }
        if (refusal.status() == 413) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close"); // the rest of the body is not read
        }
        context.response().setStatusCode(refusal.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                .end(response.build().toString());
    }

    /** Counts the tokens the parser reads. */
    private static final class TokenCounter implements ParsingListener {
        private int count;

        @Override
        public void onToken(Token token) {
            count++;
        }
    }
}
