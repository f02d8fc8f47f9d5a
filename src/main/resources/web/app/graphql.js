// The one way the desk talks to the API: a named operation (one .graphql file each, in
// ./operations) POSTed to /graphql, with the editor's token when one is signed in.
import { token } from './session.js';

export class GraphQLError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join('; '));
    this.errors = errors;
    this.code = errors[0]?.extensions?.code;
  }
}

export async function request(operation, variables = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  if (token()) headers.Authorization = `Bearer ${token()}`;
  const response = await fetch('/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: operation, operationName: operationName(operation), variables }),
  });
  const body = await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }));
  if (body.errors?.length) throw new GraphQLError(body.errors);
  return body.data;
}

export function operationName(operation) {
  return /^\s*(?:query|mutation|subscription)\s+(\w+)/m.exec(operation)?.[1];
}
