package org.analyst.actor;

import java.util.function.Supplier;

import org.analyst.time.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An office an actor held, over time.")
public class Position {

    private final String title;
    @Ignore
    private final Supplier<Actor> organizationReference;
    private final PartialDate start;
    private final PartialDate end;
    private final boolean current;

    Position(String title, Supplier<Actor> organization, PartialDate start, PartialDate end, boolean current) {
        this.title = title;
        this.organizationReference = organization;
        this.start = start;
        this.end = end;
        this.current = current;
    }

    @NonNull
    @Description("\"President\", \"Deputy Head of the Security Council\"")
    public String getTitle() {
        return title;
    }

    public PartialDate getStart() {
        return start;
    }

    public PartialDate getEnd() {
        return end;
    }

    @Description("Whether the actor holds the office now.")
    public boolean isCurrent() {
        return current;
    }

    @Description("The organisation the office belongs to.")
    public Actor getOrganization() {
        return organizationReference.get();
    }
}
