package org.analyst.statement;

import jakarta.inject.Inject;

import org.analyst.graphql.DeletePayload;
import org.analyst.graphql.Payload;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class StatementMutations {

    @Inject
    StatementEditing editing;

    @Mutation
    @Description("Records a statement with the passages that report it. Needs the editor role.")
    public @NonNull StatementPayload statementCreate(@NonNull @Description("The statement.") StatementInput input) {
        return Payload.attempt(() -> editing.create(input), StatementPayload::new);
    }

    @Mutation
    @Description("Changes a statement. Needs the editor role.")
    public @NonNull StatementPayload statementUpdate(@NonNull @Id @Description("The statement's global id.") String id,
            @NonNull @Description("The fields to change; those left out keep their value.") StatementInput input,
            @Description("The version you edited: the change applies only if it is still current.") int expectedVersion) {
        return Payload.attempt(() -> editing.update(id, input, expectedVersion), StatementPayload::new);
    }

    @Mutation
    @Description("Deletes a statement and other statements' relations to it. Needs the admin role.")
    public @NonNull DeletePayload statementDelete(@NonNull @Id @Description("The statement's global id.") String id) {
        return Payload.attempt(() -> editing.delete(id), DeletePayload::new);
    }
}
