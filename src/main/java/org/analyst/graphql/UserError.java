package org.analyst.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A mistake in a mutation's input: where it is, what is wrong, and a code to act on.")
public class UserError {

    private final List<String> field;
    private final String message;
    private final ErrorCode code;

    public UserError(List<String> field, String message, ErrorCode code) {
        this.field = field == null ? null : List.copyOf(field);
        this.message = message;
        this.code = code;
    }

    @Description("The path into the input: [\"input\", \"sections\", \"0\", \"heading\"]; null when the input as a whole is at fault.")
    public List<@NonNull String> getField() {
        return field;
    }

    public @NonNull String getMessage() {
        return message;
    }

    public @NonNull ErrorCode getCode() {
        return code;
    }

    @Override
    public String toString() {
        return code + " " + field + ": " + message;
    }
}
