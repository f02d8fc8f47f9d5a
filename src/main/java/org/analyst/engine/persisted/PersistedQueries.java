package org.analyst.engine.persisted;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.analyst.engine.GraphQLRequest;
import org.analyst.engine.errors.Refusal;
import org.analyst.graphql.ErrorCode;
import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.language.AstPrinter;
import graphql.language.Document;

/**
 * Documents known by their SHA-256 hash, in Apollo's automatic persisted queries protocol: a client
 * sends only {@code extensions.persistedQuery.sha256Hash}; an unknown hash is answered with
 * {@code PERSISTED_QUERY_NOT_FOUND}, and the client sends the text with its hash once, which is
 * verified against the hash and kept (bounded) only after the request gate admitted it. The engine
 * admits every request again on reuse: the limits hold for a text known by its hash, whatever the
 * variables.
 *
 * <p>In the allow-list mode, only the {@link RegisteredOperations} run. A client may still name
 * them by its own hash (a text sent once is registered when it is one of them, formatting aside).
 *
 * <p>Why not graphql-java's {@code ApolloPersistedQuerySupport}: it resolves the hash inside
 * execution, after the engine must have parsed and measured the document, and it would take the
 * place of SmallRye's own parsed-document cache.
 */
@ApplicationScoped
public class PersistedQueries {

    private static final Logger LOG = Logger.getLogger(PersistedQueries.class);
    private static final HexFormat HEX = HexFormat.of();

    @Inject
    PersistedQueryConfig config;

    @Inject
    RegisteredOperations registered;

    private Cache<String, String> byHash;
    /** Texts found to be registered operations, so the allow-list check prints a document once. */
    private final Set<String> allowedTexts = ConcurrentHashMap.newKeySet();
    private Map<String, String> registeredByHash = Map.of();
    private Set<String> registeredCanonical = Set.of();

    @PostConstruct
    void load() {
        byHash = Caffeine.newBuilder().maximumSize(config.maxEntries()).build();
        registeredByHash = registered.byHash();
        registeredCanonical = registered.canonicalForms();
        allowedTexts.addAll(registeredByHash.values());
        if (config.allowListOnly()) {
            LOG.infof("Allow-list mode: only the %d registered operations run", registeredByHash.size());
        }
    }

    /** The document to run: the request's text (its hash verified when it names one), or the text its hash names. */
    public String documentOf(GraphQLRequest request) {
        String hash = request.persistedHash();
        if (hash == null) {
            return request.query();
        }
        if (request.query() != null) {
            if (!sha256(request.query()).equals(hash)) {
                throw Refusal.of(ErrorCode.BAD_REQUEST, "provided sha does not match query");
            }
            return request.query();
        }
        String known = registeredByHash.getOrDefault(hash, byHash.getIfPresent(hash));
        if (known == null) {
            throw Refusal.of(ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound");
        }
        return known;
    }

    /**
     * After admission: refuses a document that is not a registered operation in the allow-list mode,
     * and keeps a text the client sent with its hash.
     */
    public void admitted(GraphQLRequest request, String document, Document parsed) {
        if (config.allowListOnly() && !allowedTexts.contains(document)) {
            if (!registeredCanonical.contains(AstPrinter.printAstCompact(parsed))) {
                throw Refusal.of(ErrorCode.OPERATION_NOT_ALLOWED, "Only registered operations run on this server"
                        + " (analyst.graphql.persisted-queries.allow-list-only is on): this document is not one of them");
            }
            allowedTexts.add(document);
        }
        if (request.persistedHash() != null && request.query() != null) {
            byHash.put(request.persistedHash(), document);
        }
    }

    public static String sha256(String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
