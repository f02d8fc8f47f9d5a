package org.analyst.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.analyst.actor.ActorKind;
import org.analyst.article.ArticleEntity;
import org.analyst.article.ArticleStatus;
import org.analyst.article.SectionRole;
import org.analyst.importing.ImportDocument;
import org.analyst.importing.Importer;
import org.analyst.importing.ImportDocument.ActorRecord;
import org.analyst.importing.ImportDocument.ArticleRecord;
import org.analyst.importing.ImportDocument.AttestationRecord;
import org.analyst.importing.ImportDocument.DateRecord;
import org.analyst.importing.ImportDocument.SectionRecord;
import org.analyst.importing.ImportDocument.StatementRecord;
import org.analyst.importing.ImportDocument.TargetRecord;
import org.analyst.statement.AttestationForm;
import org.analyst.statement.Explicitness;
import org.analyst.statement.Stance;
import org.analyst.statement.StatementKind;
import org.analyst.statement.StatementMode;
import org.analyst.statement.TargetRole;
import org.analyst.time.DatePrecision;

/** Many articles, each with authors, sections and statements, in the import format. */
public final class ScaleData {

    /** Enough for the largest page, {@link PageArgs#MAX_SIZE}. */
    public static final int ARTICLES = PageArgs.MAX_SIZE;
    static final int STATEMENTS_PER_ARTICLE = 4;
    /** The periodical every article appeared in: the sample data's. */
    static final String PERIODICAL = "the-central-asia-caucasus-analyst";
    private static final List<String> SPEAKERS = List.of("russia", "china", "kazakhstan", "vladimir-putin");

    private ScaleData() {
    }

    /** Loads the articles once per schema: the tests of the scale profile share them. */
    public static void ensureLoaded(Importer importer) {
        if (ArticleEntity.count("slug like 'scale-article-%'") < ARTICLES) {
            importer.load(document());
        }
    }

    static ImportDocument document() {
        List<ActorRecord> authors = new ArrayList<>();
        for (int a = 0; a < 10; a++) {
            authors.add(new ActorRecord("scale-author-" + a, ActorKind.PERSON, "Scale Author " + a, null, null, null,
                    null, null));
        }
        List<ArticleRecord> articles = new ArrayList<>();
        List<StatementRecord> statements = new ArrayList<>();
        Instant first = Instant.parse("2024-01-01T00:00:00Z");
        for (int n = 0; n < ARTICLES; n++) {
            String slug = "scale-article-" + n;
            List<String> sentences = new ArrayList<>();
            for (int s = 0; s < STATEMENTS_PER_ARTICLE; s++) {
                sentences.add("In article " + n + " speaker " + s + " said thing " + s + ".");
            }
            articles.add(new ArticleRecord(slug, "Scale Article " + n, sentences.get(0), "Scale",
                    ArticleStatus.PUBLISHED, first.plus(n, ChronoUnit.DAYS), first.plus(n, ChronoUnit.DAYS), n,
                    List.of("scale-author-" + n % 10, "scale-author-" + (n + 1) % 10), PERIODICAL, List.of("kazakhstan"),
                    List.of("russia", "china"),
                    List.of(new SectionRecord(SectionRole.BACKGROUND, "BACKGROUND", sentences.subList(0, 2)),
                            new SectionRecord(SectionRole.IMPLICATIONS, "IMPLICATIONS", sentences.subList(2, 4)))));
            for (int s = 0; s < STATEMENTS_PER_ARTICLE; s++) {
                LocalDate day = LocalDate.of(2023, 1, 1).plusDays(n * STATEMENTS_PER_ARTICLE + s);
                statements.add(new StatementRecord(slug + "-" + s, SPEAKERS.get(s), StatementKind.WARNING,
                        StatementMode.UTTERANCE, null, "Statement " + s + " of article " + n, null,
                        new DateRecord(day.toString(), DatePrecision.DAY, day, day, false), null, null, null, null,
                        List.of(new TargetRecord("kazakhstan", TargetRole.WARNED, Stance.HOSTILE, Explicitness.EXPLICIT, null),
                                new TargetRecord("ukraine", TargetRole.SUBJECT, Stance.NEUTRAL, Explicitness.IMPLICIT, null)),
                        List.of(new AttestationRecord(slug, AttestationForm.SUMMARY, sentences.get(s))), List.of()));
            }
        }
        return new ImportDocument(ImportDocument.FORMAT_VERSION, "Generated for tests", authors, List.of(), articles,
                statements);
    }
}
