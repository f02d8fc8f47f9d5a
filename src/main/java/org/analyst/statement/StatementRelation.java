package org.analyst.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How this statement relates to another: this one is PART_OF, TRIGGERED_BY … the other.")
public class StatementRelation {

    private final RelationType type;
    private final Statement statement;

    StatementRelation(RelationType type, Statement statement) {
        this.type = type;
        this.statement = statement;
    }

    @NonNull
    public RelationType getType() {
        return type;
    }

    @NonNull
    @Description("The other statement.")
    public Statement getStatement() {
        return statement;
    }
}
