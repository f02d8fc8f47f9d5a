package org.analyst.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ActorFilter")
@Description("Which actors to list. Filters combine with AND; the values of one list with OR; an empty list means any.")
public class ActorFilter {

    @Description("Only actors of these kinds.")
    public List<@NonNull ActorKind> kinds;

    @Description("A case-insensitive part of the actor's name or of any alias: \"kremlin\" finds Russia.")
    public String name;

    @Description("Only actors belonging to one of these states.")
    @Id
    public List<@NonNull String> countryIds;
}
