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
    private final ArticleEntity entity;

    Article(ArticleEntity entity, Siblings siblings) {
        super(TYPE, entity, siblings);
        this.entity = entity;
    }

    @NonNull
    @Description("\"china-backs-kazakhstan-against-russian-threats\"")
    public String getSlug() {
        return entity.slug;
    }

    @NonNull
    public String getTitle() {
        return entity.title;
    }

    @Description("The lede.")
    public String getSummary() {
        return entity.summary;
    }

    @NonNull
    @Description("\"Analytical Articles\"")
    public String getCategory() {
        return entity.category;
    }

    @NonNull
    public ArticleStatus getStatus() {
        return entity.status;
    }

    public Instant getPublishedAt() {
        return entity.publishedAt;
    }

    @NonNull
    @Description("The full plain text: the paragraphs of all sections joined by blank lines. Every attestation's start and end point into it.")
    public String getBody() {
        return entity.body;
    }

    public int getWordCount() {
        return entity.wordCount;
    }

    public int getReadCount() {
        return entity.readCount;
    }

    Long periodicalKey() {
        return entity.periodicalId;
    }
}
