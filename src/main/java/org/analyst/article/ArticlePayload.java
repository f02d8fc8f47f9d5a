package org.analyst.article;

import java.util.List;

import org.analyst.graphql.Payload;
import org.analyst.graphql.UserError;
import org.eclipse.microprofile.graphql.Ignore;

public class ArticlePayload extends Payload {

    @Ignore
    private final Article written;

    ArticlePayload(Article written, List<UserError> errors) {
        super(errors);
        this.written = written;
    }

    public Article getArticle() {
        return written;
    }
}
