package org.analyst.publication;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.analyst.audit.AuditedEntity;

import org.analyst.time.PartialDate;
import org.hibernate.annotations.EmbeddedColumnNaming;

/**
 * A periodical, paper series, book or outside analysis. Foreign keys are plain ids: batched
 * loaders resolve them.
 */
@Entity
@Table(name = "publication")
public class PublicationEntity extends AuditedEntity {

    public String slug;

    @Enumerated(EnumType.STRING)
    public PublicationKind kind;

    public String title;

    public Long seriesId;

    public Long outletId;

    @Embedded
    @EmbeddedColumnNaming("date_%s")
    public PartialDate date;

    public String url;

    public String description;

    public boolean staffPublication;

    @ElementCollection
    @CollectionTable(name = "publication_contributor", joinColumns = @JoinColumn(name = "publication_id"))
    @OrderColumn(name = "position")
    public List<ContributionEntity> contributors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "publication_publisher", joinColumns = @JoinColumn(name = "publication_id"))
    @OrderColumn(name = "position")
    @Column(name = "actor_id")
    public List<Long> publisherIds = new ArrayList<>();

    public static PublicationEntity findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    @Override
    public String nodeType() {
        return Publication.TYPE;
    }
}
