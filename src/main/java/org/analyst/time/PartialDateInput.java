package org.analyst.time;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.analyst.graphql.UserErrorCode;
import org.analyst.graphql.UserErrors;
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

    /** Adds the inconsistencies of this date to the errors, at the given path. */
    public void check(UserErrors errors, Object... path) {
        if (precision == null) {
            return; // reported by Bean Validation
        }
        if (earliest != null && latest != null && earliest.isAfter(latest)) {
            errors.add(UserErrorCode.INVALID, "earliest must not be after latest", append(path, "earliest"));
            return;
        }
        String problem = switch (precision) {
            case DAY -> earliest == null || !earliest.equals(latest) ? "a DAY has earliest = latest" : null;
            case MONTH -> earliest == null || latest == null || earliest.getDayOfMonth() != 1
                    || !latest.equals(YearMonth.from(earliest).atEndOfMonth()) ? "a MONTH runs from its first to its last day" : null;
            case YEAR -> earliest == null || latest == null || earliest.getDayOfYear() != 1
                    || !latest.equals(earliest.withDayOfYear(earliest.lengthOfYear())) ? "a YEAR runs from 1 January to 31 December" : null;
            case PART_OF_MONTH -> earliest == null || latest == null
                    || !YearMonth.from(earliest).equals(YearMonth.from(latest)) ? "a PART_OF_MONTH lies within one month" : null;
            case RANGE -> earliest == null && latest == null ? "a RANGE needs at least one bound" : null;
            case UNKNOWN -> null;
        };
        if (problem != null) {
            errors.add(UserErrorCode.INVALID, problem, append(path, "precision"));
        }
    }

    public PartialDate toPartialDate() {
        return new PartialDate(text == null || text.isBlank() ? displayText() : text.strip(), precision, earliest, latest,
                Boolean.TRUE.equals(yearInferred));
    }

    private String displayText() {
        return switch (precision) {
            case DAY -> earliest.toString();
            case MONTH, PART_OF_MONTH -> YearMonth.from(earliest).toString();
            case YEAR -> String.valueOf(earliest.getYear());
            case RANGE, UNKNOWN -> (earliest == null ? "" : earliest.toString()) + ".."
                    + (latest == null ? "" : latest.toString());
        };
    }

    private static Object[] append(Object[] path, Object last) {
        Object[] longer = java.util.Arrays.copyOf(path, path.length + 1);
        longer[path.length] = last;
        return longer;
    }
}
