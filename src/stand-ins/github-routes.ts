import { createHash } from 'node:crypto';

export type PermissionLevel = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';
export type UserType = 'User' | 'Bot' | 'Organization';

export interface UserRef {
  login: string;
  type: UserType;
}

export interface IssueSeed {
  number?: number;
  title: string;
  body?: string | null;
  user?: { login: string; type?: UserType };
  labels?: ReadonlyArray<string | { name: string }>;
  state?: 'open' | 'closed';
}

export interface PullSeed extends IssueSeed {
  /** Branch name, or `owner:branch` for a head in another account. */
  head: string;
  headSha?: string;
  base?: string;
  draft?: boolean;
  merged?: boolean;
}

interface PullFields {
  id: number;
  node_id: string;
  head: { owner: string; ref: string; sha: string };
  base: { ref: string };
  draft: boolean;
  merged: boolean;
  requested_reviewers: string[];
  requested_teams: string[];
}

/** Issues and pull requests share one record type because they share one number space. */
export interface IssueRecord {
  id: number;
  node_id: string;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  user: UserRef;
  labels: string[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  pull?: PullFields;
}

export type IssueView = Omit<IssueRecord, 'pull'> & { pull_request: boolean };

/** A pull request as the convenience readers return it: ids are the pull request's own. */
export type PullView = Omit<IssueRecord, 'pull'> &
  Omit<PullFields, 'head'> & {
    head: { ref: string; sha: string; label: string };
  };

export interface CommentView {
  id: number;
  node_id: string;
  issue_number: number;
  body: string;
  user: UserRef;
  created_at: string;
  updated_at: string;
}

/** Thrown by handlers; `violation` marks a client mistake the test should hear about. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly violation?: string,
  ) {
    super(typeof body.message === 'string' ? body.message : `HTTP ${status}`);
  }
}

export class RepoState {
  readonly permissions = new Map<string, PermissionLevel>();
  readonly issues = new Map<number, IssueRecord>();
  readonly comments = new Map<number, CommentView>();
  readonly #labelNames = new Map<string, string>();
  #nextNumber = 1;
  #nextId = 1_000_001;

  constructor(
    readonly owner: string,
    readonly repo: string,
    readonly defaultBranch: string,
    public actor: UserRef,
  ) {}

  addIssue(seed: IssueSeed): IssueRecord {
    const number = seed.number ?? this.#nextNumber;
    if (this.issues.has(number)) throw new Error(`issue or pull #${number} already exists`);
    this.#nextNumber = Math.max(this.#nextNumber, number + 1);
    const id = this.nextId();
    const now = timestamp();
    const state = seed.state ?? 'open';
    const issue: IssueRecord = {
      id,
      node_id: `I_kwDOFake${id}`,
      number,
      title: seed.title,
      body: seed.body ?? null,
      state,
      state_reason: state === 'closed' ? 'completed' : null,
      user: seed.user ? { login: seed.user.login, type: seed.user.type ?? 'User' } : this.actor,
      labels: [],
      created_at: now,
      updated_at: now,
      closed_at: state === 'closed' ? now : null,
    };
    this.issues.set(number, issue);
    this.addLabels(issue, seed.labels ?? []);
    return issue;
  }

  addPull(seed: PullSeed): IssueRecord {
    const issue = this.addIssue(seed);
    const [owner, ref] = splitHead(seed.head, this.owner);
    const id = this.nextId();
    issue.state_reason = null;
    issue.pull = {
      id,
      node_id: `PR_kwDOFake${id}`,
      head: { owner, ref, sha: seed.headSha ?? fakeSha(`${owner}:${ref}`) },
      base: { ref: seed.base ?? this.defaultBranch },
      draft: seed.draft ?? false,
      merged: seed.merged ?? false,
      requested_reviewers: [],
      requested_teams: [],
    };
    return issue;
  }

  addComment(issue: IssueRecord, body: string): CommentView {
    const id = this.nextId();
    const now = timestamp();
    const comment: CommentView = {
      id,
      node_id: `IC_kwDOFake${id}`,
      issue_number: issue.number,
      body,
      user: this.actor,
      created_at: now,
      updated_at: now,
    };
    this.comments.set(id, comment);
    return comment;
  }

  commentsOn(number: number): CommentView[] {
    return [...this.comments.values()].filter((comment) => comment.issue_number === number);
  }

  /** GitHub creates labels that do not exist yet, and names compare case-insensitively. */
  addLabels(issue: IssueRecord, labels: ReadonlyArray<string | { name: string }>): void {
    for (const label of labels) {
      const name = typeof label === 'string' ? label : label.name;
      const known = this.#labelNames.get(name.toLowerCase()) ?? name;
      this.#labelNames.set(name.toLowerCase(), known);
      if (!issue.labels.some((existing) => sameName(existing, known))) issue.labels.push(known);
    }
  }

