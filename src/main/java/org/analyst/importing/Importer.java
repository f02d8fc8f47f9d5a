package org.analyst.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.analyst.actor.ActorEntity;
import org.analyst.actor.ActorKind;
import org.analyst.actor.ActorName;
import org.analyst.actor.PositionEntity;
import org.analyst.article.ArticleBody;
import org.analyst.article.ArticleEntity;
import org.analyst.article.SectionEntity;
import org.analyst.importing.ImportDocument.ActorRecord;
import org.analyst.importing.ImportDocument.ArticleRecord;
import org.analyst.importing.ImportDocument.AttestationRecord;
import org.analyst.importing.ImportDocument.DateRecord;
import org.analyst.importing.ImportDocument.PositionRecord;
import org.analyst.importing.ImportDocument.PublicationRecord;
import org.analyst.importing.ImportDocument.RelationRecord;
import org.analyst.importing.ImportDocument.StatementRecord;
import org.analyst.importing.ImportDocument.TargetRecord;
import org.analyst.publication.ContributionEntity;
import org.analyst.publication.PublicationEntity;
import org.analyst.statement.AttestationEntity;
import org.analyst.statement.Attribution;
import org.analyst.statement.Explicitness;
import org.analyst.statement.Medium;
import org.analyst.statement.RelationEntity;
import org.analyst.statement.StatementEntity;
import org.analyst.statement.StatementStatus;
import org.analyst.statement.TargetEntity;
import org.analyst.time.PartialDate;

/**
 * Loads an import document in one transaction: it is checked whole first, and either every
 * record is written or, on any problem, none. ReferencedNodes by slug may name records of the
 * document or records already in the database.
 */
@ApplicationScoped
public class Importer {

    @Transactional
    public ImportSummary load(ImportDocument document) {
        List<String> problems = new ImportValidator(document, new DatabaseRecords()).problems();
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        Keys actors = new Keys(slug -> ActorEntity.findBySlug(slug).id);
        Keys publications = new Keys(slug -> PublicationEntity.findBySlug(slug).id);
        document.actors().forEach(record -> actors.put(record.slug(), writeActor(record)));
        // Countries and organisations may be defined after the actors that name them.
        document.actors().forEach(record -> linkActor(record, actors));
        document.publications().forEach(record -> publications.put(record.slug(), writePublication(record, actors)));
        document.publications().forEach(record -> PublicationEntity.<PublicationEntity>findById(publications.of(record.slug()))
                .seriesId = publications.of(record.series()));
        Map<String, ArticleEntity> articles = new HashMap<>();
        document.articles().forEach(record -> articles.put(record.slug(), writeArticle(record, actors, publications)));
        Map<String, StatementEntity> statements = new HashMap<>();
        document.statements().forEach(record -> statements.put(record.key(), writeStatement(record, actors, articles)));
        for (StatementRecord record : document.statements()) {
            for (RelationRecord relation : record.relations()) {
                RelationEntity related = new RelationEntity();
                related.type = relation.type();
                related.relatedStatementId = statements.get(relation.statement()).id;
                statements.get(record.key()).relations.add(related);
            }
        }
        return new ImportSummary(document.actors().size(), document.publications().size(), document.articles().size(),
                document.statements().size());
    }

    /** An article's sections as stored: paragraphs normalized as the body requires. */
    static List<SectionEntity> sectionsOf(ArticleRecord article) {
        return article.sections().stream().map(section -> new SectionEntity(section.role(), section.heading(),
                section.paragraphs().stream().map(ArticleBody::normalizeParagraph).toList())).toList();
    }

    private static long writeActor(ActorRecord record) {
        ActorEntity actor = new ActorEntity();
        actor.slug = record.slug();
        actor.kind = record.kind();
        actor.name = record.name();
        actor.description = record.description();
        actor.organizationType = record.organizationType();
        record.aliases().forEach(name -> actor.aliases.add(new ActorName(name.name(), name.type())));
        actor.persist();
        return actor.id;
    }

    private static void linkActor(ActorRecord record, Keys actors) {
        ActorEntity actor = ActorEntity.findById(actors.of(record.slug()));
        actor.countryId = actors.of(record.country());
        for (PositionRecord position : record.positions()) {
            PositionEntity held = new PositionEntity();
            held.title = position.title();
            held.organizationId = actors.of(position.organization());
            held.start = partialDate(position.start());
            held.end = partialDate(position.end());
            held.current = position.current();
            actor.positions.add(held);
        }
    }

