package org.analyst.article;

import org.analyst.actor.ActorKind;
import org.analyst.graphql.ErrorCode;
import org.analyst.graphql.UserErrors;
import org.analyst.publication.PublicationKind;

/**
 * The rules an article keeps, whoever writes it: an editor's mutation or an imported document.
 * Each rule reports what breaks it at the path its caller names.
 */
public final class ArticleRules {

    private ArticleRules() {
    }

    /** A region an article is about is a STATE. */
    public static void region(String slug, ActorKind kind, UserErrors errors, Object... path) {
        if (kind != null && kind != ActorKind.STATE) {
            errors.add(ErrorCode.INVALID, "'" + slug + "' is not a STATE", path);
        }
    }

    /** An article appears in a PERIODICAL. */
    public static void periodical(String slug, PublicationKind kind, UserErrors errors, Object... path) {
        if (kind != null && kind != PublicationKind.PERIODICAL) {
            errors.add(ErrorCode.INVALID, "'" + slug + "' is not a PERIODICAL", path);
        }
    }

    /** A published article has its text. */
    public static void publishable(String body, UserErrors errors, Object... path) {
        if (body == null || body.isBlank()) {
            errors.add(ErrorCode.INVALID, "an article needs its text before it is published", path);
        }
    }
}
