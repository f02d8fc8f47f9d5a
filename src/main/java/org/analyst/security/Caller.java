package org.analyst.security;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Who is calling: the bearer token of the current request, verified (issuer, signature, expiry)
 * when first needed. Reads are public, so a missing or bad token only matters to an operation
 * that needs a role, which then fails with an UNAUTHENTICATED or FORBIDDEN GraphQL error.
 *
 * <p>The token is the one the transport {@linkplain #presents presented} (a WebSocket's comes in
 * its {@code connection_init} payload), or else the HTTP request's Authorization header; a
 * subscription's events are read as the token its connection was verified with.
 *
 * <p>Why not Quarkus's HTTP authentication: a bad token there ends the request with a bare 401,
 * which a GraphQL client cannot tell from a broken server.
 */
@RequestScoped
public class Caller {

    @Inject
    CurrentVertxRequest request;

    @Inject
    BearerTokens tokens;

    private String presented;
    private boolean read;
    private JsonWebToken token;
    private String problem;

    /** The Authorization value ("Bearer …") the request came with, as its transport received it; null for none. */
    public void presents(String authorization) {
        presented = authorization;
    }

    /** A token verified before this request: no header is read; null reads as an anonymous reader. */
    public void presentsVerified(JsonWebToken verified) {
        read = true;
        token = verified;
        problem = verified == null ? "This needs a bearer token" : null;
    }

    /** Editors and admins see drafts; a missing or bad token reads as an anonymous reader. */
    public boolean canSeeDrafts() {
        return isEditor(roles());
    }

    /** The subject of an editor's (or admin's) token, or an UNAUTHENTICATED/FORBIDDEN error. */
    public String requireEditor() {
        if (!isEditor(authenticated().getGroups())) {
            throw new ForbiddenException("This needs the role " + Role.EDITOR);
        }
        return token.getSubject();
    }

    /** The subject of an admin's token, or an UNAUTHENTICATED/FORBIDDEN error. */
    public String requireAdmin() {
        if (!authenticated().getGroups().contains(Role.ADMIN)) {
            throw new ForbiddenException("This needs the role " + Role.ADMIN);
        }
        return token.getSubject();
    }

    private Set<String> roles() {
        readToken();
        return token == null ? Set.of() : token.getGroups();
    }

    private JsonWebToken authenticated() {
        readToken();
        if (token == null) {
            throw new UnauthenticatedException(problem);
        }
        return token;
    }

    private void readToken() {
        if (read) {
            return;
        }
        read = true;
        String header = presented != null || request.getCurrent() == null ? presented
                : request.getCurrent().request().getHeader("Authorization");
        try {
            token = tokens.verified(header);
        } catch (UnauthenticatedException unauthenticated) {
            problem = unauthenticated.getMessage();
        }
    }

    /** Whether this token's holder sees drafts (null: an anonymous reader does not). */
    public static boolean canSeeDrafts(JsonWebToken token) {
        return token != null && isEditor(token.getGroups());
    }

    private static boolean isEditor(Set<String> roles) {
        return roles.contains(Role.EDITOR) || roles.contains(Role.ADMIN);
    }
}
