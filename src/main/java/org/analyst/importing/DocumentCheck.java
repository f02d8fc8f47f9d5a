package org.analyst.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.validation.Validator;

import org.analyst.actor.ActorInput;
import org.analyst.actor.ActorKind;
import org.analyst.actor.ActorRules;
import org.analyst.actor.PositionInput;
import org.analyst.article.ArticleRules;
import org.analyst.article.ArticleStatus;
import org.analyst.editing.EntityEditing;
import org.analyst.editing.Slugs;
import org.analyst.graphql.ErrorCode;
import org.analyst.graphql.UserErrors;
import org.analyst.importing.ExistingRecords.Existing;
import org.analyst.importing.ImportDocument.ActorRecord;
import org.analyst.importing.ImportDocument.ArticleRecord;
import org.analyst.importing.ImportDocument.AttestationRecord;
import org.analyst.importing.ImportDocument.PublicationRecord;
import org.analyst.importing.ImportDocument.RelationRecord;
import org.analyst.importing.ImportDocument.StatementRecord;
import org.analyst.importing.ImportDocument.TargetRecord;
import org.analyst.publication.PublicationInput;
import org.analyst.publication.PublicationKind;
import org.analyst.publication.PublicationRules;
import org.analyst.statement.StatementInput;
import org.analyst.statement.StatementRules;
import org.analyst.time.PartialDate;
import org.analyst.time.PartialDateInput;

/**
 * Checks an import document whole before anything is written, and reports every problem at its
 * path in the document ({@code statements[7].attestations[0].excerpt: …}), so that one run lists
 * them all. Each record is held to what an editor's input of its kind is held to: the input's
 * constraints (see {@link RecordInputs}) and the feature's rules ({@link ActorRules},
 * {@link PublicationRules}, {@link ArticleRules}, {@link StatementRules}). What only documents
 * have is checked here: the format version, the slugs and statement keys by which records refer to
 * each other, the article fields that inputs do not have (status, dates, read count), and
 * excerpts, which the importer locates in the articles imported with them.
 */
final class DocumentCheck {

    private final ImportDocument document;
    private final ExistingRecords existing;
    private final Validator validator;
    private final UserErrors errors = new UserErrors();
    private final Map<String, ActorRecord> actors = new HashMap<>();
    private final Map<String, PublicationRecord> publications = new HashMap<>();
    private final Map<String, ArticleRecord> articles = new HashMap<>();
    private final Map<String, String> bodies = new HashMap<>();
    private final Set<String> statementKeys = new HashSet<>();

    DocumentCheck(ImportDocument document, ExistingRecords existing, Validator validator) {
        this.document = document;
        this.existing = existing;
        this.validator = validator;
    }

    List<ImportProblem> problems() {
        if (document.formatVersion() != ImportDocument.FORMAT_VERSION) {
            errors.add(ErrorCode.INVALID, "must be " + ImportDocument.FORMAT_VERSION, "formatVersion");
        }
        defineSlugsAndKeys();
        for (int i = 0; i < document.actors().size(); i++) {
            checkActor(i, document.actors().get(i));
        }
        for (int i = 0; i < document.publications().size(); i++) {
            checkPublication(i, document.publications().get(i));
        }
        for (int i = 0; i < document.articles().size(); i++) {
            checkArticle(i, document.articles().get(i));
        }
        for (int i = 0; i < document.statements().size(); i++) {
            checkStatement(i, document.statements().get(i));
        }
        return errors.list().stream().map(ImportProblem::of).toList();
    }

    private void defineSlugsAndKeys() {
        for (int i = 0; i < document.actors().size(); i++) {
            ActorRecord actor = document.actors().get(i);
            define(actors, actor.slug(), actor, slug -> existing.actor(slug) != null, "actors", i, "slug");
        }
        for (int i = 0; i < document.publications().size(); i++) {
            PublicationRecord publication = document.publications().get(i);
            define(publications, publication.slug(), publication, slug -> existing.publication(slug) != null,
                    "publications", i, "slug");
        }
        for (int i = 0; i < document.articles().size(); i++) {
            ArticleRecord article = document.articles().get(i);
            if (define(articles, article.slug(), article, existing::hasArticle, "articles", i, "slug")) {
                bodies.put(article.slug(), Importer.body(article));
            }
        }
        for (int i = 0; i < document.statements().size(); i++) {
            String key = document.statements().get(i).key();
            if (key == null || key.isBlank()) {
                errors.add(ErrorCode.INVALID, "is required", "statements", i, "key");
            } else if (!statementKeys.add(key)) {
                errors.add(ErrorCode.DUPLICATE, "'" + key + "' is used twice", "statements", i, "key");
            }
        }
    }

