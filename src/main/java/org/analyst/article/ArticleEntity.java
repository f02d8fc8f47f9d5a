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
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An analytical article: its sections, the plain-text body every attestation points into, and
 * the actors it is by, about and mentions. Foreign keys are plain ids: batched loaders resolve
 * them.
 */
@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    public String title;

    public String summary;

    public String category;

    @Enumerated(EnumType.STRING)
    public ArticleStatus status;

    public Instant publishedAt;

    public Long periodicalId;

    public String body;

    public int wordCount;

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

    @Version
    public int version;

    @CreationTimestamp
    public Instant createdAt;

    /** The editorial "last modified" date, set by whoever changes the text (it comes with imported articles). */
    public Instant updatedAt;

    public static ArticleEntity findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }
}
