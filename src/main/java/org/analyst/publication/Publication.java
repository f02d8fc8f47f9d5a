package org.analyst.publication;

import org.analyst.graphql.GlobalId;
import org.analyst.graphql.Node;
import org.analyst.graphql.Siblings;
import org.analyst.time.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A periodical, paper series, book or outside analysis.")
public class Publication implements Node {

    public static final String TYPE = "Publication";

    @Ignore
    private final PublicationEntity entity;
    @Ignore
    private final Siblings siblings;

    Publication(PublicationEntity entity, Siblings siblings) {
        this.entity = entity;
        this.siblings = siblings;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return GlobalId.encode(TYPE, entity.id);
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

    @Description("Optimistic-locking version.")
    public int getVersion() {
        return entity.version;
    }

    public long key() {
        return entity.id;
    }

    public Siblings siblings() {
        return siblings;
    }

    Long seriesKey() {
        return entity.seriesId;
    }

    Long outletKey() {
        return entity.outletId;
    }
}
