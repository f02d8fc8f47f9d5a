package org.analyst.actor;

import java.util.Set;

import org.analyst.graphql.ErrorCode;
import org.analyst.graphql.UserErrors;
import org.analyst.time.PartialDate;

/**
 * The rules an actor's content keeps, whoever writes it: an editor's mutation or an imported
 * document. Each rule reports what breaks it at the path its caller names, so that a mutation
 * tells input paths and an import document paths.
 */
public final class ActorRules {

    private static final Set<ActorKind> ORGANISED = Set.of(ActorKind.ORGANIZATION, ActorKind.GROUP);

    private ActorRules() {
    }

    /** Only organisations and groups have an organizationType. */
    public static void organizationType(ActorKind kind, OrganizationType type, UserErrors errors, Object... path) {
        if (type != null && kind != null && !ORGANISED.contains(kind)) {
            errors.add(ErrorCode.INVALID, "only organisations and groups have an organizationType", path);
        }
    }

    /** An actor's country is a STATE, and another actor than itself. */
    public static void country(boolean itself, String slug, ActorKind kind, UserErrors errors, Object... path) {
        if (itself) {
            errors.add(ErrorCode.INVALID, "an actor cannot be its own country", path);
        } else if (kind != null && kind != ActorKind.STATE) {
            errors.add(ErrorCode.INVALID, "'" + slug + "' is not a STATE", path);
        }
    }

    /** An office cannot end before it starts; reported at the end. */
    public static void office(PartialDate start, PartialDate end, UserErrors errors, Object... endPath) {
        if (start != null && end != null && start.earliest != null && end.latest != null
                && end.latest.isBefore(start.earliest)) {
            errors.add(ErrorCode.INVALID, "an office cannot end before it starts", endPath);
        }
    }
}
