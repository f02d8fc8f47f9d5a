package org.analyst.live;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;

/**
 * The events one execution of a subscription delivers: the subscription fields
 * ({@link LiveSubscriptions}) answer with the nodes they name that the subscriber may see. Empty
 * when a subscription is first checked, before any event.
 */
@RequestScoped
public class EventsInDelivery {

    private List<Long> articles = List.of();
    private List<Long> statements = List.of();

    void carry(List<Long> publishedArticles, List<Long> addedStatements) {
        articles = publishedArticles;
        statements = addedStatements;
    }

    List<Long> publishedArticles() {
        return articles;
    }

    List<Long> addedStatements() {
        return statements;
    }
}
