import { HttpError } from './http-errors.js';
import type { OperationSpec } from '../openapi-matcher.js';
import type { RepoState } from './repo-state.js';
import { fields } from './request-body.js';
import type { RouteResult } from './route-context.js';

/** Pseudo operation id for POST /graphql, usable with failNext and requestsFor. */
export const GRAPHQL_OPERATION = 'graphql';

// The REST description has no entry for GraphQL, so it gets a hand-made one.
export const GRAPHQL_SPEC: OperationSpec = {
  method: 'POST',
  path: '/graphql',
  operationId: GRAPHQL_OPERATION,
  requiredBody: ['query'],
};

const READY_FOR_REVIEW =
  /markPullRequestReadyForReview\s*\(\s*input\s*:\s*(?:\{\s*pullRequestId\s*:\s*(?:"([^"]*)"|\$(\w+))\s*\}|\$(\w+))\s*\)/;

/** The one mutation the product sends; any other document is a violation. */
export function answerGraphql(state: RepoState, body: unknown): RouteResult {
  const { query, variables } = fields(body);
  const found = typeof query === 'string' ? READY_FOR_REVIEW.exec(query) : null;
  if (!found) {
    throw graphqlError(`unsupported GraphQL document: ${String(query).slice(0, 200)}`);
  }
  const [, literal, idVariable, inputVariable] = found;
  const vars = fields(variables);
  const id =
    literal ?? (idVariable ? vars[idVariable] : fields(vars[inputVariable ?? '']).pullRequestId);
  if (typeof id !== 'string') {
    throw graphqlError('markPullRequestReadyForReview called without a pullRequestId');
  }
  if (!state.markReadyForReview(id)) return graphqlNotFound(id);
  return {
    status: 200,
    body: { data: { markPullRequestReadyForReview: { pullRequest: { isDraft: false } } } },
  };
}

// GitHub answers GraphQL problems with 200 and an `errors` array, not an HTTP error status.
function graphqlError(violation: string): HttpError {
  return new HttpError(200, { errors: [{ message: violation }] }, violation);
}

function graphqlNotFound(id: string): RouteResult {
  const error = {
    type: 'NOT_FOUND',
    path: ['markPullRequestReadyForReview'],
    message: `Could not resolve to a node with the global id of '${id}'.`,
  };
  return { status: 200, body: { data: { markPullRequestReadyForReview: null }, errors: [error] } };
}
