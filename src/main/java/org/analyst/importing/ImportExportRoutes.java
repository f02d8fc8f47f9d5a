package org.analyst.importing;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.analyst.graphql.ErrorCode;
import org.analyst.security.Caller;
import org.analyst.security.ForbiddenException;
import org.analyst.security.UnauthenticatedException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * {@code POST /admin/import} loads an import document, whole or not at all, and {@code GET
 * /admin/export} returns the whole dataset in the same format. Both need an admin's bearer token.
 * Every refusal is a JSON object with a {@code code} and a {@code message}, as GraphQL errors
 * carry them; a document with problems is answered 422 with every problem at its path.
 *
 * <p>Plain Vert.x routes, as the GraphQL gate's: the token is checked on a worker thread before
 * the body is read (an anonymous caller cannot make the server hold 32 MB), and the body limit is
 * this route's own, checked before Quarkus's server-wide one so that a too large document gets a
 * clear answer.
 */
@ApplicationScoped
public class ImportExportRoutes {

    static final String IMPORT = "/admin/import";
    static final String EXPORT = "/admin/export";
    /** After the CORS (-300) and security (-200, -100) filters, before Quarkus's server-wide body-size check (-2). */
    private static final int ROUTE_ORDER = -40;
    private static final Logger LOG = Logger.getLogger(ImportExportRoutes.class);

    @Inject
    ImportConfig config;

    @Inject
    Importer importer;

    @Inject
    Exporter exporter;

    @Inject
    ObjectMapper mapper;

    @Inject
    Caller caller;

    @Inject
    CurrentVertxRequest currentRequest;

    /** What the caller did wrong, or why nothing was imported. */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ImportRefusal(ErrorCode code, String message, List<ImportProblem> problems) {
        ImportRefusal(ErrorCode code, String message) {
            this(code, message, null);
        }
    }

    void install(@Observes Router router) {
        // Two routes: Vert.x reads a body only in a route of its own that starts with the body handler.
        router.post(IMPORT).order(ROUTE_ORDER)
                .handler(context -> {
                    context.request().pause(); // until the token is checked; the body handler resumes it
                    context.next();
                })
                .blockingHandler(this::authorize, false)
                .failureHandler(this::failed);
        router.post(IMPORT).order(ROUTE_ORDER + 1)
                .handler(BodyHandler.create(false).setBodyLimit(config.maxBodySize().asLongValue()))
                .blockingHandler(this::importDocument, false)
                .failureHandler(this::failed);
        router.get(EXPORT).order(ROUTE_ORDER)
                .blockingHandler(this::authorize, false)
                .blockingHandler(this::exportDataset, false)
                .failureHandler(this::failed);
    }

    /** Admins only: who calls is read from the request's bearer token, as for mutations. */
    private void authorize(RoutingContext context) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            currentRequest.setCurrent(context);
            caller.requireAdmin();
        } catch (UnauthenticatedException missing) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
            refuse(context, 401, new ImportRefusal(ErrorCode.UNAUTHENTICATED, missing.getMessage()));
            return;
        } catch (ForbiddenException forbidden) {
            refuse(context, 403, new ImportRefusal(ErrorCode.FORBIDDEN, forbidden.getMessage()));
            return;
        } finally {
            requestContext.terminate();
        }
        context.next();
    }

    private void importDocument(RoutingContext context) {
        Buffer body = context.body().buffer();
        if (body == null || body.length() == 0) {
            refuse(context, 400, new ImportRefusal(ErrorCode.BAD_REQUEST, "The request has no body: POST an import document"));
            return;
        }
        ImportDocument document;
        try {
            document = ImportDocument.reader(mapper).readValue(body.getBytes());
        } catch (StreamReadException malformed) {
            refuse(context, 400, new ImportRefusal(ErrorCode.BAD_REQUEST, "The body is not JSON: " + malformed.getOriginalMessage()
                    + " at line " + malformed.getLocation().getLineNr() + ", column "
                    + malformed.getLocation().getColumnNr()));
            return;
        } catch (DatabindException mismatch) {
            if (endedEarly(mismatch, body.length())) {
                refuse(context, 400, new ImportRefusal(ErrorCode.BAD_REQUEST, "The body is not JSON: it ends before the document"
                        + " does"));
            } else {
                refuse(context, 422, refusal(List.of(unreadable((JsonMappingException) mismatch))));
            }
            return;
        } catch (IOException unreadable) {
            refuse(context, 400, new ImportRefusal(ErrorCode.BAD_REQUEST, "The body cannot be read: " + unreadable.getMessage()));
            return;
        }
        try {
            respond(context, 200, Map.of("imported", importer.load(document)));
        } catch (ImportException refused) {
            refuse(context, 422, refusal(refused.found()));
        }
    }

    private void exportDataset(RoutingContext context) {
        ImportDocument dataset = exporter.export();
        context.response().putHeader("Content-Disposition", "attachment; filename=\"analyst-export.json\"");
        respond(context, 200, dataset);
    }

    private static ImportRefusal refusal(List<ImportProblem> problems) {
        return new ImportRefusal(ErrorCode.BAD_USER_INPUT, "The document has " + problems.size() + " problem(s); nothing was"
                + " imported", problems);
    }

    /** Jackson tells a body cut short inside a record as a mismatch at its end, not as malformed JSON. */
    private static boolean endedEarly(DatabindException mismatch, int length) {
        return mismatch.getLocation() != null && mismatch.getLocation().getByteOffset() >= length;
    }

    /** A part of the document that does not fit the format, at its path, told without class names. */
    private static ImportProblem unreadable(JsonMappingException mismatch) {
        String path = mismatch.getPath().stream().map(reference -> reference.getFieldName() != null
                ? "." + reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
        String message;
        if (mismatch instanceof UnrecognizedPropertyException) {
            message = "is not a field of the import format";
        } else if (mismatch instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            message = "'" + invalid.getValue() + "' is not one of " + List.of(invalid.getTargetType().getEnumConstants());
        } else if (mismatch instanceof InvalidFormatException invalid) {
            message = "'" + invalid.getValue() + "' is not a valid " + invalid.getTargetType().getSimpleName();
        } else if (mismatch instanceof MismatchedInputException) {
            message = "does not have the JSON type the format needs here";
        } else {
            message = "cannot be read (a list may not hold null)";
        }
        return new ImportProblem(path.isEmpty() ? "(document)" : path, message, ErrorCode.INVALID);
    }

    /** A too large body (the body handler fails with 413), or a fault, which is logged with an id. */
    private void failed(RoutingContext context) {
        if (context.statusCode() == 413) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close"); // the rest of the body is not read
            refuse(context, 413, new ImportRefusal(ErrorCode.REQUEST_TOO_LARGE, "The document is larger than "
                    + config.maxBodySize().asLongValue() + " bytes (analyst.import.max-body-size)"));
            return;
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(context.failure(), "%s %s failed (errorId %s)", context.request().method(), context.request().path(),
                errorId);
        refuse(context, 500, new ImportRefusal(ErrorCode.INTERNAL_SERVER_ERROR, "The request failed; the server's log tells why"
                + " under errorId " + errorId));
    }

    private void refuse(RoutingContext context, int status, ImportRefusal refusal) {
        if (!context.request().isEnded()) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close"); // the body is not read
        }
        respond(context, status, refusal);
    }

    private void respond(RoutingContext context, int status, Object answer) {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(answer);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("Cannot write the answer", unwritable);
        }
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                .end(Buffer.buffer(json));
    }
}
