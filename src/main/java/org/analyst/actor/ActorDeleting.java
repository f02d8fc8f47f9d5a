package org.analyst.actor;

/**
 * Fired inside the transaction that deletes an actor, before the row goes: a feature that still
 * references the actor refuses with IN_USE.
 */
public record ActorDeleting(long actorId) {
}
