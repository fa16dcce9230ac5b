import { DOCS, HttpError, invalid, notFound } from './http-errors.js';
import { sameName, timestamp, touch } from './names.js';
import { paginate } from './pagination.js';
import {
  fields,
  isIssueState,
  isNullableString,
  isString,
  isTitle,
  labelList,
  read,
} from './request-body.js';
import { commentJson, issueJson, labelJson, userJson } from './response-shapes.js';
import {
  applyTextEdits,
  findIssue,
  ok,
  setState,
  type RouteContext,
  type RouteResult,
} from './route-context.js';

export function getIssue(context: RouteContext): RouteResult {
  return ok(issueJson(context, findIssue(context)));
}

export function createIssue(context: RouteContext): RouteResult {
  const body = fields(context.body);
  const issue = context.state.addIssue({
    title: String(read(body, 'title', isTitle)),
    body: read(body, 'body', isNullableString),
    labels: labelList(body.labels),
  });
  return { status: 201, body: issueJson(context, issue) };
}

export function updateIssue(context: RouteContext): RouteResult {
  const issue = findIssue(context);
  const body = fields(context.body);
  applyTextEdits(issue, body);
  const state = read(body, 'state', isIssueState);
  if (state) setState(issue, state, read(body, 'state_reason', isNullableString));
  if (body.labels !== undefined) {
    issue.labels = [];
    context.state.addLabels(issue, labelList(body.labels));
  }
  return ok(issueJson(context, touch(issue)));
}

export function listComments(context: RouteContext): RouteResult {
  const issue = findIssue(context);
  const comments = context.state.commentsOn(issue.number);
  return paginate(
    context,
    comments.map((comment) => commentJson(context, comment)),
  );
}

export function createComment(context: RouteContext): RouteResult {
  const issue = findIssue(context);
  const text = read(fields(context.body), 'body', isString) ?? '';
  const comment = context.state.addComment(touch(issue), text);
  return { status: 201, body: commentJson(context, comment) };
}

export function updateComment(context: RouteContext): RouteResult {
  const comment = context.state.comments.get(Number(context.params.comment_id));
  if (!comment) throw notFound();
  comment.body = read(fields(context.body), 'body', isString) ?? comment.body;
  comment.updated_at = timestamp();
  return ok(commentJson(context, comment));
}

export function addLabels(context: RouteContext): RouteResult {
  const issue = findIssue(context);
  // The schema only describes `{labels: [...]}`, yet the docs (and GitHub) also take a bare array.
  const labels = Array.isArray(context.body) ? context.body : fields(context.body).labels;
  if (!Array.isArray(labels) || labels.length === 0) {
    throw invalid('No labels given.', 'issues/add-labels: no labels in the body');
  }
  context.state.addLabels(touch(issue), labelList(labels));
  return ok(issue.labels.map((name) => labelJson(context, name)));
}

export function removeLabel(context: RouteContext): RouteResult {
  const issue = findIssue(context);
  const index = issue.labels.findIndex((name) => sameName(name, context.params.name ?? ''));
  if (index < 0)
    throw new HttpError(404, { message: 'Label does not exist', documentation_url: DOCS });
  const [removed] = issue.labels.splice(index, 1);
  context.state.labelEvents.push({
    id: context.state.nextId(),
    issue: issue.number,
    event: 'unlabeled',
    label: removed ?? '',
    actor: context.state.actor,
    created_at: timestamp(),
  });
  touch(issue);
  return ok(issue.labels.map((name) => labelJson(context, name)));
}

export function getComment(context: RouteContext): RouteResult {
  const comment = context.state.comments.get(Number(context.params.comment_id));
  if (!comment) throw notFound();
  return ok(commentJson(context, comment));
}

/** Label events only: the ones specgate reads. */
export function listEvents(context: RouteContext): RouteResult {
  const issue = findIssue(context);
  const events = context.state.labelEvents
    .filter((event) => event.issue === issue.number)
    .map((event) => ({
      id: event.id,
      node_id: `LE_kwDOFake${event.id}`,
      url: `${context.apiUrl}/repos/${context.state.owner}/${context.state.repo}/issues/events/${event.id}`,
      actor: userJson(event.actor, context.apiUrl),
      event: event.event,
      commit_id: null,
      commit_url: null,
      created_at: event.created_at,
      label: { name: event.label, color: 'ededed' },
    }));
  return paginate(context, events);
}

/** Issues only (as GitHub: pull requests too, unless filtered here by the caller), newest first. */
export function listForRepo(context: RouteContext): RouteResult {
  const wanted = context.query.get('state') ?? 'open';
  const labels = (context.query.get('labels') ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const issues = [...context.state.issues.values()]
    .filter((issue) => wanted === 'all' || issue.state === wanted)
    .filter((issue) => labels.every((name) => issue.labels.some((l) => sameName(l, name))))
    .sort((a, b) => b.number - a.number)
    .map((issue) => issueJson(context, issue));
  return paginate(context, issues);
}
