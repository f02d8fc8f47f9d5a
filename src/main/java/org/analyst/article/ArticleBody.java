package org.analyst.article;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The plain-text body of an article, the text every attestation's offsets point into: the
 * paragraphs of all sections in order, each trimmed and with no-break spaces made plain, joined
 * by a blank line.
 */
public final class ArticleBody {

    public static final String PARAGRAPH_BREAK = "\n\n";
    private static final Pattern WORD = Pattern.compile("\\S+");

    private ArticleBody() {
    }

    public static String normalizeParagraph(String paragraph) {
        return paragraph.replace('\u00A0', ' ').strip();
    }

    public static String of(List<SectionEntity> sections) {
        return String.join(PARAGRAPH_BREAK, sections.stream().flatMap(section -> section.paragraphs.stream()).toList());
    }

    public static int wordCount(String body) {
        return (int) WORD.matcher(body).results().count();
    }
}
