package org.analyst.publication;

import org.analyst.graphql.ErrorCode;
import org.analyst.graphql.UserErrors;

/**
 * The rules a publication keeps, whoever writes it: an editor's mutation or an imported document.
 * Each rule reports what breaks it at the path its caller names.
 */
public final class PublicationRules {

    private PublicationRules() {
    }

    /** The series a publication belongs to is a SERIES, and another publication than itself. */
    public static void series(boolean itself, String slug, PublicationKind kind, UserErrors errors, Object... path) {
        if (itself) {
            errors.add(ErrorCode.INVALID, "a publication cannot be its own series", path);
        } else if (kind != null && kind != PublicationKind.SERIES) {
            errors.add(ErrorCode.INVALID, "'" + slug + "' is not a SERIES", path);
        }
    }
}
