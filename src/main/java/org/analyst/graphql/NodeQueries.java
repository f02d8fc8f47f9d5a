package org.analyst.graphql;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class NodeQueries {

    private final Map<String, NodeService<?, ?>> services;

    @Inject
    public NodeQueries(Instance<NodeService<?, ?>> services) {
        this.services = services.stream().collect(Collectors.toMap(NodeService::type, Function.identity()));
    }

    @Query
    @Description("Any object by its global id; null when there is none.")
    public Node node(@Description("A global id of any type.") @NonNull @Id String id) {
        GlobalId decoded = GlobalId.decode(id);
        NodeService<?, ?> service = services.get(decoded.type());
        return service == null ? null : service.byKey(decoded.key());
    }
}
