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
    private final PublicationEntity entity;

    Publication(PublicationEntity entity, Siblings siblings) {
        super(TYPE, entity, siblings);
        this.entity = entity;
    }

    @NonNull
    public String getSlug() {
        return entity.slug;
    }

    @NonNull
    public PublicationKind getKind() {
        return entity.kind;
    }

    @NonNull
    public String getTitle() {
        return entity.title;
    }

    public PartialDate getDate() {
        return entity.date;
    }

    public String getUrl() {
        return entity.url;
    }

    public String getDescription() {
        return entity.description;
    }

    @Description("Whether the publication is by the publisher's own staff.")
    public boolean isStaffPublication() {
        return entity.staffPublication;
    }

    Long seriesKey() {
        return entity.seriesId;
    }

    Long outletKey() {
        return entity.outletId;
    }
}
