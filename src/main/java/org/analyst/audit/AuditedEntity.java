package org.analyst.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;

import org.analyst.caching.ChangedRecords;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The identity, optimistic-locking version and audit trail shared by articles, actors,
 * statements and publications.
 */
@MappedSuperclass
@EntityListeners(ChangedRecords.class)
public abstract class AuditedEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Version
    public int version;

    public Instant createdAt;

    /** When the object last changed; imported articles keep their editorial date. */
    public Instant updatedAt;

    /** The token subject of whoever changed the object last; null for imported data. */
    public String updatedBy;

    /** The GraphQL type of the node this entity stores ("Article"): its global id's type. */
    public abstract String nodeType();

    /** Records a change by the given token subject. */
    public void changedBy(String subject) {
        updatedAt = now();
        updatedBy = subject;
    }

    @PrePersist
    void stampCreation() {
        Instant now = now();
        createdAt = createdAt == null ? now : createdAt;
        updatedAt = updatedAt == null ? now : updatedAt;
    }

    /** PostgreSQL keeps microseconds: what a write returns is what a later read sees. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
