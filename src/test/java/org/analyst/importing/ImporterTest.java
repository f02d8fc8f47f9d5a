package org.analyst.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.analyst.actor.ActorEntity;
import org.analyst.actor.ActorKind;
import org.analyst.article.ArticleEntity;
import org.analyst.article.ArticleStatus;
import org.analyst.article.SectionRole;
import org.analyst.importing.ImportDocument.ActorRecord;
import org.analyst.importing.ImportDocument.ArticleRecord;
import org.analyst.importing.ImportDocument.AttestationRecord;
import org.analyst.importing.ImportDocument.DateRecord;
import org.analyst.importing.ImportDocument.PublicationRecord;
import org.analyst.importing.ImportDocument.RelationRecord;
import org.analyst.importing.ImportDocument.SectionRecord;
import org.analyst.importing.ImportDocument.StatementRecord;
import org.analyst.publication.PublicationKind;
import org.analyst.statement.AttestationForm;
import org.analyst.statement.RelationType;
import org.analyst.statement.StatementKind;
import org.analyst.statement.StatementMode;
import org.analyst.time.DatePrecision;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The loader refuses a document with any problem, lists them all, and writes none of it. */
@QuarkusTest
class ImporterTest {

    private static final DateRecord JUNE_2022 = new DateRecord("June 2022", DatePrecision.MONTH,
            LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 30), false);

    @Inject
    Importer importer;

    @Inject
    SampleData sampleData;

    @Test
    void refusesMissingAndAmbiguousExcerptsAndWritesNothing() {
        long actors = countActors();
        ImportDocument document = document(List.of(
                statement("S1", "Words that are nowhere in the body."),
                statement("S2", "Astana said no"),
                statement("S3", "Astana said no. Moscow said yes.")));

        ImportException refused = assertThrows(ImportException.class, () -> importer.load(document));

        assertEquals(List.of(
                "statements[0].attestations[0].excerpt: does not occur in the body of 'importer-test-article'",
                "statements[1].attestations[0].excerpt: occurs more than once in the body of 'importer-test-article': quote a longer passage"),
                refused.problems());
        assertEquals(actors, countActors(), "nothing was written");
        assertEquals(0, countArticles("importer-test-article"));
    }

    @Test
    void listsEveryBrokenReference() {
        ImportDocument document = new ImportDocument(1, null,
                List.of(new ActorRecord("importer-test-person", ActorKind.PERSON, "A Person", null, null, null,
                        "halyk-bank", null)),
                List.of(), List.of(article()),
                List.of(new StatementRecord("S1", "nobody", StatementKind.THREAT, StatementMode.UTTERANCE, null,
                        "Says something.", null, JUNE_2022, null, null, null, null, List.of(),
                        List.of(new AttestationRecord("importer-test-article", AttestationForm.SUMMARY,
                                "Moscow said yes")),
                        List.of(new RelationRecord(RelationType.SIMILAR_TO, "S9"), new RelationRecord(RelationType.SAME_AS, "S1")))));

        ImportException refused = assertThrows(ImportException.class, () -> importer.load(document));

        assertEquals(List.of(
                "actors[0].country: 'halyk-bank' is not a STATE",
                "statements[0].speaker: no actor has the slug 'nobody'",
                "statements[0].relations[0].statement: no statement has the key 'S9'",
                "statements[0].relations[1].statement: a statement cannot relate to itself"),
                refused.problems());
        assertEquals(0, ActorEntity.count("slug", "importer-test-person"));
    }

    @Test
    void holdsADocumentToTheRulesEditorsKeep() {
        ImportDocument document = new ImportDocument(1, null,
                List.of(new ActorRecord("importer-test-state", ActorKind.STATE, " ", null, null, null,
                        "importer-test-state", null),
                        new ActorRecord("Bad Slug", ActorKind.GROUP, "A Group", null, null, null, null, null)),
                List.of(new PublicationRecord("importer-test-paper", PublicationKind.RESEARCH_PAPER, "A Paper", null,
                        "the-central-asia-caucasus-analyst", null, null, null, "not a url", null, false)),
                List.of(new ArticleRecord("importer-test-article", "Importer Test", null, "Tests", ArticleStatus.PUBLISHED,
                        Instant.parse("2023-02-01T00:00:00Z"), Instant.parse("2023-02-01T00:00:00Z"), 0,
                        List.of("natalia-konarzewska"), "silk-road-papers", List.of("halyk-bank"), List.of(),
                        List.of(new SectionRecord(SectionRole.BODY, null, List.of("Astana said no. Moscow said yes."))))),
                List.of(new StatementRecord("S1", "kazakhstan", StatementKind.REFUSAL, null, null, "Kazakhstan refuses.",
                        "Moscow said no", new DateRecord("2024", DatePrecision.YEAR, LocalDate.of(2024, 1, 1),
                                LocalDate.of(2024, 12, 31), false), null, null, null, "ftp://example.org", List.of(),
                        List.of(new AttestationRecord("importer-test-article", AttestationForm.DIRECT_QUOTE,
                                "Astana said no. Moscow said yes.")),
                        List.of(new RelationRecord(RelationType.SIMILAR_TO, "S2"),
                                new RelationRecord(RelationType.SIMILAR_TO, "S2"))),
                        statement("S2", "Moscow said yes")));

        ImportException refused = assertThrows(ImportException.class, () -> importer.load(document));

        assertEquals(List.of(
                "actors[1].slug: 'Bad Slug' is not a slug: lower-case letters and digits joined by single hyphens,"
                        + " at most 120 characters",
                "actors[0].name: must not be blank",
                "actors[0].country: an actor cannot be its own country",
                "publications[0].url: must be an http(s) URL",
                "publications[0].series: 'the-central-asia-caucasus-analyst' is not a SERIES",
                "articles[0].regions[0]: 'halyk-bank' is not a STATE",
                "articles[0].periodical: 'silk-road-papers' is not a PERIODICAL",
                "statements[0].sourceUrl: must be an http(s) URL",
                "statements[0].attestations[0].form: a DIRECT_QUOTE passage must contain the statement's quote",
                "statements[0].date: the statement is dated after 2023-02-01, when 'Importer Test', which reports it,"
                        + " was published",
                "statements[0].relations[1].statement: the same relation is listed twice"),
                refused.problems());
        assertEquals(0, countArticles("importer-test-article"), "nothing was written");
    }

    @Test
    void refusesToLoadTheSampleDataTwice() {
        ImportException refused = assertThrows(ImportException.class, () -> importer.load(sampleData.document()));
        assertTrue(refused.problems().contains("actors[0].slug: 'xi-jinping' exists already"), refused.getMessage());
    }

    private static ImportDocument document(List<StatementRecord> statements) {
        return new ImportDocument(1, null, List.of(), List.of(), List.of(article()), statements);
    }

    private static ArticleRecord article() {
        return new ArticleRecord("importer-test-article", "Importer Test", null, "Tests", ArticleStatus.PUBLISHED,
                Instant.parse("2023-02-01T00:00:00Z"), Instant.parse("2023-02-01T00:00:00Z"), 0,
                List.of("natalia-konarzewska"), null, List.of(), List.of(),
                List.of(new SectionRecord(SectionRole.BODY, null,
                        List.of("Astana said no. Moscow said yes.", "Then Astana said no again."))));
    }

    private static StatementRecord statement(String key, String excerpt) {
        return new StatementRecord(key, "kazakhstan", StatementKind.REFUSAL, StatementMode.REPORTED_POSITION, null,
                "Kazakhstan refuses.", null, JUNE_2022, null, null, null, null, List.of(),
                List.of(new AttestationRecord("importer-test-article", AttestationForm.SUMMARY, excerpt)), List.of());
    }

    private static long countActors() {
        return ActorEntity.count();
    }

    private static long countArticles(String slug) {
        return ArticleEntity.count("slug", slug);
    }
}
