package org.analyst.graphql;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How a partial date is stored, for the statements that read one ({@link Row#partialDate}): five
 * columns whose names start with the same prefix, {@code <prefix>_text, _precision, _earliest,
 * _latest, _year_inferred}.
 */
public final class PartialDateColumns {

    /** In the order {@link Row#partialDate} reads them. */
    static final List<String> SUFFIXES = List.of("_text", "_precision", "_earliest", "_latest", "_year_inferred");

    private PartialDateColumns() {
    }

    /** The select list of the date whose columns start with this prefix: {@code s.date} selects s.date_text…, read as "date". */
    public static String of(String prefix) {
        return SUFFIXES.stream().map(suffix -> prefix + suffix).collect(Collectors.joining(", "));
    }
}
