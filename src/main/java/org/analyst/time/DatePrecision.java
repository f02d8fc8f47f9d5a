package org.analyst.time;

public enum DatePrecision {
    DAY, PART_OF_MONTH, MONTH, YEAR, RANGE, UNKNOWN
}
