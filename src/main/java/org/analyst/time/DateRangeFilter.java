package org.analyst.time;

import java.time.LocalDate;

import org.analyst.graphql.BadUserInputException;
import org.analyst.graphql.SqlConditions;

/**
 * Selects rows whose partial date overlaps [from, to]. An open bound of the date ("before
 * 2023") reaches as far as it may; a date with no bound at all tells nothing and never matches.
 */
public final class DateRangeFilter {

    private DateRangeFilter() {
    }

    /** Adds the overlap conditions on the columns {@code <prefix>_earliest} and {@code <prefix>_latest}. */
    public static void overlapping(SqlConditions where, String prefix, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return;
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadUserInputException("from (" + from + ") must not be after to (" + to + ")");
        }
        where.and("(" + prefix + "_earliest is not null or " + prefix + "_latest is not null)");
        if (from != null) {
            where.and("(" + prefix + "_latest is null or " + prefix + "_latest >= ?)", from);
        }
        if (to != null) {
            where.and("(" + prefix + "_earliest is null or " + prefix + "_earliest <= ?)", to);
        }
    }
}