  permissionOf(login: string): PermissionLevel {
    const exact = this.permissions.get(login);
    if (exact) return exact;
    const entry = [...this.permissions].find(([known]) => sameName(known, login));
    return entry?.[1] ?? 'none';
  }

  /** False when no pull request has that GraphQL node id. */
  markReadyForReview(nodeId: string): boolean {
    const issue = [...this.issues.values()].find((candidate) => candidate.pull?.node_id === nodeId);
    if (!issue?.pull) return false;
    issue.pull.draft = false;
    touch(issue);
    return true;
  }

  nextId(): number {
    return this.#nextId++;
  }
}

export function toIssueView(issue: IssueRecord): IssueView {
  const { pull, ...rest } = structuredClone(issue);
  return { ...rest, pull_request: pull !== undefined };
}

export function toPullView(issue: IssueRecord): PullView {
  const { pull, ...rest } = structuredClone(issue);
  if (!pull) throw new Error(`#${issue.number} is not a pull request`);
  const { owner, ref, sha } = pull.head;
  return { ...rest, ...pull, head: { ref, sha, label: `${owner}:${ref}` } };
}

export interface RouteContext {
  state: RepoState;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** Base URL of the fake, used for the API links GitHub puts in its responses. */
  apiUrl: string;
  requestUrl: URL;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type RouteHandler = (context: RouteContext) => RouteResult;

export const ROUTES: Readonly<Record<string, RouteHandler>> = {
  'repos/get': ({ state, apiUrl }) => ok(repoJson(state, apiUrl)),
  'repos/get-collaborator-permission-level': getPermission,
  'issues/get': (context) => ok(issueJson(context, findIssue(context))),
  'issues/create': createIssue,
  'issues/update': updateIssue,
  'issues/list-comments': listComments,
  'issues/create-comment': createComment,
  'issues/update-comment': updateComment,
  'issues/add-labels': addLabels,
  'issues/remove-label': removeLabel,
  'pulls/list': listPulls,
  'pulls/create': createPull,
  'pulls/get': (context) => ok(pullJson(context, findPull(context))),
  'pulls/update': updatePull,
  'pulls/request-reviewers': requestReviewers,
};

// GitHub's legacy `permission` field predates the maintain and triage roles.
const LEGACY_PERMISSION: Record<PermissionLevel, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none',
};

const RANK: Record<PermissionLevel, number> = {
  none: 0,
  read: 1,
  triage: 2,
  write: 3,
  maintain: 4,
  admin: 5,
};

function getPermission({ state, params, apiUrl }: RouteContext): RouteResult {
  const level = state.permissionOf(params.username ?? '');
  const atLeast = (minimum: PermissionLevel): boolean => RANK[level] >= RANK[minimum];
  const permissions = {
    admin: atLeast('admin'),
    maintain: atLeast('maintain'),
    push: atLeast('write'),
    triage: atLeast('triage'),
    pull: atLeast('read'),
  };
  const user = { ...userJson({ login: params.username ?? '', type: 'User' }, apiUrl), permissions };
  return ok({ permission: LEGACY_PERMISSION[level], role_name: level, user });
}

function createIssue(context: RouteContext): RouteResult {
  const body = fields(context.body);
  const issue = context.state.addIssue({
    title: String(read(body, 'title', isTitle)),
    body: read(body, 'body', isNullableString),
    labels: labelList(body.labels),
  });
  return { status: 201, body: issueJson(context, issue) };
}

