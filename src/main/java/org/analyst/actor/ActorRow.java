package org.analyst.actor;

import org.analyst.graphql.Audit;
import org.analyst.graphql.NodeRow;
import org.analyst.graphql.Row;

/** The columns of an actor that its GraphQL type shows. */
record ActorRow(Audit audit, String slug, ActorKind kind, String name, String description,
        OrganizationType organizationType, Long countryId) implements NodeRow {

    static final String COLUMNS = Audit.columns("a") + ", a.slug, a.kind, a.name, a.description, a.organization_type, a.country_id";

    static ActorRow read(Row row) {
        return new ActorRow(row.audit(), row.text("slug"), row.constant("kind", ActorKind.class), row.text("name"),
                row.text("description"), row.constant("organization_type", OrganizationType.class),
                row.key("country_id"));
    }
}
