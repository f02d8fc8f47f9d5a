package org.analyst.publication;

import java.util.List;

import org.analyst.graphql.Payload;
import org.analyst.graphql.UserError;
import org.eclipse.microprofile.graphql.Ignore;

public class PublicationPayload extends Payload {

    @Ignore
    private final Publication written;

    PublicationPayload(Publication written, List<UserError> errors) {
        super(errors);
        this.written = written;
    }

    public Publication getPublication() {
        return written;
    }
}
