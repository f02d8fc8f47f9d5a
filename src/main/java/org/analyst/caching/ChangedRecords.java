package org.analyst.caching;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.analyst.audit.AuditedEntity;

import io.quarkus.arc.Arc;

/**
 * Tells the {@link Invalidations} of every article, actor, statement and publication a transaction
 * inserts, updates or deletes, as Hibernate writes it: every write goes through these entities
 * (imports and merges too), and a change to an element collection (sections, targets, aliases, …)
 * updates its owner's version. An article's read count is written by SQL of its own and is not a change.
 */
public class ChangedRecords {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(AuditedEntity entity) {
        Arc.container().instance(Invalidations.class).get().changed(entity.nodeType(), entity.id);
    }
}
