package org.analyst.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Reads an Authorization value ("Bearer …") into a verified token (issuer, signature, expiry):
 * for each request ({@link Caller}), and once for a WebSocket connection that subscribes.
 */
@ApplicationScoped
public class BearerTokens {

    private static final String BEARER = "Bearer ";

    @Inject
    JWTParser parser;

    /** The verified token; an {@link UnauthenticatedException} saying what is wrong, also when there is none. */
    public JsonWebToken verified(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new UnauthenticatedException("This needs a bearer token");
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new UnauthenticatedException("The Authorization header must be: Bearer <token>");
        }
        try {
            return parser.parse(authorization.substring(BEARER.length()).strip());
        } catch (ParseException invalid) {
            throw new UnauthenticatedException("The bearer token is invalid or expired");
        }
    }
}
