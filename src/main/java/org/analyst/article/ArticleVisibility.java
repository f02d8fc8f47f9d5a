package org.analyst.article;

import java.util.List;
import java.util.stream.Collectors;

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

    /** Whether the reader sees published articles only, and so only the statements they report. */
    public boolean publishedOnly() {
        return !caller.canSeeDrafts();
    }

    /**
     * The SQL condition that the article status in {@code column} is visible to the current reader.
     * The statuses are written into the statement rather than bound: there are only two sets, and
     * PostgreSQL, knowing them, plans a statement once for every execution. Bound, they looked
     * rarer to it than they are, and it planned an actor's statement pages afresh on every run,
     * which took longer than running them (bench/results/NOTES.md).
     */
    public String visibleCondition(String column) {
        return statusIn(column, visibleStatuses());
    }

    /** {@code column in ('PUBLISHED', …)}: enum names, which need no quoting; false for none. */
    static String statusIn(String column, List<ArticleStatus> statuses) {
        return statuses.isEmpty() ? "false"
                : column + " in (" + statuses.stream().map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ")) + ")";
    }

    /** The statuses asked for (PUBLISHED when none), less those the reader may not see. */
    List<ArticleStatus> visibleOf(List<ArticleStatus> asked) {
        List<ArticleStatus> wanted = asked == null || asked.isEmpty() ? List.of(ArticleStatus.PUBLISHED) : asked;
        return wanted.stream().filter(visibleStatuses()::contains).distinct().toList();
    }
}