    /** Records the slug as the record's, unless it is malformed, used twice, or taken in the database. */
    private <R> boolean define(Map<String, R> defined, String slug, R record,
            Predicate<String> inDatabase, Object... path) {
        if (slug != null && defined.containsKey(slug)) {
            errors.add(ErrorCode.DUPLICATE, "'" + slug + "' is used twice", path);
            return false;
        }
        if (!Slugs.check(slug, inDatabase, errors, path)) {
            return false;
        }
        defined.put(slug, record);
        return true;
    }

    private void checkActor(int i, ActorRecord actor) {
        ActorInput input = RecordInputs.actor(actor);
        errors.addViolations(validator.validate(input), "actors", i);
        ActorRules.organizationType(actor.kind(), actor.organizationType(), errors, "actors", i, "organizationType");
        if (actor.country() != null) {
            ActorKind country = actorKind(actor.country(), "actors", i, "country");
            ActorRules.country(actor.country().equals(actor.slug()), actor.country(), country, errors, "actors", i,
                    "country");
        }
        for (int p = 0; p < input.positions.size(); p++) {
            PositionInput position = input.positions.get(p);
            if (position.organizationId != null) {
                actorKind(position.organizationId, "actors", i, "positions", p, "organization");
            }
            PartialDate start = date(position.start, "actors", i, "positions", p, "start");
            PartialDate end = date(position.end, "actors", i, "positions", p, "end");
            ActorRules.office(start, end, errors, "actors", i, "positions", p, "end");
        }
    }

    private void checkPublication(int i, PublicationRecord publication) {
        PublicationInput input = RecordInputs.publication(publication);
        errors.addViolations(validator.validate(input), "publications", i);
        for (int c = 0; c < publication.contributors().size(); c++) {
            actorKind(publication.contributors().get(c).actor(), "publications", i, "contributors", c, "actor");
        }
        if (publication.series() != null) {
            PublicationKind series = publicationKind(publication.series(), "publications", i, "series");
            PublicationRules.series(publication.series().equals(publication.slug()), publication.series(), series,
                    errors, "publications", i, "series");
        }
        actorKind(publication.outlet(), "publications", i, "outlet");
        for (int p = 0; p < publication.publishers().size(); p++) {
            actorKind(publication.publishers().get(p), "publications", i, "publishers", p);
        }
        date(input.date, "publications", i, "date");
    }

    private void checkArticle(int i, ArticleRecord article) {
        errors.addViolations(validator.validate(RecordInputs.article(article)), "articles", i);
        if (article.status() == null) {
            errors.add(ErrorCode.INVALID, "is required", "articles", i, "status");
        } else if (article.status() == ArticleStatus.PUBLISHED) {
            if (article.publishedAt() == null) {
                errors.add(ErrorCode.INVALID, "a PUBLISHED article has its publishedAt", "articles", i,
                        "publishedAt");
            }
            ArticleRules.publishable(Importer.body(article), errors, "articles", i, "sections");
        }
        if (article.updatedAt() == null) {
            errors.add(ErrorCode.INVALID, "is required", "articles", i, "updatedAt");
        }
        if (article.readCount() < 0) {
            errors.add(ErrorCode.INVALID, "must not be negative", "articles", i, "readCount");
        }
        for (int a = 0; a < article.authors().size(); a++) {
            actorKind(article.authors().get(a), "articles", i, "authors", a);
        }
        for (int r = 0; r < article.regions().size(); r++) {
            String region = article.regions().get(r);
            ArticleRules.region(region, actorKind(region, "articles", i, "regions", r), errors, "articles", i,
                    "regions", r);
        }
        for (int m = 0; m < article.mentions().size(); m++) {
            actorKind(article.mentions().get(m), "articles", i, "mentions", m);
        }
        if (article.periodical() != null) {
            ArticleRules.periodical(article.periodical(), publicationKind(article.periodical(), "articles", i,
                    "periodical"), errors, "articles", i, "periodical");
        }
    }

