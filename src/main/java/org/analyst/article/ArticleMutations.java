package org.analyst.article;

import jakarta.inject.Inject;

import org.analyst.graphql.DeletePayload;
import org.analyst.graphql.Payload;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class ArticleMutations {

    private static final String ID = "The article's global id.";
    private static final String VERSION = "The version you edited: the change applies only if it is still current.";

    @Inject
    ArticleEditing editing;

    @Mutation
    @Description("Creates a draft article. Needs the editor role.")
    public @NonNull ArticlePayload articleCreate(@NonNull @Description("The article's content.") ArticleInput input) {
        return Payload.attempt(() -> editing.create(input), ArticlePayload::new);
    }

    @Mutation
    @Description("Changes an article; attestations follow its text, or the change is refused. Needs the editor role.")
    public @NonNull ArticlePayload articleUpdate(@NonNull @Id @Description(ID) String id,
            @NonNull @Description("The fields to change; those left out keep their value.") ArticleInput input,
            @Description(VERSION) int expectedVersion) {
        return Payload.attempt(() -> editing.update(id, input, expectedVersion), ArticlePayload::new);
    }

    @Mutation
    @Description("Publishes an article: readers see it from now on. Needs the editor role.")
    public @NonNull ArticlePayload articlePublish(@NonNull @Id @Description(ID) String id,
            @Description(VERSION) int expectedVersion) {
        return Payload.attempt(() -> editing.publish(id, expectedVersion), ArticlePayload::new);
    }

    @Mutation
    @Description("Withdraws a published article from readers. Needs the editor role.")
    public @NonNull ArticlePayload articleWithdraw(@NonNull @Id @Description(ID) String id,
            @Description(VERSION) int expectedVersion) {
        return Payload.attempt(() -> editing.withdraw(id, expectedVersion), ArticlePayload::new);
    }

    @Mutation
    @Description("Deletes an article and its attestations; statements it alone reported go too. Needs the admin role.")
    public @NonNull DeletePayload articleDelete(@NonNull @Id @Description(ID) String id) {
        return Payload.attempt(() -> editing.delete(id), DeletePayload::new);
    }

    @Mutation
    @Description("Counts one read of a published article. Public; exact under concurrency.")
    public @NonNull ReadCountPayload articleRecordView(@NonNull @Id @Description(ID) String id) {
        return Payload.attempt(() -> editing.recordView(id), ReadCountPayload::new);
    }
}
