package org.analyst.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;

import org.analyst.audit.AuditedEntity;

/**
 * An analytical article: its sections, the plain-text body every attestation points into, and
 * the actors it is by, about and mentions. Foreign keys are plain ids: batched loaders resolve
 * them.
 */
@Entity
@Table(name = "article")
@SecondaryTable(name = "article_read_count", pkJoinColumns = @PrimaryKeyJoinColumn(name = "article_id"))
public class ArticleEntity extends AuditedEntity {

    /** The category of a new article that names none. */
    public static final String DEFAULT_CATEGORY = "Analytical Articles";

    public String slug;

    public String title;

    public String summary;

    // The initial values are a new article's, whoever creates it: an editor or an import.
    public String category = DEFAULT_CATEGORY;

    @Enumerated(EnumType.STRING)
    public ArticleStatus status = ArticleStatus.DRAFT;

    public Instant publishedAt;

    public Long periodicalId;

    public String body = "";

    public int wordCount;

    /** Kept in a table of its own and never written by saving the article: see ArticleEditing.recordView. */
    @Column(table = "article_read_count", updatable = false)
    public int readCount;

    @ElementCollection
    @CollectionTable(name = "article_section", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    public List<SectionEntity> sections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "actor_id")
    public List<Long> authorIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_region", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "actor_id")
    public List<Long> regionIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_mention", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "actor_id")
    public List<Long> mentionIds = new ArrayList<>();

    public static ArticleEntity findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    @Override
    public String nodeType() {
        return Article.TYPE;
    }
}
