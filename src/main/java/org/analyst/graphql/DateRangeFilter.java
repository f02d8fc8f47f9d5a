package org.analyst.graphql;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Selects rows whose partial date overlaps [from, to]. An open bound of the date ("before
 * 2023") reaches as far as it may; a date with no bound at all tells nothing and never matches.
 * A missing bound of a daterange is open, exactly as a missing bound of the partial date.
 */
public final class DateRangeFilter {

    private DateRangeFilter() {
    }

    /**
     * Adds the overlap conditions on the columns {@code <prefix>_earliest} and {@code <prefix>_latest}.
     *
     * @param sortDate the table's first possible day, {@code coalesce(<prefix>_earliest, '0001-01-01')},
     *        which leads its date order's index
     */
    public static void overlapping(SqlConditions where, String prefix, String sortDate, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return;
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadUserInputException("from (" + from + ") must not be after to (" + to + ")");
        }
        where.and("(" + prefix + "_earliest is not null or " + prefix + "_latest is not null)");
        // The same range expression as the GiST index on the table, so that the overlap reads the index.
        String filterRange = "daterange(" + (from == null ? "null" : "cast(? as date)") + ", "
                + (to == null ? "null" : "cast(? as date)") + ", '[]')";
        where.and("daterange(" + prefix + "_earliest, " + prefix + "_latest, '[]') && " + filterRange,
                Stream.of(from, to).filter(Objects::nonNull).toArray());
        if (to != null) {
            // Implied by the overlap, and on the index column: a newest-first page starts its walk
            // at `to` instead of filtering its way down from the newest row.
            where.and(sortDate + " <= ?", to);
        }
    }
}
