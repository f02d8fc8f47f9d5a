package org.analyst.statement;

import java.util.function.Supplier;

import org.analyst.article.Article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A passage of an article that reports the statement: body.substring(start, end) == excerpt.")
public class Attestation {

    @Ignore
    private final Supplier<Article> articleReference;
    private final AttestationForm form;
    private final String excerpt;
    private final int start;
    private final int end;

    Attestation(Supplier<Article> article, AttestationForm form, String excerpt, int start, int end) {
        this.articleReference = article;
        this.form = form;
        this.excerpt = excerpt;
        this.start = start;
        this.end = end;
    }

    @NonNull
    public AttestationForm getForm() {
        return form;
    }

    @NonNull
    public String getExcerpt() {
        return excerpt;
    }

    @Description("Offset of the excerpt's first character in the article body (UTF-16 code units).")
    public int getStart() {
        return start;
    }

    @Description("Offset just past the excerpt's last character in the article body (UTF-16 code units).")
    public int getEnd() {
        return end;
    }

    @NonNull
    @Description("The article the passage is in.")
    public Article getArticle() {
        return articleReference.get();
    }
}
