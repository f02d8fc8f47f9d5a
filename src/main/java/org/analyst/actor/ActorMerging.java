package org.analyst.actor;

/**
 * Fired inside the transaction of an actor merge, before the source goes: every feature moves
 * its references from the source to the target.
 */
public record ActorMerging(long sourceId, long targetId, String mergedBy) {
}
