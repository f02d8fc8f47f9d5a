package org.analyst.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Interface
@Name("Node")
@Description("Every major object has a global, opaque id that node(id:) resolves.")
public interface Node {

    @Id
    @NonNull
    String getId();
}
