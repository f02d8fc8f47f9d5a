package org.analyst.search;

import org.eclipse.microprofile.graphql.Description;

@Description("The kinds of object a search finds.")
public enum SearchType {
    ARTICLE, ACTOR, STATEMENT, PUBLICATION
}
