package org.analyst.publication;

/**
 * Fired inside the transaction that deletes a publication, before the row goes: a feature that
 * still references it refuses with IN_USE.
 */
public record PublicationDeleting(long publicationId) {
}
