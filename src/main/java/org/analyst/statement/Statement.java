package org.analyst.statement;

import java.util.List;

import org.analyst.actor.Actor;
import org.analyst.graphql.EntityNode;
import org.analyst.graphql.Node;
import org.analyst.graphql.NodeBatch;
import org.analyst.time.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What an actor said or did, when, about whom, and where it is reported.")
// Names Node again: SmallRye reads the interfaces a GraphQL type declares itself, not inherited ones.
public class Statement extends EntityNode implements Node {

    public static final String TYPE = "Statement";

    @Ignore
    private final StatementRow row;
    @Ignore
    private final StatementService statements;

    Statement(StatementRow row, NodeBatch batch, StatementService statements) {
        super(TYPE, row.audit(), batch);
        this.row = row;
        this.statements = statements;
    }

    @NonNull
    public StatementKind getKind() {
        return row.kind();
    }

    @NonNull
    public StatementMode getMode() {
        return row.mode();
    }

    @NonNull
    @Description("An editorial one-liner, never presented as a quote.")
    public String getSummary() {
        return row.summary();
    }

    @Description("The verbatim words, when the source quotes them.")
    public String getQuote() {
        return row.quote();
    }

    @NonNull
    public PartialDate getDate() {
        return row.date();
    }

    @NonNull
    public Medium getMedium() {
        return row.medium();
    }

    @Description("\"St Petersburg International Economic Forum\"")
    public String getVenue() {
        return row.venue();
    }

    @NonNull
    public Attribution getAttribution() {
        return row.attribution();
    }

    @NonNull
    public StatementStatus getStatus() {
        return row.status();
    }

    public String getSourceUrl() {
        return row.sourceUrl();
    }

    @NonNull
    @Description("Who said or did it.")
    public Actor getSpeaker() {
        return batch().referenced("speaker", StatementRow::speakerId, row.speakerId(), statements::speakers);
    }

    @NonNull
    @Description("Whom it is about or addressed to.")
    public List<@NonNull StatementTarget> getTargets() {
        return batch().children("targets", key(), statements::targetsOf);
    }

    @NonNull
    @Description("Where and how articles report it; never empty.")
    public List<@NonNull Attestation> getAttestations() {
        return batch().children("attestations", key(), statements::attestationsOf);
    }

    @NonNull
    @Description("How it relates to other statements.")
    public List<@NonNull StatementRelation> getRelations() {
        return batch().children("relations", key(), statements::relationsOf);
    }
}
