package org.analyst.graphql;

import java.util.List;

/**
 * Thrown inside a mutation's transaction when its input is at fault: the transaction rolls back
 * and the mutation answers with these user errors.
 */
public class RejectedException extends RuntimeException {

    private final List<UserError> errors;

    public RejectedException(List<UserError> errors) {
        super(errors.toString(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public static RejectedException of(ErrorCode code, String message, String... field) {
        return new RejectedException(List.of(new UserError(List.of(field), message, code)));
    }

    public List<UserError> errors() {
        return errors;
    }
}
