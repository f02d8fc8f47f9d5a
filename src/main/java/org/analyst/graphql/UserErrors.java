package org.analyst.graphql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

/**
 * Collects the mistakes found in what one write was given, each with its path: for a mutation
 * from the argument name down ({@code input.sections[0].heading} becomes ["input", "sections",
 * "0", "heading"]), for an import document from the record down (["statements", "7", "date"]).
 */
public final class UserErrors {

    private final List<UserError> errors = new ArrayList<>();

    public UserErrors add(ErrorCode code, String message, Object... path) {
        errors.add(new UserError(Arrays.stream(path).map(String::valueOf).toList(), message, code));
        return this;
    }

    /** Bean Validation's findings on an argument, as INVALID errors, in a stable order. */
    public <T> UserErrors addViolations(String argument, Set<ConstraintViolation<T>> violations) {
        return addViolations(violations, argument);
    }

    /** Bean Validation's findings on a value at this path, as INVALID errors, in a stable order. */
    public <T> UserErrors addViolations(Set<ConstraintViolation<T>> violations, Object... at) {
        violations.stream()
                .map(violation -> new UserError(path(at, violation.getPropertyPath()), violation.getMessage(),
                        ErrorCode.INVALID))
                .sorted(Comparator.comparing(error -> String.join(".", error.getField())))
                .forEach(errors::add);
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Ends the mutation with the errors found so far, if any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new RejectedException(errors);
        }
    }

    /** The errors found so far. */
    public List<UserError> list() {
        return List.copyOf(errors);
    }

    private static List<String> path(Object[] at, Path propertyPath) {
        List<String> path = new ArrayList<>(Arrays.stream(at).map(String::valueOf).toList());
        for (Path.Node node : propertyPath) {
            if (node.isInIterable() && node.getIndex() != null) {
                path.add(String.valueOf(node.getIndex()));
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                path.add(node.getName());
            }
        }
        return path;
    }
}
