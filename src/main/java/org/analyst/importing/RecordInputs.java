package org.analyst.importing;

import java.util.List;
import java.util.function.Function;

import org.analyst.actor.ActorInput;
import org.analyst.actor.ActorNameInput;
import org.analyst.actor.PositionInput;
import org.analyst.article.ArticleInput;
import org.analyst.article.ArticleSectionInput;
import org.analyst.importing.ImportDocument.ActorRecord;
import org.analyst.importing.ImportDocument.ArticleRecord;
import org.analyst.importing.ImportDocument.DateRecord;
import org.analyst.importing.ImportDocument.PublicationRecord;
import org.analyst.importing.ImportDocument.StatementRecord;
import org.analyst.publication.ContributionInput;
import org.analyst.publication.PublicationInput;
import org.analyst.statement.AttestationInput;
import org.analyst.statement.StatementInput;
import org.analyst.statement.StatementRelationInput;
import org.analyst.statement.StatementTargetInput;
import org.analyst.time.PartialDateInput;

/**
 * The document's records as the inputs an editor's mutation takes, so that an import is held to
 * the same constraints (required fields, sizes, forms of URLs, dates). Where an input names
 * another object by id, it holds the slug (or statement key) the document names it by.
 */
final class RecordInputs {

    private RecordInputs() {
    }

    static ActorInput actor(ActorRecord record) {
        ActorInput input = new ActorInput();
        input.kind = record.kind();
        input.name = record.name();
        input.slug = record.slug();
        input.aliases = each(record.aliases(), alias -> {
            ActorNameInput name = new ActorNameInput();
            name.name = alias.name();
            name.type = alias.type();
            return name;
        });
        input.description = record.description();
        input.organizationType = record.organizationType();
        input.countryId = record.country();
        input.positions = each(record.positions(), held -> {
            PositionInput position = new PositionInput();
            position.title = held.title();
            position.organizationId = held.organization();
            position.start = date(held.start());
            position.end = date(held.end());
            return position;
        });
        return input;
    }

    static PublicationInput publication(PublicationRecord record) {
        PublicationInput input = new PublicationInput();
        input.kind = record.kind();
        input.title = record.title();
        input.slug = record.slug();
        input.contributors = each(record.contributors(), credited -> {
            ContributionInput contribution = new ContributionInput();
            contribution.actorId = credited.actor();
            contribution.role = credited.role();
            return contribution;
        });
        input.seriesId = record.series();
        input.outletId = record.outlet();
        input.publisherIds = record.publishers();
        input.date = date(record.date());
        input.url = record.url();
        input.description = record.description();
        input.staffPublication = record.staffPublication();
        return input;
    }

    static ArticleInput article(ArticleRecord record) {
        ArticleInput input = new ArticleInput();
        input.title = record.title();
        input.slug = record.slug();
        input.summary = record.summary();
        input.category = record.category();
        input.authorIds = record.authors();
        input.periodicalId = record.periodical();
        input.sections = each(record.sections(), given -> {
            ArticleSectionInput section = new ArticleSectionInput();
            section.role = given.role();
            section.heading = given.heading();
            section.paragraphs = given.paragraphs();
            return section;
        });
        input.regionIds = record.regions();
        input.mentionIds = record.mentions();
        return input;
    }

    static StatementInput statement(StatementRecord record) {
        StatementInput input = new StatementInput();
        input.speakerId = record.speaker();
        input.kind = record.kind();
        input.mode = record.mode();
        input.summary = record.summary();
        input.quote = record.quote();
        input.date = date(record.date());
        input.medium = record.medium();
        input.venue = record.venue();
        input.targets = each(record.targets(), given -> {
            StatementTargetInput target = new StatementTargetInput();
            target.actorId = given.actor();
            target.role = given.role();
            target.stance = given.stance();
            target.explicitness = given.explicitness();
            target.interpretedById = given.interpretedBy();
            return target;
        });
        input.attribution = record.attribution();
        input.status = record.status();
        input.sourceUrl = record.sourceUrl();
        // Offsets are not part of the format: the importer locates each excerpt in its article.
        input.attestations = each(record.attestations(), given -> {
            AttestationInput attestation = new AttestationInput();
            attestation.articleId = given.article();
            attestation.form = given.form();
            return attestation;
        });
        input.relations = each(record.relations(), given -> {
            StatementRelationInput relation = new StatementRelationInput();
            relation.type = given.type();
            relation.statementId = given.statement();
            return relation;
        });
        return input;
    }

    static PartialDateInput date(DateRecord record) {
        if (record == null) {
            return null;
        }
        PartialDateInput date = new PartialDateInput();
        date.text = record.text();
        date.precision = record.precision();
        date.earliest = record.earliest();
        date.latest = record.latest();
        date.yearInferred = record.yearInferred();
        return date;
    }

    private static <R, I> List<I> each(List<R> records, Function<R, I> input) {
        return records.stream().map(input).toList();
    }
}
