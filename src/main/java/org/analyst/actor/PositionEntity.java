package org.analyst.actor;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import org.analyst.time.PartialDate;
import org.hibernate.annotations.EmbeddedColumnNaming;

/** An office an actor held, stored in order with the actor. */
@Embeddable
public class PositionEntity {

    public String title;

    public Long organizationId;

    @Embedded
    @EmbeddedColumnNaming("start_%s")
    public PartialDate start;

    @Embedded
    @EmbeddedColumnNaming("end_%s")
    public PartialDate end;

    public boolean current;
}
