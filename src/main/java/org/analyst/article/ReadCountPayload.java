package org.analyst.article;

import java.util.List;

import org.analyst.graphql.Payload;
import org.analyst.graphql.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

public class ReadCountPayload extends Payload {

    @Ignore
    private final Integer count;

    ReadCountPayload(Integer count, List<UserError> errors) {
        super(errors);
        this.count = count;
    }

    @Description("The read count after this view.")
    public Integer getReadCount() {
        return count;
    }
}
