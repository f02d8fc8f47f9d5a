package org.analyst.analytics;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;

@Description("The length of a timeline's buckets: calendar weeks (from Monday), months, quarters or years.")
public enum TimeInterval {
    WEEK("week", "1 week"), MONTH("month", "1 month"), QUARTER("quarter", "3 months"), YEAR("year", "1 year");

    /** PostgreSQL's date_trunc field and interval literal: constants, written into the SQL. */
    final String field;
    final String step;

    TimeInterval(String field, String step) {
        this.field = field;
        this.step = step;
    }

    /** The last day of the bucket that starts on {@code start}. */
    LocalDate end(LocalDate start) {
        LocalDate next = switch (this) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
        return next.minusDays(1);
    }
}
