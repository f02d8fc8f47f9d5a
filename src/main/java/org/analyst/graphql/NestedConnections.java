package org.analyst.graphql;

import java.util.Map;
import java.util.function.BiFunction;

import graphql.schema.FieldCoordinates;

/**
 * The connection fields a feature adds to other features' types (an article's statements, an
 * actor's articles), each also given as a function of its parent node and paging arguments.
 * {@link ExecutedSchema} calls that function when a request passes no filter: SmallRye's data
 * fetcher would first fill its per-field context (the selection below the field, written out as
 * JSON twice) for every parent, a sixth of a front page's CPU with twenty articles
 * (bench/results/NOTES.md). With a filter, SmallRye's fetcher converts it as usual.
 */
public interface NestedConnections {

    /** The page of each field for one parent, by the field's coordinates. */
    Map<FieldCoordinates, BiFunction<Object, PageArgs, Object>> pages();
}
