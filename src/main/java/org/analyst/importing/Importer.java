package org.analyst.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.analyst.actor.ActorEntity;
import org.analyst.actor.ActorName;
import org.analyst.actor.PositionEntity;
import org.analyst.article.ArticleBody;
import org.analyst.article.ArticleEntity;
import org.analyst.article.SectionEntity;
import org.analyst.graphql.SqlReader;
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
import org.analyst.statement.RelationEntity;
import org.analyst.statement.StatementEntity;
import org.analyst.statement.TargetEntity;
import org.analyst.time.PartialDate;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Loads an import document in one transaction: it is checked whole first ({@link DocumentCheck}),
 * and either every record is written or, on any problem, none. References by slug may name
 * records of the document or records already in the database.
 */
@ApplicationScoped
public class Importer {

    @Inject
    Validator validator;

    @Inject
    SqlReader sql;

    /** Within analyst.import.timeout, which a large document needs: the default 60 s can cut it short. */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "analyst.import.timeout")
    public ImportSummary load(ImportDocument document) {
        ExistingRecords existing = ExistingRecords.of(document, sql);
        List<ImportProblem> problems = new DocumentCheck(document, existing, validator).problems();
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        Keys actors = new Keys(slug -> existing.actor(slug).key());
        Keys publications = new Keys(slug -> existing.publication(slug).key());
        Map<String, ActorEntity> writtenActors = new HashMap<>();
        for (ActorRecord record : document.actors()) {
            ActorEntity actor = writeActor(record);
            writtenActors.put(record.slug(), actor);
            actors.put(record.slug(), actor.id);
        }
        // Countries and organisations may be defined after the actors that name them.
        document.actors().forEach(record -> linkActor(writtenActors.get(record.slug()), record, actors));
        Map<String, PublicationEntity> writtenPublications = new HashMap<>();
        for (PublicationRecord record : document.publications()) {
            PublicationEntity publication = writePublication(record, actors);
            writtenPublications.put(record.slug(), publication);
            publications.put(record.slug(), publication.id);
        }
        // Series may be defined after the publications in them.
        document.publications().forEach(record -> writtenPublications.get(record.slug()).seriesId = publications
                .of(record.series()));
        Map<String, ArticleEntity> articles = new HashMap<>();
        document.articles().forEach(record -> articles.put(record.slug(),
                writeArticle(record, actors, publications)));
        Map<String, StatementEntity> statements = new HashMap<>();
        document.statements().forEach(record -> statements.put(record.key(),
                writeStatement(record, actors, articles)));
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

    /** An article's sections as stored, as an editor's would be. */
    static List<SectionEntity> sections(ArticleRecord article) {
        // A missing paragraph is a problem the check reports; the document is then not written.
        return article.sections().stream().map(section -> SectionEntity.normalized(section.role(), section.heading(),
                section.paragraphs().stream().filter(Objects::nonNull).toList())).toList();
    }

    /** The body an article's sections make, which attestations point into. */
    static String body(ArticleRecord article) {
        return ArticleBody.of(sections(article));
    }

    private static ActorEntity writeActor(ActorRecord record) {
        ActorEntity actor = new ActorEntity();
        actor.slug = record.slug();
        actor.kind = record.kind();
        actor.name = record.name();
        actor.description = record.description();
        actor.organizationType = record.organizationType();
        record.aliases().forEach(name -> actor.aliases.add(new ActorName(name.name(), name.type())));
        actor.persist();
        return actor;
    }

    private static void linkActor(ActorEntity actor, ActorRecord record, Keys actors) {
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

    private static PublicationEntity writePublication(PublicationRecord record, Keys actors) {
        PublicationEntity publication = new PublicationEntity();
        publication.slug = record.slug();
        publication.kind = record.kind();
        publication.title = record.title();
        publication.outletId = actors.of(record.outlet());
        publication.date = partialDate(record.date());
        publication.url = record.url();
        publication.description = record.description();
        publication.staffPublication = record.staffPublication();
        record.contributors().forEach(contributor -> publication.contributors.add(new ContributionEntity(
                actors.of(contributor.actor()), contributor.role())));
        publication.publisherIds = actors.all(record.publishers());
        publication.persist();
        return publication;
    }

    private static ArticleEntity writeArticle(ArticleRecord record, Keys actors, Keys publications) {
        ArticleEntity article = new ArticleEntity();
        article.slug = record.slug();
        article.title = record.title();
        article.summary = record.summary();
        article.category = record.category() == null ? article.category : record.category();
        article.status = record.status();
        article.publishedAt = record.publishedAt();
        article.updatedAt = record.updatedAt();
        article.readCount = record.readCount();
        article.periodicalId = publications.of(record.periodical());
        article.sections.addAll(sections(record));
        article.body = ArticleBody.of(article.sections);
        article.wordCount = ArticleBody.wordCount(article.body);
        article.authorIds = actors.all(record.authors());
        article.regionIds = actors.all(record.regions());
        article.mentionIds = actors.all(record.mentions());
        article.persist();
        return article;
    }

    private static StatementEntity writeStatement(StatementRecord record, Keys actors,
            Map<String, ArticleEntity> articles) {
        StatementEntity statement = new StatementEntity();
        statement.speakerId = actors.of(record.speaker());
        statement.kind = record.kind();
        statement.mode = record.mode() == null ? statement.mode : record.mode();
        statement.medium = record.medium() == null ? statement.medium : record.medium();
        statement.summary = record.summary();
        statement.quote = record.quote();
        statement.date = partialDate(record.date());
        statement.venue = record.venue();
        statement.attribution = record.attribution() == null ? statement.attribution : record.attribution();
        statement.status = record.status() == null ? statement.status : record.status();
        statement.sourceUrl = record.sourceUrl();
        for (TargetRecord target : record.targets()) {
            TargetEntity targeted = new TargetEntity();
            targeted.actorId = actors.of(target.actor());
            targeted.role = target.role();
            targeted.stance = target.stance();
            targeted.explicitness = target.explicitness() == null ? targeted.explicitness : target.explicitness();
            targeted.interpretedById = actors.of(target.interpretedBy());
            statement.targets.add(targeted);
        }
        for (AttestationRecord attestation : record.attestations()) {
            ArticleEntity article = articles.get(attestation.article());
            AttestationEntity located = new AttestationEntity();
            located.articleId = article.id;
            located.form = attestation.form();
            located.excerpt = attestation.excerpt();
            located.start = ArticleBody.onlyOccurrence(article.body, attestation.excerpt());
            located.end = located.start + attestation.excerpt().length();
            statement.attestations.add(located);
        }
        statement.persist();
        return statement;
    }

    /** The date as an editor's date input makes it (its text derived from the bounds when absent). */
    private static PartialDate partialDate(DateRecord date) {
        return date == null ? null : RecordInputs.date(date).toPartialDate();
    }

    /** Database keys by slug: those written by this import, else those the database holds. */
    private static final class Keys {
        private final Map<String, Long> written = new HashMap<>();
        private final ToLongFunction<String> existing;

        Keys(ToLongFunction<String> existing) {
            this.existing = existing;
        }

        void put(String slug, long key) {
            written.put(slug, key);
        }

        Long of(String slug) {
            if (slug == null) {
                return null;
            }
            Long key = written.get(slug);
            return key != null ? key : existing.applyAsLong(slug);
        }

        /** The keys in order, without repeats, as an editor's list of ids gives them. */
        List<Long> all(List<String> slugs) {
            List<Long> keys = new ArrayList<>();
            for (String slug : slugs) {
                Long key = of(slug);
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            }
            return keys;
        }
    }
}
