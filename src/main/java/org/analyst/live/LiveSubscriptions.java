package org.analyst.live;

import java.util.Map;

import jakarta.inject.Inject;

import org.analyst.article.Article;
import org.analyst.article.ArticleService;
import org.analyst.statement.Statement;
import org.analyst.statement.StatementFilter;
import org.analyst.statement.StatementService;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/**
 * The subscription fields. graphql-java executes a subscription's selection set for each item of
 * the stream these return; {@link LiveSubscribers} runs them once per batch of committed events (the
 * nodes in {@link EventsInDelivery}), as the subscriber, so each item is what the matching query
 * would return to that subscriber at that moment.
 */
@GraphQLApi
public class LiveSubscriptions {

    @Inject
    EventsInDelivery events;

    @Inject
    ArticleService articles;

    @Inject
    StatementService statements;

    @Subscription
    @Description("Each article when it is published, from the moment you subscribe.")
    public Multi<@NonNull Article> articlePublished() {
        Map<Long, Article> visible = articles.byKeys(events.publishedArticles());
        return Multi.createFrom().iterable(events.publishedArticles().stream().filter(visible::containsKey)
                .map(visible::get).toList());
    }

    @Subscription
    @Description("Each new statement that statements(filter:) would list, when you may first see it: when it is saved"
            + " (editors, who see drafts), or when an article reporting it is published (everyone).")
    public Multi<@NonNull Statement> statementAdded(
            @Description("Which statements, exactly as statements(filter:) has it; all when absent.") StatementFilter filter) {
        return Multi.createFrom().iterable(statements.matchingAmong(events.addedStatements(), filter));
    }
}
