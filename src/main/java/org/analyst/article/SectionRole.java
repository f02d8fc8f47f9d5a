package org.analyst.article;

public enum SectionRole {
    LEDE, BACKGROUND, IMPLICATIONS, CONCLUSIONS, BODY, AUTHOR_BIO
}