    private static long writePublication(PublicationRecord record, Keys actors) {
        PublicationEntity publication = new PublicationEntity();
        publication.slug = record.slug();
        publication.kind = record.kind();
        publication.title = record.title();
        publication.outletId = actors.of(record.outlet());
        publication.date = partialDate(record.date());
        publication.url = record.url();
        publication.description = record.description();
        publication.staffPublication = record.staffPublication();
        record.contributors().forEach(contributor -> publication.contributors.add(
                new ContributionEntity(actors.of(contributor.actor()), contributor.role())));
        record.publishers().forEach(publisher -> publication.publisherIds.add(actors.of(publisher)));
        publication.persist();
        return publication.id;
    }

    private static ArticleEntity writeArticle(ArticleRecord record, Keys actors, Keys publications) {
        ArticleEntity article = new ArticleEntity();
        article.slug = record.slug();
        article.title = record.title();
        article.summary = record.summary();
        article.category = record.category();
        article.status = record.status();
        article.publishedAt = record.publishedAt();
        article.updatedAt = record.updatedAt();
        article.readCount = record.readCount();
        article.periodicalId = publications.of(record.periodical());
        article.sections.addAll(sectionsOf(record));
        article.body = ArticleBody.of(article.sections);
        article.wordCount = ArticleBody.wordCount(article.body);
        record.authors().forEach(author -> article.authorIds.add(actors.of(author)));
        record.regions().forEach(region -> article.regionIds.add(actors.of(region)));
        record.mentions().forEach(mention -> article.mentionIds.add(actors.of(mention)));
        article.persist();
        return article;
    }

    private static StatementEntity writeStatement(StatementRecord record, Keys actors,
            Map<String, ArticleEntity> articles) {
        StatementEntity statement = new StatementEntity();
        statement.speakerId = actors.of(record.speaker());
        statement.kind = record.kind();
        statement.mode = record.mode();
        statement.medium = record.medium() == null ? Medium.UNSPECIFIED : record.medium();
        statement.summary = record.summary();
        statement.quote = record.quote();
        statement.date = partialDate(record.date());
        statement.venue = record.venue();
        statement.attribution = record.attribution() == null ? Attribution.CONFIRMED : record.attribution();
        statement.status = record.status() == null ? StatementStatus.ACTIVE : record.status();
        statement.sourceUrl = record.sourceUrl();
        for (TargetRecord target : record.targets()) {
            TargetEntity targeted = new TargetEntity();
            targeted.actorId = actors.of(target.actor());
            targeted.role = target.role();
            targeted.stance = target.stance();
            targeted.explicitness = target.explicitness() == null ? Explicitness.EXPLICIT : target.explicitness();
            targeted.interpretedById = actors.of(target.interpretedBy());
            statement.targets.add(targeted);
        }
        for (AttestationRecord attestation : record.attestations()) {
            ArticleEntity article = articles.get(attestation.article());
            AttestationEntity located = new AttestationEntity();
            located.articleId = article.id;
            located.form = attestation.form();
            located.excerpt = attestation.excerpt();
            located.start = article.body.indexOf(attestation.excerpt());
            located.end = located.start + attestation.excerpt().length();
            statement.attestations.add(located);
        }
        statement.persist();
        return statement;
    }

    private static PartialDate partialDate(DateRecord date) {
        return date == null ? null
                : new PartialDate(date.text(), date.precision(), date.earliest(), date.latest(), date.yearInferred());
    }

    /** Database keys by slug: those written by this import, else looked up once. */
    private static final class Keys {
        private final Map<String, Long> known = new HashMap<>();
        private final Function<String, Long> lookup;

        Keys(Function<String, Long> lookup) {
            this.lookup = lookup;
        }

        void put(String slug, long key) {
            known.put(slug, key);
        }

        Long of(String slug) {
            return slug == null ? null : known.computeIfAbsent(slug, lookup);
        }
    }

    /** The records the database already holds, for the validator. */
    private static final class DatabaseRecords implements ImportValidator.ExistingRecords {
        @Override
        public ActorKind actorKind(String slug) {
            ActorEntity actor = ActorEntity.findBySlug(slug);
            return actor == null ? null : actor.kind;
        }

        @Override
        public boolean publicationExists(String slug) {
            return PublicationEntity.findBySlug(slug) != null;
        }

        @Override
        public boolean articleExists(String slug) {
            return ArticleEntity.findBySlug(slug) != null;
        }
    }
}
