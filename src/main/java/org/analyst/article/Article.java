package org.analyst.article;

import java.time.Instant;
import java.util.List;

import org.analyst.actor.Actor;
import org.analyst.graphql.EntityNode;
import org.analyst.graphql.Node;
import org.analyst.graphql.NodeBatch;
import org.analyst.publication.Publication;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An analytical article: sections, authors, dates, and the statements it reports.")
// Names Node again: SmallRye reads the interfaces a GraphQL type declares itself, not inherited ones.
public class Article extends EntityNode implements Node {

    public static final String TYPE = "Article";

    @Ignore
    private final ArticleRow row;
    @Ignore
    private final ArticleService articles;

    Article(ArticleRow row, NodeBatch batch, ArticleService articles) {
        super(TYPE, row.audit(), batch);
        this.row = row;
        this.articles = articles;
    }

    @NonNull
    @Description("\"china-backs-kazakhstan-against-russian-threats\"")
    public String getSlug() {
        return row.slug();
    }

    @NonNull
    public String getTitle() {
        return row.title();
    }

    @Description("The lede.")
    public String getSummary() {
        return row.summary();
    }

    @NonNull
    @Description("\"Analytical Articles\"")
    public String getCategory() {
        return row.category();
    }

    @NonNull
    public ArticleStatus getStatus() {
        return row.status();
    }

    public Instant getPublishedAt() {
        return row.publishedAt();
    }

    public int getWordCount() {
        return row.wordCount();
    }

    public int getReadCount() {
        return row.readCount();
    }

    @NonNull
    @Description("Who wrote it, in byline order.")
    public List<@NonNull Actor> getAuthors() {
        return batch().children("authors", key(), keys -> articles.actorsListedIn("article_author", keys));
    }

    @NonNull
    @Description("The states the article is about.")
    public List<@NonNull Actor> getRegions() {
        return batch().children("regions", key(), keys -> articles.actorsListedIn("article_region", keys));
    }

    @NonNull
    @Description("Every actor the article discusses.")
    public List<@NonNull Actor> getMentions() {
        return batch().children("mentions", key(), keys -> articles.actorsListedIn("article_mention", keys));
    }

    @NonNull
    @Description("The full plain text: the paragraphs of all sections joined by blank lines. Every attestation's start and end point into it.")
    public String getBody() {
        return batch().load("body", articles::bodiesOf).get(key());
    }

    @NonNull
    @Description("The sections in reading order.")
    public List<@NonNull ArticleSection> getSections() {
        return batch().children("sections", key(), articles::sectionsOf);
    }

    @Description("The periodical it appeared in.")
    public Publication getPeriodical() {
        return batch().referenced("periodical", ArticleRow::periodicalId, row.periodicalId(), articles::periodicals);
    }
}
