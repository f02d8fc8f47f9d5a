package org.analyst.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A passage of an article that reports a statement: body.substring(start, end) == excerpt. */
@Embeddable
public class AttestationEntity {

    public Long articleId;

    @Enumerated(EnumType.STRING)
    public AttestationForm form;

    public String excerpt;

    @Column(name = "start_offset")
    public int start;

    @Column(name = "end_offset")
    public int end;
}
