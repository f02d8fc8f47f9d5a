package org.analyst.statement;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
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
 * What an actor said or did, when, about whom, and the article passages that report it.
 * Foreign keys are plain ids: batched loaders resolve them.
 */
@Entity
@Table(name = "statement")
public class StatementEntity extends AuditedEntity {

    public Long speakerId;

    @Enumerated(EnumType.STRING)
    public StatementKind kind;

    // The initial values are a new statement's, whoever creates it: an editor or an import.
    @Enumerated(EnumType.STRING)
    public StatementMode mode = StatementMode.REPORTED_POSITION;

    public String summary;

    public String quote;

    @Embedded
    @EmbeddedColumnNaming("date_%s")
    public PartialDate date;

    @Enumerated(EnumType.STRING)
    public Medium medium = Medium.UNSPECIFIED;

    public String venue;

    @Enumerated(EnumType.STRING)
    public Attribution attribution = Attribution.CONFIRMED;

    @Enumerated(EnumType.STRING)
    public StatementStatus status = StatementStatus.ACTIVE;

    public String sourceUrl;

    @ElementCollection
    @CollectionTable(name = "statement_target", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "position")
    public List<TargetEntity> targets = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "attestation", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "position")
    public List<AttestationEntity> attestations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "statement_relation", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "position")
    public List<RelationEntity> relations = new ArrayList<>();

    @Override
    public String nodeType() {
        return Statement.TYPE;
    }
}
