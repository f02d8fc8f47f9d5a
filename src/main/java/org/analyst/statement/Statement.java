package org.analyst.statement;

import org.analyst.graphql.GlobalId;
import org.analyst.graphql.Node;
import org.analyst.graphql.Siblings;
import org.analyst.time.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What an actor said or did, when, about whom, and where it is reported.")
public class Statement implements Node {

    public static final String TYPE = "Statement";

    @Ignore
    private final StatementEntity entity;
    @Ignore
    private final Siblings siblings;

    Statement(StatementEntity entity, Siblings siblings) {
        this.entity = entity;
        this.siblings = siblings;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return GlobalId.encode(TYPE, entity.id);
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

    @Description("Optimistic-locking version.")
    public int getVersion() {
        return entity.version;
    }

    public long key() {
        return entity.id;
    }

    Siblings siblings() {
        return siblings;
    }

    Long speakerKey() {
        return entity.speakerId;
    }
}
