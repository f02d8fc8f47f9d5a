package org.analyst.publication;

public enum ContributorRole {
    AUTHOR, EDITOR, TRANSLATOR, CONTRIBUTOR
}
