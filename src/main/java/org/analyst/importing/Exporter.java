package org.analyst.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.analyst.actor.ActorKind;
import org.analyst.actor.NameType;
import org.analyst.actor.OrganizationType;
import org.analyst.article.ArticleStatus;
import org.analyst.article.SectionRole;
import org.analyst.graphql.PartialDateColumns;
import org.analyst.graphql.Row;
import org.analyst.graphql.SqlReader;
import org.analyst.importing.ImportDocument.ActorRecord;
import org.analyst.importing.ImportDocument.ArticleRecord;
import org.analyst.importing.ImportDocument.AttestationRecord;
import org.analyst.importing.ImportDocument.ContributorRecord;
import org.analyst.importing.ImportDocument.DateRecord;
import org.analyst.importing.ImportDocument.NameRecord;
import org.analyst.importing.ImportDocument.PositionRecord;
import org.analyst.importing.ImportDocument.PublicationRecord;
import org.analyst.importing.ImportDocument.RelationRecord;
import org.analyst.importing.ImportDocument.SectionRecord;
import org.analyst.importing.ImportDocument.StatementRecord;
import org.analyst.importing.ImportDocument.TargetRecord;
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
import org.analyst.time.PartialDate;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * The whole dataset as an import document, which the importer reads back: records in the order
 * they were created (an import creates them in document order, so a document imported into an
 * empty database exports as it was), statements keyed by their place in that order (ST01, ST02,
 * …). Article bodies and attestation offsets are left out, as the format does: the importer
 * derives them. Each table is read once, in one snapshot.
 */
@ApplicationScoped
public class Exporter {

    @Inject
    SqlReader sql;

