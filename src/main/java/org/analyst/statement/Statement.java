package org.analyst.statement;

import org.analyst.graphql.EntityNode;
import org.analyst.graphql.Node;
import org.analyst.graphql.Siblings;
import org.analyst.time.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What an actor said or did, when, about whom, and where it is reported.")
// Names Node again: SmallRye reads the interfaces a GraphQL type declares itself, not inherited ones.
public class Statement extends EntityNode implements Node {

    public static final String TYPE = "Statement";

    @Ignore
    private final StatementEntity entity;

    Statement(StatementEntity entity, Siblings siblings) {
        super(TYPE, entity, siblings);
        this.entity = entity;
    }

    @NonNull
    public StatementKind getKind() {
        return entity.kind;
    }

    @NonNull
    public StatementMode getMode() {
        return entity.mode;
    }

    @NonNull
    @Description("An editorial one-liner, never presented as a quote.")
    public String getSummary() {
        return entity.summary;
    }

    @Description("The verbatim words, when the source quotes them.")
    public String getQuote() {
        return entity.quote;
    }

    @NonNull
    public PartialDate getDate() {
        return entity.date;
    }

    @NonNull
    public Medium getMedium() {
        return entity.medium;
    }

    @Description("\"St Petersburg International Economic Forum\"")
    public String getVenue() {
        return entity.venue;
    }

    @NonNull
    public Attribution getAttribution() {
        return entity.attribution;
    }

    @NonNull
    public StatementStatus getStatus() {
        return entity.status;
    }

    public String getSourceUrl() {
        return entity.sourceUrl;
    }

    Long speakerKey() {
        return entity.speakerId;
    }
}
