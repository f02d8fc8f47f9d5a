package org.analyst.time;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PartialDateInput")
@Description("A date as precise as the source allows. DAY: earliest = latest; MONTH: the whole month; YEAR: the whole year; PART_OF_MONTH: within one month.")
public class PartialDateInput {

    @Size(max = 200)
    @Description("As written: \"late April 2022\"; derived from the bounds when absent.")
    public String text;

    @NonNull
    @NotNull
    public DatePrecision precision;

    public LocalDate earliest;

    public LocalDate latest;

    @Description("True when the source did not state the year (default false).")
    public Boolean yearInferred;

    /** What makes this date inconsistent, or null when nothing does. */
    public DateConsistency.Problem problem() {
        return precision == null ? null // reported by Bean Validation
                : DateConsistency.check(precision, earliest, latest);
    }

    public PartialDate toPartialDate() {
        return new PartialDate(text == null || text.isBlank() ? displayText() : text.strip(), precision, earliest, latest,
                Boolean.TRUE.equals(yearInferred));
    }

    private String displayText() {
        // Without its first day, only a range can be told (a date that check() refuses anyway).
        return switch (earliest == null ? DatePrecision.RANGE : precision) {
            case DAY -> earliest.toString();
            case MONTH, PART_OF_MONTH -> YearMonth.from(earliest).toString();
            case YEAR -> String.valueOf(earliest.getYear());
            case RANGE, UNKNOWN -> (earliest == null ? "" : earliest.toString()) + ".."
                    + (latest == null ? "" : latest.toString());
        };
    }
}
