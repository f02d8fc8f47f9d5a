package org.analyst.publication;

import jakarta.inject.Inject;

import org.analyst.graphql.DeletePayload;
import org.analyst.graphql.Payload;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class PublicationMutations {

    @Inject
    PublicationEditing editing;

    @Mutation
    @Description("Creates a publication. Needs the editor role.")
    public @NonNull PublicationPayload publicationCreate(@NonNull @Description("The publication.") PublicationInput input) {
        return Payload.attempt(() -> editing.create(input), PublicationPayload::new);
    }

    @Mutation
    @Description("Changes a publication. Needs the editor role.")
    public @NonNull PublicationPayload publicationUpdate(@NonNull @Id @Description("The publication's global id.") String id,
            @NonNull @Description("The fields to change; those left out keep their value.") PublicationInput input,
            @Description("The version you edited: the change applies only if it is still current.") int expectedVersion) {
        return Payload.attempt(() -> editing.update(id, input, expectedVersion), PublicationPayload::new);
    }

    @Mutation
    @Description("Deletes a publication nothing references (IN_USE otherwise). Needs the admin role.")
    public @NonNull DeletePayload publicationDelete(@NonNull @Id @Description("The publication's global id.") String id) {
        return Payload.attempt(() -> editing.delete(id), DeletePayload::new);
    }
}
