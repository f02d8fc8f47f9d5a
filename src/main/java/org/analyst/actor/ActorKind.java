package org.analyst.actor;

public enum ActorKind {
    PERSON, STATE, ORGANIZATION, GROUP
}
