package org.analyst.article;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A section of an article, stored in order with it; its paragraphs are one text array. */
@Embeddable
public class SectionEntity {

    @Enumerated(EnumType.STRING)
    public SectionRole role;

    public String heading;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> paragraphs = new ArrayList<>();

    public SectionEntity() {
    }

    public SectionEntity(SectionRole role, String heading, List<String> paragraphs) {
        this.role = role;
        this.heading = heading;
        this.paragraphs = new ArrayList<>(paragraphs);
    }

    /** A section as stored, whoever wrote it: a blank heading is none, paragraphs as the body needs them. */
    public static SectionEntity normalized(SectionRole role, String heading, List<String> paragraphs) {
        return new SectionEntity(role, heading == null || heading.isBlank() ? null : heading.strip(),
                paragraphs == null ? List.of() : paragraphs.stream().map(ArticleBody::normalizeParagraph).toList());
    }
}
