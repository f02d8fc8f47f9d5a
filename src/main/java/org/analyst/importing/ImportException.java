package org.analyst.importing;

import java.util.List;

/** An import document that cannot be loaded; nothing of it was written. */
public class ImportException extends RuntimeException {

    private final List<String> problems;

    public ImportException(List<String> problems) {
        super("The import document has " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
