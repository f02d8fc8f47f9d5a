package org.analyst.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.analyst.actor.ActorKind;
import org.analyst.actor.NameType;
import org.analyst.actor.OrganizationType;
import org.analyst.article.ArticleStatus;
import org.analyst.article.SectionRole;
import org.analyst.publication.ContributorRole;
import org.analyst.publication.PublicationKind;
import org.analyst.statement.AttestationForm;
import org.analyst.statement.Attribution;
import org.analyst.statement.Explicitness;
import org.analyst.statement.Medium;
import org.analyst.statement.RelationType;
import org.analyst.statement.Stance;
import org.analyst.statement.StatementKind;
import org.analyst.statement.StatementMode;
import org.analyst.statement.StatementStatus;
import org.analyst.statement.TargetRole;
import org.analyst.time.DatePrecision;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The JSON import format: actors, publications, articles and statements that refer to each
 * other by slug (statements by a key local to the document). Article bodies and attestation
 * offsets are not part of it: the loader derives them from the sections and the excerpts.
 */
@RegisterForReflection(targets = { ImportDocument.class, ImportDocument.ActorRecord.class,
        ImportDocument.NameRecord.class, ImportDocument.PositionRecord.class, ImportDocument.DateRecord.class,
        ImportDocument.PublicationRecord.class, ImportDocument.ContributorRecord.class,
        ImportDocument.ArticleRecord.class, ImportDocument.SectionRecord.class, ImportDocument.StatementRecord.class,
        ImportDocument.TargetRecord.class, ImportDocument.AttestationRecord.class,
        ImportDocument.RelationRecord.class })
public record ImportDocument(
        int formatVersion,
        String credit,
        List<ActorRecord> actors,
        List<PublicationRecord> publications,
        List<ArticleRecord> articles,
        List<StatementRecord> statements) {

    public static final int FORMAT_VERSION = 1;

    /** Reads documents in this format; unknown fields are an error, since they are most likely typos. */
    public static ObjectReader reader(ObjectMapper mapper) {
        return mapper.readerFor(ImportDocument.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public ImportDocument {
        actors = orEmpty(actors);
        publications = orEmpty(publications);
        articles = orEmpty(articles);
        statements = orEmpty(statements);
    }

    public record ActorRecord(String slug, ActorKind kind, String name, List<NameRecord> aliases, String description,
            OrganizationType organizationType, String country, List<PositionRecord> positions) {
        public ActorRecord {
            aliases = orEmpty(aliases);
            positions = orEmpty(positions);
        }
    }

    public record NameRecord(String name, NameType type) {
    }

    public record PositionRecord(String title, String organization, DateRecord start, DateRecord end, boolean current) {
    }

    public record DateRecord(String text, DatePrecision precision, LocalDate earliest, LocalDate latest,
            boolean yearInferred) {
    }

    public record PublicationRecord(String slug, PublicationKind kind, String title,
            List<ContributorRecord> contributors, String series, String outlet, List<String> publishers,
            DateRecord date, String url, String description, boolean staffPublication) {
        public PublicationRecord {
            contributors = orEmpty(contributors);
            publishers = orEmpty(publishers);
        }
    }

    public record ContributorRecord(String actor, ContributorRole role) {
    }

    public record ArticleRecord(String slug, String title, String summary, String category, ArticleStatus status,
            Instant publishedAt, Instant updatedAt, int readCount, List<String> authors, String periodical,
            List<String> regions, List<String> mentions, List<SectionRecord> sections) {
        public ArticleRecord {
            authors = orEmpty(authors);
            regions = orEmpty(regions);
            mentions = orEmpty(mentions);
            sections = orEmpty(sections);
        }
    }

    public record SectionRecord(SectionRole role, String heading, List<String> paragraphs) {
        public SectionRecord {
            paragraphs = orEmpty(paragraphs);
        }
    }

    public record StatementRecord(String key, String speaker, StatementKind kind, StatementMode mode, Medium medium,
            String summary, String quote, DateRecord date, String venue, Attribution attribution,
            StatementStatus status, String sourceUrl, List<TargetRecord> targets,
            List<AttestationRecord> attestations, List<RelationRecord> relations) {
        public StatementRecord {
            targets = orEmpty(targets);
            attestations = orEmpty(attestations);
            relations = orEmpty(relations);
        }
    }

    public record TargetRecord(String actor, TargetRole role, Stance stance, Explicitness explicitness,
            String interpretedBy) {
    }

    public record AttestationRecord(String article, AttestationForm form, String excerpt) {
    }

    public record RelationRecord(RelationType type, String statement) {
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
