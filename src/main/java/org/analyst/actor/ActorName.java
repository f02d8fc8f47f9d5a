package org.analyst.actor;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Another name of an actor: "the Kremlin" (METONYM) for Russia. */
@Embeddable
@Description("Another name an actor is known by.")
public class ActorName {

    @NonNull
    public String name;

    @NonNull
    @Enumerated(EnumType.STRING)
    public NameType type;

    public ActorName() {
    }

    public ActorName(String name, NameType type) {
        this.name = name;
        this.type = type;
    }
}
