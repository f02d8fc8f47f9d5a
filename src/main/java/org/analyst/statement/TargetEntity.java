package org.analyst.statement;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Whom a statement is about or addressed to, with what stance; stored in order with the statement. */
@Embeddable
public class TargetEntity {

    public Long actorId;

    @Enumerated(EnumType.STRING)
    public TargetRole role;

    @Enumerated(EnumType.STRING)
    public Stance stance;

    /** Explicit unless the input says otherwise, for editors and imports alike. */
    @Enumerated(EnumType.STRING)
    public Explicitness explicitness = Explicitness.EXPLICIT;

    public Long interpretedById;
}
