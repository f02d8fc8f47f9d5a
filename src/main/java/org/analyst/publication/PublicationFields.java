package org.analyst.publication;

import java.util.List;

import jakarta.inject.Inject;

import org.analyst.actor.Actor;
import org.analyst.actor.ActorService;
import org.analyst.graphql.Batch;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The relations of publications and contributions, each loaded for a whole batch at once. */
@GraphQLApi
public class PublicationFields {

    @Inject
    PublicationService publications;

    @Inject
    ActorService actors;

    @Description("Authors, editors and others, in credit order.")
    public List<@NonNull List<@NonNull Contribution>> contributors(@Source List<Publication> sources) {
        return publications.contributionsOf(sources);
    }

    @Description("The series the publication belongs to: \"Silk Road Papers\".")
    public List<Publication> series(@Source List<Publication> sources) {
        return Batch.related(sources, Publication::seriesKey, publications::byKeys);
    }

    @Description("Where an outside analysis appeared: Civil Georgia.")
    public List<Actor> outlet(@Source List<Publication> sources) {
        return Batch.related(sources, Publication::outletKey, actors::byKeys);
    }

    @Description("Who published it, in imprint order.")
    public List<@NonNull List<@NonNull Actor>> publishers(@Source List<Publication> sources) {
        return actors.referencedByAll(publications.publisherKeysOf(sources));
    }

    @Description("The contributor.")
    public List<@NonNull Actor> actor(@Source List<Contribution> sources) {
        return Batch.related(sources, Contribution::actorKey, actors::byKeys);
    }
}
