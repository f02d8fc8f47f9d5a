package org.analyst.importing;

import java.util.List;

/** An import document that cannot be loaded; nothing of it was written. */
public class ImportException extends RuntimeException {

    private final List<ImportProblem> found;

    public ImportException(List<ImportProblem> found) {
        super("The import document has " + found.size() + " problem(s):\n  "
                + String.join("\n  ", found.stream().map(ImportProblem::toString).toList()), null, false, false);
        this.found = List.copyOf(found);
    }

    /** Every problem, each as its path and message: {@code statements[7].date: is required}. */
    public List<String> problems() {
        return found.stream().map(ImportProblem::toString).toList();
    }

    /** Every problem, with its path, message and code. */
    public List<ImportProblem> found() {
        return found;
    }
}
