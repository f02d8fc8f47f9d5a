package org.analyst.publication;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Who contributed to a publication in which role, stored in credit order. */
@Embeddable
public class ContributionEntity {

    public Long actorId;

    @Enumerated(EnumType.STRING)
    public ContributorRole role;

    public ContributionEntity() {
    }

    public ContributionEntity(Long actorId, ContributorRole role) {
        this.actorId = actorId;
        this.role = role;
    }
}
