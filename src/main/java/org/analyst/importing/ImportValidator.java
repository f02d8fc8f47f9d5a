package org.analyst.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.analyst.actor.ActorKind;
import org.analyst.article.ArticleBody;
import org.analyst.article.ArticleStatus;
import org.analyst.importing.ImportDocument.ActorRecord;
import org.analyst.importing.ImportDocument.ArticleRecord;
import org.analyst.importing.ImportDocument.AttestationRecord;
import org.analyst.importing.ImportDocument.DateRecord;
import org.analyst.importing.ImportDocument.PublicationRecord;
import org.analyst.importing.ImportDocument.StatementRecord;
import org.analyst.importing.ImportDocument.TargetRecord;
import org.analyst.statement.Explicitness;
import org.analyst.time.DateConsistency;

/**
 * Checks an import document before anything is written and lists every problem with its path
 * in the document ({@code statements[7].attestations[0].excerpt: …}), so one run reports them all.
 */
final class ImportValidator {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final ImportDocument document;
    private final ExistingRecords existing;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, ActorKind> actorKinds = new HashMap<>();
    private final Set<String> publications = new HashSet<>();
    private final Map<String, String> articleBodies = new HashMap<>();

    /** What the database already holds, for references that the document does not define. */
    interface ExistingRecords {
        ActorKind actorKind(String slug);

        boolean publicationExists(String slug);

        boolean articleExists(String slug);
    }

    ImportValidator(ImportDocument document, ExistingRecords existing) {
        this.document = document;
        this.existing = existing;
    }

    List<String> problems() {
        if (document.formatVersion() != ImportDocument.FORMAT_VERSION) {
            problem("formatVersion", "must be " + ImportDocument.FORMAT_VERSION);
        }
        collectSlugs();
        for (int i = 0; i < document.actors().size(); i++) {
            checkActor("actors[" + i + "]", document.actors().get(i));
        }
        for (int i = 0; i < document.publications().size(); i++) {
            checkPublication("publications[" + i + "]", document.publications().get(i));
        }
        for (int i = 0; i < document.articles().size(); i++) {
            checkArticle("articles[" + i + "]", document.articles().get(i));
        }
        Set<String> keys = new HashSet<>();
        for (StatementRecord statement : document.statements()) {
            keys.add(statement.key());
        }
        for (int i = 0; i < document.statements().size(); i++) {
            checkStatement("statements[" + i + "]", document.statements().get(i), keys);
        }
        return problems;
    }

    private void collectSlugs() {
        Set<String> statementKeys = new HashSet<>();
        for (int i = 0; i < document.actors().size(); i++) {
            ActorRecord actor = document.actors().get(i);
            if (checkSlug("actors[" + i + "].slug", actor.slug(), actorKinds.keySet(),
                    existing.actorKind(actor.slug()) != null)) {
                actorKinds.put(actor.slug(), actor.kind());
            }
        }
        for (int i = 0; i < document.publications().size(); i++) {
            PublicationRecord publication = document.publications().get(i);
            if (checkSlug("publications[" + i + "].slug", publication.slug(), publications,
                    existing.publicationExists(publication.slug()))) {
                publications.add(publication.slug());
            }
        }
        for (int i = 0; i < document.articles().size(); i++) {
            ArticleRecord article = document.articles().get(i);
            if (checkSlug("articles[" + i + "].slug", article.slug(), articleBodies.keySet(),
                    existing.articleExists(article.slug()))) {
                articleBodies.put(article.slug(), ArticleBody.of(Importer.sectionsOf(article)));
            }
        }
        for (int i = 0; i < document.statements().size(); i++) {
            String key = document.statements().get(i).key();
            if (key == null || key.isBlank()) {
                problem("statements[" + i + "].key", "is required");
            } else if (!statementKeys.add(key)) {
                problem("statements[" + i + "].key", "'" + key + "' is used twice");
            }
        }
    }

