package org.analyst.article;

import java.time.Instant;

import org.analyst.graphql.EntityNode;
import org.analyst.graphql.Node;
import org.analyst.graphql.Siblings;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An analytical article: sections, authors, dates, and the statements it reports.")
// Names Node again: SmallRye reads the interfaces a GraphQL type declares itself, not inherited ones.
public class Article extends EntityNode implements Node {

    public static final String TYPE = "Article";

    @Ignore
    private final ArticleRow row;

    Article(ArticleRow row, Siblings siblings) {
        super(TYPE, row.audit(), siblings);
        this.row = row;
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

    Long periodicalKey() {
        return row.periodicalId();
    }
}
