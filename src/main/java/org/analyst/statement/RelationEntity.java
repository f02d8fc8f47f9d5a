package org.analyst.statement;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How a statement relates to another: ST11 is PART_OF ST10. */
@Embeddable
public class RelationEntity {

    @Enumerated(EnumType.STRING)
    public RelationType type;

    public Long relatedStatementId;
}