    private boolean checkSlug(String path, String slug, Set<String> seen, boolean inDatabase) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            problem(path, "'" + slug + "' is not a slug (lower-case words joined by hyphens)");
        } else if (seen.contains(slug)) {
            problem(path, "'" + slug + "' is used twice");
        } else if (inDatabase) {
            problem(path, "'" + slug + "' exists already");
        } else {
            return true;
        }
        return false;
    }

    private void checkActor(String path, ActorRecord actor) {
        required(path + ".kind", actor.kind());
        text(path + ".name", actor.name());
        if (actor.country() != null) {
            ActorKind country = actorKind(path + ".country", actor.country());
            if (country != null && country != ActorKind.STATE) {
                problem(path + ".country", "'" + actor.country() + "' is not a STATE");
            }
        }
        for (int i = 0; i < actor.aliases().size(); i++) {
            text(path + ".aliases[" + i + "].name", actor.aliases().get(i).name());
            required(path + ".aliases[" + i + "].type", actor.aliases().get(i).type());
        }
        for (int i = 0; i < actor.positions().size(); i++) {
            String position = path + ".positions[" + i + "]";
            text(position + ".title", actor.positions().get(i).title());
            if (actor.positions().get(i).organization() != null) {
                actorKind(position + ".organization", actor.positions().get(i).organization());
            }
            date(position + ".start", actor.positions().get(i).start(), false);
            date(position + ".end", actor.positions().get(i).end(), false);
        }
    }

    private void checkPublication(String path, PublicationRecord publication) {
        required(path + ".kind", publication.kind());
        text(path + ".title", publication.title());
        for (int i = 0; i < publication.contributors().size(); i++) {
            actorKind(path + ".contributors[" + i + "].actor", publication.contributors().get(i).actor());
            required(path + ".contributors[" + i + "].role", publication.contributors().get(i).role());
        }
        if (publication.series() != null) {
            publication(path + ".series", publication.series());
        }
        if (publication.outlet() != null) {
            actorKind(path + ".outlet", publication.outlet());
        }
        each(path + ".publishers", publication.publishers(), this::actorKind);
        date(path + ".date", publication.date(), false);
    }

    private void checkArticle(String path, ArticleRecord article) {
        text(path + ".title", article.title());
        text(path + ".category", article.category());
        required(path + ".status", article.status());
        if (article.status() == ArticleStatus.PUBLISHED) {
            required(path + ".publishedAt", article.publishedAt());
        }
        required(path + ".updatedAt", article.updatedAt());
        if (article.readCount() < 0) {
            problem(path + ".readCount", "must not be negative");
        }
        each(path + ".authors", article.authors(), this::actorKind);
        each(path + ".regions", article.regions(), this::actorKind);
        each(path + ".mentions", article.mentions(), this::actorKind);
        if (article.periodical() != null) {
            publication(path + ".periodical", article.periodical());
        }
        if (article.sections().isEmpty()) {
            problem(path + ".sections", "an article needs at least one section");
        }
        for (int i = 0; i < article.sections().size(); i++) {
            String section = path + ".sections[" + i + "]";
            required(section + ".role", article.sections().get(i).role());
            if (article.sections().get(i).paragraphs().isEmpty()) {
                problem(section + ".paragraphs", "a section needs at least one paragraph");
            }
            for (int p = 0; p < article.sections().get(i).paragraphs().size(); p++) {
                text(section + ".paragraphs[" + p + "]", article.sections().get(i).paragraphs().get(p));
            }
        }
    }

    private void checkStatement(String path, StatementRecord statement, Set<String> keys) {
        actorKind(path + ".speaker", statement.speaker());
        required(path + ".kind", statement.kind());
        required(path + ".mode", statement.mode());
        text(path + ".summary", statement.summary());
        date(path + ".date", statement.date(), true);
        for (int i = 0; i < statement.targets().size(); i++) {
            checkTarget(path + ".targets[" + i + "]", statement.targets().get(i));
        }
        if (statement.attestations().isEmpty()) {
            problem(path + ".attestations", "a statement needs at least one attestation");
        }
        for (int i = 0; i < statement.attestations().size(); i++) {
            checkAttestation(path + ".attestations[" + i + "]", statement.attestations().get(i));
        }
        for (int i = 0; i < statement.relations().size(); i++) {
            String relation = path + ".relations[" + i + "]";
            required(relation + ".type", statement.relations().get(i).type());
            String other = statement.relations().get(i).statement();
            if (!keys.contains(other)) {
                problem(relation + ".statement", "no statement has the key '" + other + "'");
            } else if (other.equals(statement.key())) {
                problem(relation + ".statement", "a statement cannot relate to itself");
            }
        }
    }

    private void checkTarget(String path, TargetRecord target) {
        actorKind(path + ".actor", target.actor());
        required(path + ".role", target.role());
        required(path + ".stance", target.stance());
        if (target.interpretedBy() != null) {
            if (target.explicitness() != Explicitness.INTERPRETED) {
                problem(path + ".interpretedBy", "only an INTERPRETED target names who interpreted it");
            }
            actorKind(path + ".interpretedBy", target.interpretedBy());
        }
    }

    private void checkAttestation(String path, AttestationRecord attestation) {
        required(path + ".form", attestation.form());
        String body = articleBodies.get(attestation.article());
        if (body == null) {
            problem(path + ".article", existing.articleExists(attestation.article())
                    ? "'" + attestation.article() + "' is not in this document: excerpts are located in the articles imported with them"
                    : "no article has the slug '" + attestation.article() + "'");
        } else if (attestation.excerpt() == null || attestation.excerpt().isEmpty()) {
            problem(path + ".excerpt", "is required");
        } else if (!body.contains(attestation.excerpt())) {
            problem(path + ".excerpt", "does not occur in the body of '" + attestation.article() + "'");
        } else if (body.indexOf(attestation.excerpt()) != body.lastIndexOf(attestation.excerpt())) {
            problem(path + ".excerpt", "occurs more than once in the body of '" + attestation.article()
                    + "': quote a longer passage");
        }
    }

    private void date(String path, DateRecord date, boolean isRequired) {
        if (date == null) {
            if (isRequired) {
                problem(path, "is required");
            }
            return;
        }
        text(path + ".text", date.text());
        required(path + ".precision", date.precision());
        DateConsistency.Problem inconsistent = date.precision() == null ? null
                : DateConsistency.check(date.precision(), date.earliest(), date.latest());
        if (inconsistent != null) {
            problem(path + "." + inconsistent.field(), inconsistent.message());
        }
    }

    private ActorKind actorKind(String path, String slug) {
        ActorKind kind = actorKinds.containsKey(slug) ? actorKinds.get(slug) : existing.actorKind(slug);
        if (kind == null && !actorKinds.containsKey(slug)) {
            problem(path, "no actor has the slug '" + slug + "'");
        }
        return kind;
    }

    private void publication(String path, String slug) {
        if (!publications.contains(slug) && !existing.publicationExists(slug)) {
            problem(path, "no publication has the slug '" + slug + "'");
        }
    }

    private void each(String path, List<String> slugs, BiFunction<String, String, ?> check) {
        for (int i = 0; i < slugs.size(); i++) {
            check.apply(path + "[" + i + "]", slugs.get(i));
        }
    }

    private void text(String path, String value) {
        if (value == null || value.isBlank()) {
            problem(path, "is required");
        }
    }

    private void required(String path, Object value) {
        if (value == null) {
            problem(path, "is required");
        }
    }

    private void problem(String path, String message) {
        problems.add(path + ": " + message);
    }
}
