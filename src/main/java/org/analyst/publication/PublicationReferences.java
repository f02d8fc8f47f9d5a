package org.analyst.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.analyst.actor.ActorDeleting;
import org.analyst.actor.ActorMerging;
import org.analyst.graphql.RejectedException;
import org.analyst.graphql.ErrorCode;

/** Keeps publications consistent when the actors they name merge or are deleted. */
@ApplicationScoped
public class PublicationReferences {

    @Inject
    PublicationEditing editing;

    void moveToTarget(@Observes ActorMerging merge) {
        editing.moveActor(merge.sourceId(), merge.targetId(), merge.mergedBy());
    }

    void refuseWhileReferenced(@Observes ActorDeleting deleting) {
        long publications = editing.referencing(deleting.actorId());
        if (publications > 0) {
            throw RejectedException.of(ErrorCode.IN_USE, publications
                    + " publication(s) name it as contributor, publisher or outlet", "id");
        }
    }
}
