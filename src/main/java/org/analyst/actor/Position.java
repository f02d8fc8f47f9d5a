package org.analyst.actor;

import org.analyst.time.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An office an actor held, over time.")
public class Position {

    private final String title;
    @Ignore
    private final Long organizationKey;
    private final PartialDate start;
    private final PartialDate end;
    private final boolean current;

    Position(String title, Long organizationKey, PartialDate start, PartialDate end, boolean current) {
        this.title = title;
        this.organizationKey = organizationKey;
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

    Long organizationKey() {
        return organizationKey;
    }
}
