package org.analyst.article;

import java.time.Instant;

import org.analyst.graphql.GlobalId;
import org.analyst.graphql.Node;
import org.analyst.graphql.Siblings;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An analytical article: sections, authors, dates, and the statements it reports.")
public class Article implements Node {

    public static final String TYPE = "Article";

    @Ignore
    private final ArticleEntity entity;
    @Ignore
    private final Siblings siblings;

    Article(ArticleEntity entity, Siblings siblings) {
        this.entity = entity;
        this.siblings = siblings;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return GlobalId.encode(TYPE, entity.id);
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
    public Instant getUpdatedAt() {
        return entity.updatedAt;
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

    @Description("Optimistic-locking version.")
    public int getVersion() {
        return entity.version;
    }

    public long key() {
        return entity.id;
    }

    public Siblings siblings() {
        return siblings;
    }

    Long periodicalKey() {
        return entity.periodicalId;
    }
}
