package org.analyst.actor;

public enum NameType {
    ALIAS, ABBREVIATION, METONYM, FORMER, MISSPELLING, TRANSLITERATION
}
