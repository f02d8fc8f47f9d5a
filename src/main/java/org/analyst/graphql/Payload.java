package org.analyst.graphql;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** What every mutation answers: its result, or the mistakes that kept it from changing anything. */
public abstract class Payload {

    @Ignore
    private final List<UserError> errors;

    protected Payload(List<UserError> errors) {
        this.errors = List.copyOf(errors);
    }

    /** The payload of a write, or of the user errors that rejected it (and rolled it back). */
    public static <T, P extends Payload> P attempt(Supplier<T> write, BiFunction<T, List<UserError>, P> payload) {
        try {
            return payload.apply(write.get(), List.of());
        } catch (RejectedException rejected) {
            return payload.apply(null, rejected.errors());
        }
    }

    @Description("Why nothing changed; empty when the mutation succeeded.")
    public @NonNull List<@NonNull UserError> getUserErrors() {
        return errors;
    }
}
