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

    /**
     * Where the passage stands in the body if it occurs there exactly once, else -1: a passage that
     * occurs twice could not follow the text when the text changes.
     */
    public static int onlyOccurrence(String body, String passage) {
        int start = body.indexOf(passage);
        return start >= 0 && body.indexOf(passage, start + 1) < 0 ? start : -1;
    }

    public static int wordCount(String body) {
        return (int) WORD.matcher(body).results().count();
    }
}
