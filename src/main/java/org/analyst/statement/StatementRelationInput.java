package org.analyst.statement;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("StatementRelationInput")
public class StatementRelationInput {

    @NonNull
    @NotNull
    public RelationType type;

    @NonNull
    @NotNull
    @Id
    public String statementId;
}
