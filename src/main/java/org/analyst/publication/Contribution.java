package org.analyst.publication;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Who contributed to a publication, in which role, in credit order.")
public class Contribution {

    @Ignore
    private final long actorKey;
    private final ContributorRole role;
    private final int position;

    Contribution(long actorKey, ContributorRole role, int position) {
        this.actorKey = actorKey;
        this.role = role;
        this.position = position;
    }

    @NonNull
    public ContributorRole getRole() {
        return role;
    }

    @Description("Place in the credits, from 0.")
    public int getPosition() {
        return position;
    }

    Long actorKey() {
        return actorKey;
    }
}
