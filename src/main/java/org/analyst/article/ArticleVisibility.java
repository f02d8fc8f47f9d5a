package org.analyst.article;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.analyst.security.Caller;

/**
 * Which articles the current reader may see, and so which statements: a statement is visible
 * through the articles that report it. Every read of articles and statements goes through here.
 */
@ApplicationScoped
public class ArticleVisibility {

    @Inject
    Caller caller;

    /** Editors see every article; other readers see published ones only. */
    public List<ArticleStatus> visibleStatuses() {
        return caller.canSeeDrafts() ? List.of(ArticleStatus.values()) : List.of(ArticleStatus.PUBLISHED);
    }

    /** The statuses asked for (PUBLISHED when none), less those the reader may not see. */
    List<ArticleStatus> visibleOf(List<ArticleStatus> asked) {
        List<ArticleStatus> wanted = asked == null || asked.isEmpty() ? List.of(ArticleStatus.PUBLISHED) : asked;
        return wanted.stream().filter(visibleStatuses()::contains).distinct().toList();
    }
}
