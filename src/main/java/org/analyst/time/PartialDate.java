package org.analyst.time;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A date as precise as the source allows. Stored as five columns named {@code <prefix>_text,
 * _precision, _earliest, _latest, _year_inferred}; exposed as is, since the value object is the
 * domain's own shape.
 */
@Embeddable
@Description("A date as precise as the source allows: 'late April' is PART_OF_MONTH with bounds.")
public class PartialDate {

    @NonNull
    @Description("As written or as displayed: \"late April 2022\".")
    public String text;

    @NonNull
    @Enumerated(EnumType.STRING)
    public DatePrecision precision;

    @Description("The first day the event may have happened; null when unknown.")
    public LocalDate earliest;

    @Description("The last day the event may have happened; null when unknown.")
    public LocalDate latest;

    @Column(name = "year_inferred")
    @Description("True when the source did not state the year.")
    public boolean yearInferred;

    public PartialDate() {
    }

    public PartialDate(String text, DatePrecision precision, LocalDate earliest, LocalDate latest, boolean yearInferred) {
        this.text = text;
        this.precision = precision;
        this.earliest = earliest;
        this.latest = latest;
        this.yearInferred = yearInferred;
    }
}
