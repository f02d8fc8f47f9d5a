package org.analyst.actor;

import org.analyst.graphql.Audit;
import org.analyst.graphql.NodeRow;

/** The columns of an actor that its GraphQL type shows. */
record ActorRow(Audit audit, String slug, ActorKind kind, String name, String description,
        OrganizationType organizationType, Long countryId) implements NodeRow {
}