    @Inject
    DataSource dataSource;

    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "analyst.import.timeout")
    public ImportDocument export() {
        readOneSnapshot();
        Map<Long, String> actorSlugs = slugs("actor");
        Map<Long, String> publicationSlugs = slugs("publication");
        Map<Long, String> articleSlugs = slugs("article");
        Map<Long, String> statementKeys = new HashMap<>();
        for (Long key : sql.list("select id from statement order by id", row -> row.key("id"))) {
            statementKeys.put(key, "ST%02d".formatted(statementKeys.size() + 1));
        }
        return new ImportDocument(ImportDocument.FORMAT_VERSION, null, actors(actorSlugs),
                publications(actorSlugs, publicationSlugs), articles(actorSlugs, publicationSlugs),
                statements(actorSlugs, articleSlugs, statementKeys));
    }

    /** Every read of this transaction sees the same committed data, however long the export takes. */
    private void readOneSnapshot() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set transaction isolation level repeatable read, read only");
        } catch (SQLException failed) {
            throw new IllegalStateException("Cannot start the export's snapshot", failed);
        }
    }

    private List<ActorRecord> actors(Map<Long, String> slugs) {
        Map<Long, List<NameRecord>> aliases = children("actor_id", "select actor_id, name, type from actor_name"
                + " order by actor_id, position", row -> new NameRecord(row.text("name"), row.constant("type", NameType.class)));
        Map<Long, List<PositionRecord>> positions = children("actor_id", "select actor_id, title, organization_id, "
                + PartialDateColumns.of("start") + ", " + PartialDateColumns.of("end") + ", current from actor_position"
                + " order by actor_id, position", row -> new PositionRecord(row.text("title"),
                        slugs.get(row.key("organization_id")), date(row.partialDate("start")), date(row.partialDate("end")),
                        row.bool("current")));
        return sql.list("""
                select id, slug, kind, name, description, organization_type, country_id from actor order by id""",
                row -> {
                    long id = row.key("id");
                    return new ActorRecord(row.text("slug"), row.constant("kind", ActorKind.class), row.text("name"),
                            aliases.getOrDefault(id, List.of()), row.text("description"),
                            row.constant("organization_type", OrganizationType.class), slugs.get(row.key("country_id")),
                            positions.getOrDefault(id, List.of()));
                });
    }

    private List<PublicationRecord> publications(Map<Long, String> actorSlugs, Map<Long, String> slugs) {
        Map<Long, List<ContributorRecord>> contributors = children("publication_id", "select publication_id, actor_id, role"
                + " from publication_contributor order by publication_id, position",
                row -> new ContributorRecord(actorSlugs.get(row.key("actor_id")), row.constant("role", ContributorRole.class)));
        Map<Long, List<String>> publishers = children("publication_id",
                "select publication_id, actor_id from publication_publisher"
                + " order by publication_id, position", row -> actorSlugs.get(row.key("actor_id")));
        return sql.list("select id, slug, kind, title, series_id, outlet_id, " + PartialDateColumns.of("date")
                + ", url, description, staff_publication from publication order by id", row -> {
                    long id = row.key("id");
                    return new PublicationRecord(row.text("slug"), row.constant("kind", PublicationKind.class),
                            row.text("title"), contributors.getOrDefault(id, List.of()), slugs.get(row.key("series_id")),
                            actorSlugs.get(row.key("outlet_id")), publishers.getOrDefault(id, List.of()),
                            date(row.partialDate("date")), row.text("url"), row.text("description"),
                            row.bool("staff_publication"));
                });
    }

    private List<ArticleRecord> articles(Map<Long, String> actorSlugs, Map<Long, String> publicationSlugs) {
        Map<Long, List<String>> authors = actorsOf("article_author", actorSlugs);
        Map<Long, List<String>> regions = actorsOf("article_region", actorSlugs);
        Map<Long, List<String>> mentions = actorsOf("article_mention", actorSlugs);
        Map<Long, List<SectionRecord>> sections = children("article_id", "select article_id, role, heading, paragraphs"
                + " from article_section order by article_id, position",
                row -> new SectionRecord(row.constant("role", SectionRole.class), row.text("heading"), row.texts("paragraphs")));
        return sql.list("""
                select a.id, a.slug, a.title, a.summary, a.category, a.status, a.published_at, a.updated_at,
                       r.read_count, a.periodical_id
                from article a join article_read_count r on r.article_id = a.id order by a.id""", row -> {
            long id = row.key("id");
            return new ArticleRecord(row.text("slug"), row.text("title"), row.text("summary"), row.text("category"),
                    row.constant("status", ArticleStatus.class), row.instant("published_at"), row.instant("updated_at"),
                    row.integer("read_count"), authors.getOrDefault(id, List.of()),
                    publicationSlugs.get(row.key("periodical_id")), regions.getOrDefault(id, List.of()),
                    mentions.getOrDefault(id, List.of()), sections.getOrDefault(id, List.of()));
        });
    }

    private List<StatementRecord> statements(Map<Long, String> actorSlugs, Map<Long, String> articleSlugs,
            Map<Long, String> keys) {
        Map<Long, List<TargetRecord>> targets = children("statement_id",
                "select statement_id, actor_id, role, stance, explicitness,"
                + " interpreted_by_id from statement_target order by statement_id, position",
                row -> new TargetRecord(actorSlugs.get(row.key("actor_id")), row.constant("role", TargetRole.class),
                        row.constant("stance", Stance.class), row.constant("explicitness", Explicitness.class),
                        actorSlugs.get(row.key("interpreted_by_id"))));
        Map<Long, List<AttestationRecord>> attestations = children("statement_id",
                "select statement_id, article_id, form, excerpt"
                + " from attestation order by statement_id, position", row -> new AttestationRecord(
                        articleSlugs.get(row.key("article_id")), row.constant("form", AttestationForm.class),
                        row.text("excerpt")));
        Map<Long, List<RelationRecord>> relations = children("statement_id", "select statement_id, type, related_statement_id"
                + " from statement_relation order by statement_id, position",
                row -> new RelationRecord(row.constant("type", RelationType.class), keys.get(row.key("related_statement_id"))));
        return sql.list("select id, speaker_id, kind, mode, medium, summary, quote, " + PartialDateColumns.of("date")
                + ", venue, attribution, status, source_url from statement order by id", row -> {
                    long id = row.key("id");
                    return new StatementRecord(keys.get(id), actorSlugs.get(row.key("speaker_id")),
                            row.constant("kind", StatementKind.class), row.constant("mode", StatementMode.class),
                            row.constant("medium", Medium.class), row.text("summary"), row.text("quote"),
                            date(row.partialDate("date")), row.text("venue"), row.constant("attribution", Attribution.class),
                            row.constant("status", StatementStatus.class), row.text("source_url"),
                            targets.getOrDefault(id, List.of()), attestations.getOrDefault(id, List.of()),
                            relations.getOrDefault(id, List.of()));
                });
    }

    private Map<Long, String> slugs(String table) {
        return sql.list("select id, slug from " + table, row -> Map.entry(row.key("id"), row.text("slug"))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Map<Long, List<String>> actorsOf(String table, Map<Long, String> actorSlugs) {
        return children("article_id", "select article_id, actor_id from " + table + " order by article_id, position",
                row -> actorSlugs.get(row.key("actor_id")));
    }

    /** The rows of a child table by their parent's key (in {@code parentColumn}), in the statement's order. */
    private <T> Map<Long, List<T>> children(String parentColumn, String select, Function<Row, T> child) {
        Map<Long, List<T>> byParent = new LinkedHashMap<>();
        for (Map.Entry<Long, T> row : sql.list(select, row -> Map.entry(row.key(parentColumn), child.apply(row)))) {
            byParent.computeIfAbsent(row.getKey(), parent -> new ArrayList<>()).add(row.getValue());
        }
        return byParent;
    }

    private static DateRecord date(PartialDate date) {
        return date == null ? null
                : new DateRecord(date.text, date.precision, date.earliest, date.latest, date.yearInferred);
    }
}
