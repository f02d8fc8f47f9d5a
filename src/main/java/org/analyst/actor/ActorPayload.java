package org.analyst.actor;

import java.util.List;

import org.analyst.graphql.Payload;
import org.analyst.graphql.UserError;
import org.eclipse.microprofile.graphql.Ignore;

public class ActorPayload extends Payload {

    @Ignore
    private final Actor written;

    ActorPayload(Actor written, List<UserError> errors) {
        super(errors);
        this.written = written;
    }

    public Actor getActor() {
        return written;
    }
}
