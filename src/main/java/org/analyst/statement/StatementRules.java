package org.analyst.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.analyst.article.ArticleBody;
import org.analyst.graphql.ErrorCode;
import org.analyst.graphql.UserErrors;
import org.analyst.time.PartialDate;

/**
 * The rules a statement keeps, whoever writes it: an editor's mutation or an imported document.
 * Each rule reports what breaks it at the path its caller names, so that a mutation tells input
 * paths and an import document paths.
 */
public final class StatementRules {

    private StatementRules() {
    }

    /** Only an INTERPRETED target names who interpreted it. */
    public static void interpretedBy(Explicitness explicitness, boolean named, UserErrors errors, Object... path) {
        if (named && explicitness != Explicitness.INTERPRETED) {
            errors.add(ErrorCode.INVALID, "only an INTERPRETED target names who interpreted it", path);
        }
    }

    /** A statement relates to other statements, each in one way once. */
    public static void relation(boolean itself, boolean repeated, UserErrors errors, Object... path) {
        if (itself) {
            errors.add(ErrorCode.INVALID, "a statement cannot relate to itself", path);
        } else if (repeated) {
            errors.add(ErrorCode.INVALID, "the same relation is listed twice", path);
        }
    }

    /**
     * An attestation's excerpt occurs exactly once in its article's body, so that it can follow the
     * text when the text changes (see StatementReferences). Whether it does.
     */
    public static boolean excerptOnce(String body, String excerpt, String article, UserErrors errors, Object... path) {
        if (ArticleBody.onlyOccurrence(body, excerpt) >= 0) {
            return true;
        }
        errors.add(ErrorCode.INVALID, body.contains(excerpt)
                ? "occurs more than once in the body of '" + article + "': quote a longer passage"
                : "does not occur in the body of '" + article + "'", path);
        return false;
    }

    /** A DIRECT_QUOTE passage contains the statement's quote. */
    public static void quoted(AttestationForm form, String excerpt, String quote, UserErrors errors, Object... path) {
        if (form == AttestationForm.DIRECT_QUOTE && (quote == null || !excerpt.contains(quote))) {
            errors.add(ErrorCode.INVALID, "a DIRECT_QUOTE passage must contain the statement's quote", path);
        }
    }

    /** A statement is not dated after an article that reports it was published. */
    public static void notDatedAfter(PartialDate date, Instant publishedAt, String article, UserErrors errors,
            Object... path) {
        LocalDate published = publishedAt == null ? null : publishedAt.atZone(ZoneOffset.UTC).toLocalDate();
        if (published != null && date != null && date.earliest != null && date.earliest.isAfter(published)) {
            errors.add(ErrorCode.INVALID, "the statement is dated after " + published + ", when '" + article
                    + "', which reports it, was published", path);
        }
    }
}