    private void checkStatement(int i, StatementRecord statement) {
        StatementInput input = RecordInputs.statement(statement);
        errors.addViolations(validator.validate(input), "statements", i);
        actorKind(statement.speaker(), "statements", i, "speaker");
        PartialDate date = date(input.date, "statements", i, "date");
        for (int t = 0; t < statement.targets().size(); t++) {
            TargetRecord target = statement.targets().get(t);
            actorKind(target.actor(), "statements", i, "targets", t, "actor");
            StatementRules.interpretedBy(target.explicitness(), target.interpretedBy() != null, errors, "statements",
                    i, "targets", t, "interpretedBy");
            actorKind(target.interpretedBy(), "statements", i, "targets", t, "interpretedBy");
        }
        for (int a = 0; a < statement.attestations().size(); a++) {
            checkAttestation(i, a, statement, date);
        }
        Set<String> listed = new HashSet<>();
        for (int r = 0; r < statement.relations().size(); r++) {
            RelationRecord relation = statement.relations().get(r);
            if (relation.statement() == null) {
                continue; // required: told by the input's constraints
            }
            if (!statementKeys.contains(relation.statement())) {
                errors.add(ErrorCode.NOT_FOUND, "no statement has the key '" + relation.statement() + "'",
                        "statements", i, "relations", r, "statement");
            } else {
                StatementRules.relation(relation.statement().equals(statement.key()),
                        !listed.add(relation.type() + " " + relation.statement()), errors, "statements", i,
                        "relations", r, "statement");
            }
        }
    }

    private void checkAttestation(int i, int a, StatementRecord statement, PartialDate date) {
        AttestationRecord attestation = statement.attestations().get(a);
        String body = bodies.get(attestation.article());
        if (attestation.article() == null) {
            return; // required: told by the input's constraints
        }
        if (body == null && existing.hasArticle(attestation.article())) {
            errors.add(ErrorCode.INVALID, "'" + attestation.article() + "' is not in this document: excerpts are"
                    + " located in the articles imported with them", "statements", i, "attestations", a, "article");
        } else if (body == null) {
            errors.add(ErrorCode.NOT_FOUND, "no article has the slug '" + attestation.article() + "'", "statements",
                    i, "attestations", a, "article");
        } else if (attestation.excerpt() == null || attestation.excerpt().isEmpty()) {
            errors.add(ErrorCode.INVALID, "is required", "statements", i, "attestations", a, "excerpt");
        } else {
            ArticleRecord article = articles.get(attestation.article());
            StatementRules.excerptOnce(body, attestation.excerpt(), article.slug(), errors, "statements", i,
                    "attestations", a, "excerpt");
            StatementRules.quoted(attestation.form(), attestation.excerpt(), statement.quote(), errors, "statements",
                    i, "attestations", a, "form");
            StatementRules.notDatedAfter(date, article.publishedAt(), article.title(), errors, "statements", i,
                    "date");
        }
    }

    /** The date as it will be stored, checked as an editor's date is; null when absent or without precision. */
    private PartialDate date(PartialDateInput date, Object... path) {
        if (date == null) {
            return null;
        }
        EntityEditing.checkDate(errors, date, path);
        return date.precision == null ? null : date.toPartialDate();
    }

    /** The kind of the actor a record names, defined in the document or in the database; NOT_FOUND otherwise. */
    private ActorKind actorKind(String slug, Object... path) {
        if (slug == null) {
            return null; // where it is required, the input's constraints tell
        }
        if (actors.containsKey(slug)) {
            return actors.get(slug).kind();
        }
        Existing<ActorKind> found = existing.actor(slug);
        if (found == null) {
            errors.add(ErrorCode.NOT_FOUND, "no actor has the slug '" + slug + "'", path);
            return null;
        }
        return found.kind();
    }

    /** The kind of the publication a record names, defined in the document or in the database; NOT_FOUND otherwise. */
    private PublicationKind publicationKind(String slug, Object... path) {
        if (publications.containsKey(slug)) {
            return publications.get(slug).kind();
        }
        Existing<PublicationKind> found = existing.publication(slug);
        if (found == null) {
            errors.add(ErrorCode.NOT_FOUND, "no publication has the slug '" + slug + "'", path);
            return null;
        }
        return found.kind();
    }
}
