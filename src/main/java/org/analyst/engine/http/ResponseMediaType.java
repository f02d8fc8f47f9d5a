package org.analyst.engine.http;

import java.util.List;
import java.util.Optional;

import io.vertx.ext.web.MIMEHeader;

/**
 * The media types a GraphQL response is written in, as the GraphQL-over-HTTP specification names
 * them: {@code application/graphql-response+json}, whose status codes tell a request refused before
 * it ran (4xx) from one that ran (200), and {@code application/json}, which answers 200 to every
 * well-formed request and is what a client that names neither, or any type, receives.
 */
enum ResponseMediaType {

    GRAPHQL_RESPONSE_JSON("application/graphql-response+json"),
    JSON("application/json");

    private final String name;

    ResponseMediaType(String name) {
        this.name = name;
    }

    String contentType() {
        return name + "; charset=utf-8";
    }

    /** The type a client accepts most, in its order of preference; empty when it accepts neither. */
    static Optional<ResponseMediaType> acceptedBy(List<MIMEHeader> accepted) {
        if (accepted.isEmpty()) {
            return Optional.of(JSON);
        }
        for (MIMEHeader type : accepted) {
            if (type.weight() <= 0) {
                continue; // q=0: not acceptable
            }
            String name = type.component() + "/" + type.subComponent();
            if (name.equalsIgnoreCase(GRAPHQL_RESPONSE_JSON.name)) {
                return Optional.of(GRAPHQL_RESPONSE_JSON);
            }
            if (name.equalsIgnoreCase(JSON.name) || name.equals("*/*") || name.equalsIgnoreCase("application/*")) {
                return Optional.of(JSON);
            }
        }
        return Optional.empty();
    }
}
