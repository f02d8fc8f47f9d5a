// GraphiQL as Analyst's console: the API's endpoint (POST and, for subscriptions, WebSocket at
// /graphql), a headers tab for an editor's token, the editor's text kept in the address so a
// query can be shared, and an example over the sample data to start from.
const EXAMPLE = `# Welcome to the Analyst console.
# Run this query with the ▶ button (or Ctrl-Enter): every
# hostile statement about Kazakhstan made in 2022, who made
# it, and the passage that reports it. Docs (top left) lists
# every type and field.
#
# Editors: put {"Authorization": "Bearer <token>"} in the
# Headers tab to run mutations (src/dev/mint-token.sh).
query HostileStatementsAboutKazakhstan {
  actor(slug: "kazakhstan") {
    name
    statementsAbout(filter: {stances: [HOSTILE], from: "2022-01-01", to: "2022-12-31"}) {
      totalCount
      nodes {
        summary
        date { text }
        speaker { name }
        attestations { excerpt article { title } }
      }
    }
  }
}
`;

const parameters = Object.fromEntries(new URLSearchParams(location.search));
const keep = (key) => (value) => {
  parameters[key] = value;
  const search = new URLSearchParams(Object.entries(parameters).filter(([, v]) => v)).toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
};
const endpoint = `${location.host}/graphql`;

ReactDOM.render(
  React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({
      url: `${location.protocol}//${endpoint}`,
      subscriptionUrl: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${endpoint}`,
    }),
    query: parameters.query,
    variables: parameters.variables,
    headers: parameters.headers,
    operationName: parameters.operationName,
    defaultQuery: EXAMPLE,
    onEditQuery: keep('query'),
    onEditVariables: keep('variables'),
    onEditHeaders: keep('headers'),
    onEditOperationName: keep('operationName'),
    headerEditorEnabled: true,
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: true,
  }),
  document.getElementById('graphiql'),
);
