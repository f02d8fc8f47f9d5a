package org.analyst.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.analyst.actor.ActorKind;
import org.analyst.graphql.SqlReader;
import org.analyst.importing.ImportDocument.ActorRecord;
import org.analyst.importing.ImportDocument.ArticleRecord;
import org.analyst.importing.ImportDocument.PublicationRecord;
import org.analyst.importing.ImportDocument.StatementRecord;
import org.analyst.publication.PublicationKind;

/**
 * The records of the database that a document names by slug, whether it defines them (and so may
 * not: the slug is taken) or refers to them: read in one query per table.
 */
final class ExistingRecords {

    /** A record of the database: its key, and its kind where rules depend on it. */
    record Existing<K>(long key, K kind) {
    }

    private final Map<String, Existing<ActorKind>> actors = new HashMap<>();
    private final Map<String, Existing<PublicationKind>> publications = new HashMap<>();
    private final Set<String> articles = new HashSet<>();

    static ExistingRecords of(ImportDocument document, SqlReader sql) {
        ExistingRecords existing = new ExistingRecords();
        for (Object[] row : sql.rows("select slug, id, kind from actor where slug = any(?)",
                List.of(slugs(actorSlugs(document))))) {
            existing.actors.put((String) row[0], new Existing<>(((Number) row[1]).longValue(),
                    ActorKind.valueOf((String) row[2])));
        }
        for (Object[] row : sql.rows("select slug, id, kind from publication where slug = any(?)",
                List.of(slugs(publicationSlugs(document))))) {
            existing.publications.put((String) row[0], new Existing<>(((Number) row[1]).longValue(),
                    PublicationKind.valueOf((String) row[2])));
        }
        for (Object[] row : sql.rows("select slug from article where slug = any(?)",
                List.of(slugs(articleSlugs(document))))) {
            existing.articles.add((String) row[0]);
        }
        return existing;
    }

    Existing<ActorKind> actor(String slug) {
        return actors.get(slug);
    }

    Existing<PublicationKind> publication(String slug) {
        return publications.get(slug);
    }

    boolean hasArticle(String slug) {
        return articles.contains(slug);
    }

    private static Set<String> actorSlugs(ImportDocument document) {
        Set<String> slugs = new HashSet<>();
        for (ActorRecord actor : document.actors()) {
            slugs.add(actor.slug());
            slugs.add(actor.country());
            actor.positions().forEach(position -> slugs.add(position.organization()));
        }
        for (PublicationRecord publication : document.publications()) {
            publication.contributors().forEach(contributor -> slugs.add(contributor.actor()));
            slugs.add(publication.outlet());
            slugs.addAll(publication.publishers());
        }
        for (ArticleRecord article : document.articles()) {
            slugs.addAll(article.authors());
            slugs.addAll(article.regions());
            slugs.addAll(article.mentions());
        }
        for (StatementRecord statement : document.statements()) {
            slugs.add(statement.speaker());
            statement.targets().forEach(target -> {
                slugs.add(target.actor());
                slugs.add(target.interpretedBy());
            });
        }
        return slugs;
    }

    private static Set<String> publicationSlugs(ImportDocument document) {
        Set<String> slugs = new HashSet<>();
        for (PublicationRecord publication : document.publications()) {
            slugs.add(publication.slug());
            slugs.add(publication.series());
        }
        document.articles().forEach(article -> slugs.add(article.periodical()));
        return slugs;
    }

    private static Set<String> articleSlugs(ImportDocument document) {
        Set<String> slugs = new HashSet<>();
        document.articles().forEach(article -> slugs.add(article.slug()));
        document.statements().forEach(statement -> statement.attestations()
                .forEach(attestation -> slugs.add(attestation.article())));
        return slugs;
    }

    /** The distinct slugs as one SQL array value, for {@code = any(?)}. */
    private static Object slugs(Set<String> slugs) {
        return slugs.stream().filter(Objects::nonNull).toArray(String[]::new);
    }
}
