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
    public Statement statement(@NonNull @Id String id) {
        GlobalId decoded = GlobalId.decode(id);
        return decoded.type().equals(Statement.TYPE) ? statements.byKey(decoded.key()) : null;
    }

    @Query
    @Description("Statements, newest first unless ordered otherwise, filtered: \"every hostile statement about Kazakhstan by Russian actors in 2022\".")
    public @NonNull StatementConnection statements(StatementFilter filter,
            @Description("Default: DATE_DESC.") StatementOrder orderBy,
            @Description("Page forwards: at most this many (default 20, at most 100).") Integer first,
            @Description("Page forwards: start after this cursor.") String after,
            @Description("Page backwards: at most this many (at most 100).") Integer last,
            @Description("Page backwards: end before this cursor.") String before) {
        return statements.connection(filter, orderBy, new PageArgs(first, after, last, before));
    }
}
