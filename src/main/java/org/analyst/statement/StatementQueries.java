package org.analyst.statement;

import jakarta.inject.Inject;

import org.analyst.graphql.GlobalId;
import org.analyst.graphql.PageArgs;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class StatementQueries {

    @Inject
    StatementService statements;

    @Query
    @Description("One statement by id; null when there is none or no article you may see reports it.")
    public Statement statement(@Description("Its global id.") @NonNull @Id String id) {
        GlobalId decoded = GlobalId.decode(id);
        return decoded.type().equals(Statement.TYPE) ? statements.byKey(decoded.key()) : null;
    }

    @Query
    @Description("Statements, newest first unless ordered otherwise, filtered: \"every hostile statement about Kazakhstan by Russian actors in 2022\".")
    public @NonNull StatementConnection statements(@Description("Which statements; all when absent.") StatementFilter filter,
            @Description("Default: DATE_DESC.") StatementOrder orderBy,
            @Description(PageArgs.FIRST) Integer first,
            @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last,
            @Description(PageArgs.BEFORE) String before) {
        return statements.connection(filter, orderBy, new PageArgs(first, after, last, before));
    }
}
