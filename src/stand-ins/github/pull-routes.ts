import { HttpError, validationFailed } from './http-errors.js';
import { sameName, splitHead, touch, union } from './names.js';
import { paginate } from './pagination.js';
import { pullJson } from './pull-shape.js';
import type { IssueRecord } from './records.js';
import {
  fields,
  isBoolean,
  isIssueState,
  isNullableString,
  isString,
  isStringArray,
  read,
} from './request-body.js';
import {
  applyTextEdits,
  findPull,
  ok,
  setState,
  type RouteContext,
  type RouteResult,
} from './route-context.js';

export function getPull(context: RouteContext): RouteResult {
  return ok(pullJson(context, findPull(context)));
}

export function listPulls(context: RouteContext): RouteResult {
  const { query, state } = context;
  const wanted = query.get('state') ?? 'open';
  const head = parseHeadFilter(query.get('head'));
  const base = query.get('base');
  const pulls = [...state.issues.values()]
    .filter((issue) => issue.pull && (wanted === 'all' || issue.state === wanted))
    .filter((issue) => !head || sameHead(issue, head.owner, head.ref))
    .filter((issue) => !base || issue.pull?.base.ref === base)
    .sort((a, b) => (query.get('direction') === 'asc' ? a.number - b.number : b.number - a.number));
  return paginate(
    context,
    pulls.map((issue) => pullJson(context, issue, { simple: true })),
  );
}

// GitHub silently ignores a head filter without the `owner:` prefix and returns every PR.
function parseHeadFilter(head: string | null): { owner: string; ref: string } | undefined {
  if (!head?.includes(':')) return undefined;
  const [owner, ref] = splitHead(head, '');
  return { owner, ref };
}

function sameHead(issue: IssueRecord, owner: string, ref: string): boolean {
  return (
    issue.pull !== undefined &&
    sameName(issue.pull.head.owner, owner) &&
    issue.pull.head.ref === ref
  );
}

export function createPull(context: RouteContext): RouteResult {
  const { state } = context;
  const body = fields(context.body);
  if (body.issue !== undefined) {
    const violation =
      'pulls/create: converting an issue (`issue`) is not implemented by FakeGitHub';
    throw new HttpError(501, { message: 'Not implemented by FakeGitHub' }, violation);
  }
  const head = read(body, 'head', isString) ?? '';
  const base = read(body, 'base', isString) ?? '';
  const title = read(body, 'title', isString);
  if (!title)
    throw validationFailed({ resource: 'PullRequest', field: 'title', code: 'missing_field' });
  const [owner, ref] = splitHead(head, state.owner);
  if (sameName(owner, state.owner) && ref === base) {
    throw validationFailed({
      resource: 'PullRequest',
      code: 'custom',
      message: `No commits between ${base} and ${ref}`,
    });
  }
  const duplicate = [...state.issues.values()].some(
    (issue) => issue.state === 'open' && sameHead(issue, owner, ref),
  );
  if (duplicate) {
    throw validationFailed({
      resource: 'PullRequest',
      code: 'custom',
      message: `A pull request already exists for ${owner}:${ref}.`,
    });
  }
  const pull = state.addPull({
    title,
    head,
    base,
    body: read(body, 'body', isNullableString),
    draft: read(body, 'draft', isBoolean),
  });
  return { status: 201, body: pullJson(context, pull) };
}

export function updatePull(context: RouteContext): RouteResult {
  const issue = findPull(context);
  const body = fields(context.body);
  applyTextEdits(issue, body);
  const state = read(body, 'state', isIssueState);
  if (state) setState(issue, state, null);
  const base = read(body, 'base', isString);
  if (base && issue.pull) issue.pull.base.ref = base;
  return ok(pullJson(context, touch(issue)));
}

export function requestReviewers(context: RouteContext): RouteResult {
  const issue = findPull(context);
  const body = fields(context.body);
  const reviewers = read(body, 'reviewers', isStringArray) ?? [];
  const teams = read(body, 'team_reviewers', isStringArray) ?? [];
  if (reviewers.some((login) => sameName(login, issue.user.login))) {
    throw validationFailed({ message: 'Review cannot be requested from pull request author.' });
  }
  if (reviewers.some((login) => context.state.permissionOf(login) === 'none')) {
    const { owner, repo } = context.state;
    const message = `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${owner}/${repo} repository.`;
    throw validationFailed({ message });
  }
  const pull = issue.pull;
  if (pull) {
    pull.requested_reviewers = union(pull.requested_reviewers, reviewers);
    pull.requested_teams = union(pull.requested_teams, teams);
  }
  return { status: 201, body: pullJson(context, touch(issue)) };
}