function updateIssue(context: RouteContext): RouteResult {
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

function listComments(context: RouteContext): RouteResult {
  const issue = findIssue(context);
  const comments = context.state.commentsOn(issue.number);
  return paginate(
    context,
    comments.map((comment) => commentJson(context, comment)),
  );
}

function createComment(context: RouteContext): RouteResult {
  const issue = findIssue(context);
  const text = read(fields(context.body), 'body', isString) ?? '';
  const comment = context.state.addComment(touch(issue), text);
  return { status: 201, body: commentJson(context, comment) };
}

function updateComment(context: RouteContext): RouteResult {
  const comment = context.state.comments.get(Number(context.params.comment_id));
  if (!comment) throw notFound();
  comment.body = read(fields(context.body), 'body', isString) ?? comment.body;
  comment.updated_at = timestamp();
  return ok(commentJson(context, comment));
}

function addLabels(context: RouteContext): RouteResult {
  const issue = findIssue(context);
  // The schema only describes `{labels: [...]}`, yet the docs (and GitHub) also take a bare array.
  const labels = Array.isArray(context.body) ? context.body : fields(context.body).labels;
  if (!Array.isArray(labels) || labels.length === 0) {
    throw invalid('No labels given.', 'issues/add-labels: no labels in the body');
  }
  context.state.addLabels(touch(issue), labelList(labels));
  return ok(issue.labels.map((name) => labelJson(context, name)));
}

function removeLabel(context: RouteContext): RouteResult {
  const issue = findIssue(context);
  const index = issue.labels.findIndex((name) => sameName(name, context.params.name ?? ''));
  if (index < 0)
    throw new HttpError(404, { message: 'Label does not exist', documentation_url: DOCS });
  issue.labels.splice(index, 1);
  touch(issue);
  return ok(issue.labels.map((name) => labelJson(context, name)));
}

function listPulls(context: RouteContext): RouteResult {
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

function createPull(context: RouteContext): RouteResult {
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

function updatePull(context: RouteContext): RouteResult {
  const issue = findPull(context);
  const body = fields(context.body);
  applyTextEdits(issue, body);
  const state = read(body, 'state', isIssueState);
  if (state) setState(issue, state, null);
  const base = read(body, 'base', isString);
  if (base && issue.pull) issue.pull.base.ref = base;
  return ok(pullJson(context, touch(issue)));
}

function requestReviewers(context: RouteContext): RouteResult {
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

function applyTextEdits(issue: IssueRecord, body: Record<string, unknown>): void {
  const title = read(body, 'title', isTitle);
  if (title !== undefined) issue.title = String(title);
  const text = read(body, 'body', isNullableString);
  if (text !== undefined) issue.body = text;
}

/** PRs carry no state_reason, so callers pass null for them. */
function setState(issue: IssueRecord, state: IssueState, reason: string | null | undefined): void {
  if (state === issue.state) return;
  issue.state = state;
  issue.closed_at = state === 'closed' ? timestamp() : null;
  const defaultReason = state === 'closed' ? 'completed' : 'reopened';
  issue.state_reason = issue.pull ? null : (reason ?? defaultReason);
}

function findIssue({ state, params }: RouteContext): IssueRecord {
  const issue = state.issues.get(Number(params.issue_number));
  if (!issue) throw notFound();
  return issue;
}

function findPull({ state, params }: RouteContext): IssueRecord {
  const issue = state.issues.get(Number(params.pull_number));
  if (!issue?.pull) throw notFound();
  return issue;
}

// ---- request body helpers ------------------------------------------------------------------

const DOCS = 'https://docs.github.com/rest';

type IssueState = 'open' | 'closed';

interface Guard<T> {
  (value: unknown): value is T;
  /** Wording for GitHub's "is not a ..." message. */
  expected: string;
}

function guard<T>(expected: string, test: (value: unknown) => boolean): Guard<T> {
  return Object.assign((value: unknown): value is T => test(value), { expected });
}

const isString = guard<string>('string', (v) => typeof v === 'string');
const isNullableString = guard<string | null>(
  'string or null',
  (v) => v === null || typeof v === 'string',
);
const isTitle = guard<string | number>(
  'string or integer',
  (v) => typeof v === 'string' || Number.isInteger(v),
);
const isBoolean = guard<boolean>('boolean', (v) => typeof v === 'boolean');
const isIssueState = guard<IssueState>(
  'one of open, closed',
  (v) => v === 'open' || v === 'closed',
);
const isStringArray = guard<string[]>(
  'array of strings',
  (v) => Array.isArray(v) && v.every((item) => typeof item === 'string'),
);

export function fields(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};
}

/** An absent field reads as undefined; a present one of the wrong type is GitHub's 422. */
function read<T>(body: Record<string, unknown>, key: string, isValid: Guard<T>): T | undefined {
  const value = body[key];
  if (value === undefined || isValid(value)) return value;
  const detail = `For 'properties/${key}', ${JSON.stringify(value)} is not a ${isValid.expected}.`;
  throw invalid(detail, `${key}: expected ${isValid.expected}, got ${JSON.stringify(value)}`);
}

function labelList(value: unknown): Array<string | { name: string }> {
  if (value === undefined) return [];
  const isLabel = (item: unknown): item is string | { name: string } =>
    typeof item === 'string' || typeof fields(item).name === 'string';
  if (Array.isArray(value) && value.every(isLabel)) return value;
  throw invalid(
    'Invalid labels.',
    `labels must be strings or {name} objects, got ${JSON.stringify(value)}`,
  );
}

function invalid(detail: string, violation: string): HttpError {
  return new HttpError(
    422,
    { message: `Invalid request.\n\n${detail}`, documentation_url: DOCS, status: '422' },
    violation,
  );
}

function validationFailed(error: Record<string, unknown>): HttpError {
  return new HttpError(422, {
    message: 'Validation Failed',
    errors: [error],
    documentation_url: DOCS,
  });
}

export function notFound(violation?: string): HttpError {
  return new HttpError(
    404,
    { message: 'Not Found', documentation_url: DOCS, status: '404' },
    violation,
  );
}

function ok(body: unknown): RouteResult {
  return { status: 200, body };
}

// ---- pagination ----------------------------------------------------------------------------

function paginate(context: RouteContext, items: unknown[]): RouteResult {
  const perPage = clamp(Number(context.query.get('per_page') ?? 30), 1, 100);
  const page = Math.max(1, Math.trunc(Number(context.query.get('page') ?? 1)) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const body = items.slice((page - 1) * perPage, page * perPage);
  const link = linkHeader(context, page, last);
  return { status: 200, body, ...(link ? { headers: { link } } : {}) };
}

// Same relation order as GitHub: prev, next, last, first.
function linkHeader(
  { apiUrl, requestUrl }: RouteContext,
  page: number,
  last: number,
): string | undefined {
  const pageUrl = (target: number): string => {
    const url = new URL(requestUrl.pathname + requestUrl.search, apiUrl);
    url.searchParams.set('page', String(target));
    return url.toString();
  };
  const relations: string[] = [];
  if (page > 1) relations.push(`<${pageUrl(Math.min(page - 1, last))}>; rel="prev"`);
  if (page < last)
    relations.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
  if (page > 1) relations.push(`<${pageUrl(1)}>; rel="first"`);
  return relations.length > 0 ? relations.join(', ') : undefined;
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : min;
}

// ---- response shapes -----------------------------------------------------------------------

const WEB = 'https://github.com';

function repoJson(state: RepoState, apiUrl: string): Record<string, unknown> {
  const fullName = `${state.owner}/${state.repo}`;
  return {
    id: 1296269,
    node_id: 'R_kgDOFake',
    name: state.repo,
    full_name: fullName,
    owner: userJson({ login: state.owner, type: 'User' }, apiUrl),
    private: false,
    visibility: 'public',
    fork: false,
    archived: false,
    disabled: false,
    html_url: `${WEB}/${fullName}`,
    url: `${apiUrl}/repos/${fullName}`,
    default_branch: state.defaultBranch,
  };
}

function userJson(user: UserRef, apiUrl: string): Record<string, unknown> {
  return {
    login: user.login,
    id: stableId(user.login),
    node_id: `U_kgDOFake${stableId(user.login)}`,
    type: user.type,
    site_admin: false,
    url: `${apiUrl}/users/${encodeURIComponent(user.login)}`,
    html_url: `${WEB}/${encodeURIComponent(user.login)}`,
  };
}

function labelJson({ state, apiUrl }: RouteContext, name: string): Record<string, unknown> {
  return {
    id: stableId(`label:${name.toLowerCase()}`),
    node_id: `LA_kwDOFake${stableId(name.toLowerCase())}`,
    url: `${apiUrl}/repos/${state.owner}/${state.repo}/labels/${encodeURIComponent(name)}`,
    name,
    color: fakeSha(name.toLowerCase()).slice(0, 6),
    default: false,
    description: null,
  };
}

function issueJson(context: RouteContext, issue: IssueRecord): Record<string, unknown> {
  const { state, apiUrl } = context;
  const api = `${apiUrl}/repos/${state.owner}/${state.repo}`;
  const kind = issue.pull ? 'pull' : 'issues';
  return {
    id: issue.id,
    node_id: issue.node_id,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.state_reason,
    locked: false,
    user: userJson(issue.user, apiUrl),
    labels: issue.labels.map((name) => labelJson(context, name)),
    assignees: [],
    comments: state.commentsOn(issue.number).length,
    url: `${api}/issues/${issue.number}`,
    comments_url: `${api}/issues/${issue.number}/comments`,
    repository_url: api,
    html_url: `${WEB}/${state.owner}/${state.repo}/${kind}/${issue.number}`,
    author_association: association(state, issue.user),
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    ...(issue.pull ? { draft: issue.pull.draft, pull_request: pullLinks(context, issue) } : {}),
  };
}

function pullLinks({ state, apiUrl }: RouteContext, issue: IssueRecord): Record<string, unknown> {
  const html = `${WEB}/${state.owner}/${state.repo}/pull/${issue.number}`;
  return {
    url: `${apiUrl}/repos/${state.owner}/${state.repo}/pulls/${issue.number}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    merged_at: issue.pull?.merged ? issue.updated_at : null,
  };
}

/** `simple` mirrors the list endpoint, which omits merged, mergeable and the counters. */
function pullJson(
  context: RouteContext,
  issue: IssueRecord,
  { simple = false } = {},
): Record<string, unknown> {
  const { state, apiUrl } = context;
  const pull = issue.pull;
  if (!pull) throw new Error(`#${issue.number} is not a pull request`);
  const links = pullLinks(context, issue);
  const repo = repoJson(state, apiUrl);
  const shape: Record<string, unknown> = {
    id: pull.id,
    node_id: pull.node_id,
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    body: issue.body,
    draft: pull.draft,
    user: userJson(issue.user, apiUrl),
    labels: issue.labels.map((name) => labelJson(context, name)),
    head: {
      label: `${pull.head.owner}:${pull.head.ref}`,
      ref: pull.head.ref,
      sha: pull.head.sha,
      user: userJson({ login: pull.head.owner, type: 'User' }, apiUrl),
      repo,
    },
    base: {
      label: `${state.owner}:${pull.base.ref}`,
      ref: pull.base.ref,
      sha: fakeSha(`${state.owner}:${pull.base.ref}`),
      user: repo.owner,
      repo,
    },
    requested_reviewers: pull.requested_reviewers.map((login) =>
      userJson({ login, type: 'User' }, apiUrl),
    ),
    requested_teams: pull.requested_teams.map((slug) => ({ slug, name: slug })),
    url: links.url,
    html_url: links.html_url,
    diff_url: links.diff_url,
    patch_url: links.patch_url,
    issue_url: `${apiUrl}/repos/${state.owner}/${state.repo}/issues/${issue.number}`,
    author_association: association(state, issue.user),
    merged_at: links.merged_at,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
  };
  if (simple) return shape;
  const comments = state.commentsOn(issue.number).length;
  return {
    ...shape,
    merged: pull.merged,
    mergeable: null,
    mergeable_state: 'unknown',
    comments,
    commits: 1,
    maintainer_can_modify: false,
  };
}

function commentJson(
  { state, apiUrl }: RouteContext,
  comment: CommentView,
): Record<string, unknown> {
  const api = `${apiUrl}/repos/${state.owner}/${state.repo}`;
  const kind = state.issues.get(comment.issue_number)?.pull ? 'pull' : 'issues';
  return {
    id: comment.id,
    node_id: comment.node_id,
    body: comment.body,
    user: userJson(comment.user, apiUrl),
    url: `${api}/issues/comments/${comment.id}`,
    html_url: `${WEB}/${state.owner}/${state.repo}/${kind}/${comment.issue_number}#issuecomment-${comment.id}`,
    issue_url: `${api}/issues/${comment.issue_number}`,
    author_association: association(state, comment.user),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
  };
}

function association(state: RepoState, user: UserRef): string {
  if (sameName(user.login, state.owner)) return 'OWNER';
  return state.permissionOf(user.login) === 'none' ? 'NONE' : 'COLLABORATOR';
}

// ---- small utilities -----------------------------------------------------------------------

export function splitHead(head: string, defaultOwner: string): [owner: string, ref: string] {
  const colon = head.indexOf(':');
  return colon < 0 ? [defaultOwner, head] : [head.slice(0, colon), head.slice(colon + 1)];
}

export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function touch(issue: IssueRecord): IssueRecord {
  issue.updated_at = timestamp();
  return issue;
}

function union(existing: string[], added: string[]): string[] {
  return [...existing, ...added.filter((item) => !existing.some((e) => sameName(e, item)))];
}

// GitHub timestamps carry no milliseconds.
function timestamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

function stableId(seed: string): number {
  return Number.parseInt(fakeSha(seed).slice(0, 7), 16);
}
