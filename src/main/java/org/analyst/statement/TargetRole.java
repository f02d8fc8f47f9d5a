package org.analyst.statement;

public enum TargetRole {
    ADDRESSEE, SUBJECT, BENEFICIARY, WARNED, THREATENED, REFUSED, AFFECTED
}
