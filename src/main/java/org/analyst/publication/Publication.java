package org.analyst.publication;

import java.util.List;

import org.analyst.actor.Actor;
import org.analyst.graphql.EntityNode;
import org.analyst.graphql.Node;
import org.analyst.graphql.NodeBatch;
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
    @Ignore
    private final PublicationService publications;

    Publication(PublicationRow row, NodeBatch batch, PublicationService publications) {
        super(TYPE, row.audit(), batch);
        this.row = row;
        this.publications = publications;
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

    @NonNull
    @Description("Authors, editors and others, in credit order.")
    public List<@NonNull Contribution> getContributors() {
        return batch().children("contributors", key(), publications::contributionsOf);
    }

    @Description("The series the publication belongs to: \"Silk Road Papers\".")
    public Publication getSeries() {
        return batch().referenced("series", PublicationRow::seriesId, row.seriesId(), publications::byKeys);
    }

    @Description("Where an outside analysis appeared: Civil Georgia.")
    public Actor getOutlet() {
        return batch().referenced("outlet", PublicationRow::outletId, row.outletId(), publications::outlets);
    }

    @NonNull
    @Description("Who published it, in imprint order.")
    public List<@NonNull Actor> getPublishers() {
        return batch().children("publishers", key(), publications::publishersOf);
    }
}
