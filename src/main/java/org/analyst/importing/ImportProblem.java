package org.analyst.importing;

import java.util.List;
import java.util.regex.Pattern;

import org.analyst.graphql.UserError;
import org.analyst.graphql.ErrorCode;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A problem of an import document at its path in the document: {@code statements[7].attestations[0].excerpt}.
 * The features' rules report problems as they do for mutations, at paths of the mutations' inputs
 * below the record; those name references by id where the document names them by slug
 * ({@code countryId} is {@code country}, {@code authorIds} is {@code authors}).
 */
@RegisterForReflection
public record ImportProblem(String path, String message, ErrorCode code) {

    private static final Pattern INDEX = Pattern.compile("\\d+");

    static ImportProblem of(UserError error) {
        return new ImportProblem(documentPath(error.getField()), error.getMessage(), error.getCode());
    }

    private static String documentPath(List<String> field) {
        StringBuilder path = new StringBuilder();
        for (String segment : field) {
            if (INDEX.matcher(segment).matches()) {
                path.append('[').append(segment).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(documentName(segment));
            }
        }
        return path.toString();
    }

    private static String documentName(String inputName) {
        if (inputName.endsWith("Ids")) {
            return inputName.substring(0, inputName.length() - "Ids".length()) + "s";
        }
        return inputName.endsWith("Id") ? inputName.substring(0, inputName.length() - "Id".length()) : inputName;
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
