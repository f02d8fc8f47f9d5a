package org.analyst.actor;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.analyst.audit.AuditedEntity;

/**
 * A person, state, organisation or group that speaks, is spoken about, writes or publishes.
 */
@Entity
@Table(name = "actor")
public class ActorEntity extends AuditedEntity {

    public String slug;

    @Enumerated(EnumType.STRING)
    public ActorKind kind;

    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    public OrganizationType organizationType;

    /** Foreign keys are plain ids: batched loaders resolve them, never a lazy proxy per row. */
    public Long countryId;

    @ElementCollection
    @CollectionTable(name = "actor_name", joinColumns = @JoinColumn(name = "actor_id"))
    @OrderColumn(name = "position")
    public List<ActorName> aliases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "actor_position", joinColumns = @JoinColumn(name = "actor_id"))
    @OrderColumn(name = "position")
    public List<PositionEntity> positions = new ArrayList<>();

    public static ActorEntity findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    @Override
    public String nodeType() {
        return Actor.TYPE;
    }
}
