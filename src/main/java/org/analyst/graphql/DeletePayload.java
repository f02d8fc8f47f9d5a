package org.analyst.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;

public class DeletePayload extends Payload {

    @Ignore
    private final String deleted;

    public DeletePayload(String deleted, List<UserError> errors) {
        super(errors);
        this.deleted = deleted;
    }

    @Id
    @Description("The id of what was deleted; null when nothing was.")
    public String getDeletedId() {
        return deleted;
    }
}
