package org.analyst.actor;

import jakarta.inject.Inject;

import org.analyst.graphql.DeletePayload;
import org.analyst.graphql.Payload;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class ActorMutations {

    @Inject
    ActorEditing editing;

    @Mutation
    @Description("Creates an actor. Needs the editor role.")
    public @NonNull ActorPayload actorCreate(@NonNull @Description("The actor's content.") ActorInput input) {
        return Payload.attempt(() -> editing.create(input), ActorPayload::new);
    }

    @Mutation
    @Description("Changes an actor. Needs the editor role.")
    public @NonNull ActorPayload actorUpdate(@NonNull @Id @Description("The actor's global id.") String id,
            @NonNull @Description("The fields to change; those left out keep their value.") ActorInput input,
            @Description("The version you edited: the change applies only if it is still current.") int expectedVersion) {
        return Payload.attempt(() -> editing.update(id, input, expectedVersion), ActorPayload::new);
    }

    @Mutation
    @Description("Merges a duplicate into the actor it duplicates: everything pointing at the source moves to the"
            + " target, the source's names become aliases, and the source is deleted. Needs the admin role.")
    public @NonNull ActorPayload actorMerge(@NonNull @Id @Description("The duplicate, which goes.") String sourceId,
            @NonNull @Id @Description("The actor that stays.") String targetId) {
        return Payload.attempt(() -> editing.merge(sourceId, targetId), ActorPayload::new);
    }

    @Mutation
    @Description("Deletes an actor nothing references (IN_USE otherwise). Needs the admin role.")
    public @NonNull DeletePayload actorDelete(@NonNull @Id @Description("The actor's global id.") String id) {
        return Payload.attempt(() -> editing.delete(id), DeletePayload::new);
    }
}
