package org.analyst.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What makes a partial date's bounds fit its precision; the same rules for editors' input and
 * for imported data.
 */
public final class DateConsistency {

    /** What is wrong, and which part of the date ("earliest" or "precision") is at fault. */
    public record Problem(String field, String message) {
    }

    private DateConsistency() {
    }

    /** The first problem of these bounds at this precision, or null when they fit. */
    public static Problem check(DatePrecision precision, LocalDate earliest, LocalDate latest) {
        if (earliest != null && latest != null && earliest.isAfter(latest)) {
            return new Problem("earliest", "earliest must not be after latest");
        }
        String message = switch (precision) {
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
        return message == null ? null : new Problem("precision", message);
    }
}
