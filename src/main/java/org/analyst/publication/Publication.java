package org.analyst.publication;

import org.analyst.graphql.EntityNode;
import org.analyst.graphql.Node;
import org.analyst.graphql.Siblings;
import org.analyst.time.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A periodical, paper series, book or outside analysis.")
// Names Node again: SmallRye reads the interfaces a GraphQL type declares itself, not inherited ones.
public class Publication extends EntityNode implements Node {

    public static final String TYPE = "Publication";

    @Ignore
    private final PublicationRow row;

    Publication(PublicationRow row, Siblings siblings) {
        super(TYPE, row.audit(), siblings);
        this.row = row;
    }

    @NonNull
    public String getSlug() {
        return row.slug();
    }

    @NonNull
    public PublicationKind getKind() {
        return row.kind();
    }

    @NonNull
    public String getTitle() {
        return row.title();
    }

    public PartialDate getDate() {
        return row.date();
    }

    public String getUrl() {
        return row.url();
    }

    public String getDescription() {
        return row.description();
    }

    @Description("Whether the publication is by the publisher's own staff.")
    public boolean isStaffPublication() {
        return row.staffPublication();
    }

    Long seriesKey() {
        return row.seriesId();
    }

    Long outletKey() {
        return row.outletId();
    }
}
