import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  fields,
  HttpError,
  notFound,
  RepoState,
  ROUTES,
  sameName,
  toIssueView,
  toPullView,
  type CommentView,
  type IssueSeed,
  type IssueView,
  type PermissionLevel,
  type PullSeed,
  type PullView,
  type RouteResult,
  type UserType,
} from './github-routes.js';
import {
  loadOperations,
  missingRequiredFields,
  OpenApiMatcher,
  type OperationSpec,
} from './openapi-matcher.js';

export type { CommentView, IssueSeed, IssueView, PermissionLevel, PullSeed, PullView };

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  /** Who the token belongs to: the author of everything created through the API. */
  actor?: { login: string; type?: UserType };
  /** Defaults to src/stand-ins/github-operations.json. */
  operations?: readonly OperationSpec[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  headers: IncomingHttpHeaders;
  /** `graphql` for POST /graphql; undefined when the request matched no GitHub operation. */
  operationId: string | undefined;
  /** When it arrived (ms since the epoch): tests measure waits between attempts. */
  at: number;
}

export interface InjectedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Pseudo operation id for POST /graphql, usable with failNext and requestsFor. */
export const GRAPHQL_OPERATION = 'graphql';

// The REST description has no entry for GraphQL, so it gets a hand-made one.
const GRAPHQL_SPEC: OperationSpec = {
  method: 'POST',
  path: '/graphql',
  operationId: GRAPHQL_OPERATION,
  requiredBody: ['query'],
};

const READY_FOR_REVIEW =
  /markPullRequestReadyForReview\s*\(\s*input\s*:\s*(?:\{\s*pullRequestId\s*:\s*(?:"([^"]*)"|\$(\w+))\s*\}|\$(\w+))\s*\)/;

let sharedOperations: OperationSpec[] | undefined;

/** In-memory stand-in for api.github.com holding one repository. */
export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  readonly requests: RecordedRequest[] = [];
  /** Requests real GitHub would reject or the fake cannot answer; a passing test expects none. */
  readonly violations: string[] = [];
  readonly #state: RepoState;
  readonly #matcher: OpenApiMatcher;
  readonly #failures = new Map<string, InjectedResponse[]>();
  readonly #lostAnswers = new Map<string, InjectedResponse[]>();
  #server: Server | undefined;
  #url: string | undefined;

  constructor(options: FakeGitHubOptions = {}) {
    this.owner = options.owner ?? 'Codertocat';
    this.repo = options.repo ?? 'Hello-World';
    this.defaultBranch = options.defaultBranch ?? 'main';
    const actor = options.actor ?? { login: 'github-actions[bot]', type: 'Bot' };
    this.#state = new RepoState(this.owner, this.repo, this.defaultBranch, {
      login: actor.login,
      type: actor.type ?? 'User',
    });
    this.#matcher = new OpenApiMatcher(
      options.operations ?? (sharedOperations ??= loadOperations()),
    );
  }

  /** Base URL, e.g. `http://127.0.0.1:54321`; only valid after start(). */
  get url(): string {
    if (this.#url === undefined) throw new Error('FakeGitHub has not been started');
    return this.#url;
  }

  /** Collaborator permission per login; logins not in the map read as "none". */
  get permissions(): Map<string, PermissionLevel> {
    return this.#state.permissions;
  }

  async start(): Promise<string> {
    if (this.#url !== undefined) return this.#url;
    const server = createServer((request, response) => void this.#serve(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const { port } = server.address() as AddressInfo;
    this.#server = server;
    this.#url = `http://127.0.0.1:${port}`;
    return this.#url;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    this.#url = undefined;
    const closed = new Promise<void>((resolve, reject) =>
      server.close((error) => (error ? reject(error) : resolve())),
    );
    // Keep-alive sockets from fetch/Octokit would otherwise hold close() open.
    server.closeAllConnections();
    await closed;
  }

  setPermission(login: string, level: PermissionLevel): void {
    this.#state.permissions.set(login, level);
  }

  addIssue(seed: IssueSeed): IssueView {
    return toIssueView(this.#state.addIssue(seed));
  }

  addPull(seed: PullSeed): PullView {
    return toPullView(this.#state.addPull(seed));
  }

  /** The next `times` calls of `operationId` get this response instead of the real one. */
  failNext(operationId: string, response: InjectedResponse, times = 1): void {
    if (operationId !== GRAPHQL_OPERATION && !this.#matcher.hasOperation(operationId)) {
      throw new Error(`${operationId} is not a GitHub operation id`);
    }
    const queue = this.#failures.get(operationId) ?? [];
    queue.push(...Array.from({ length: times }, () => response));
    this.#failures.set(operationId, queue);
  }

  /**
   * The next `times` calls of `operationId` take effect, but the client gets this
   * response instead (a 502 from a proxy after GitHub created the pull request).
   */
  failAfterNext(operationId: string, response: InjectedResponse, times = 1): void {
    if (!this.#matcher.hasOperation(operationId)) {
      throw new Error(`${operationId} is not a GitHub operation id`);
    }
    const queue = this.#lostAnswers.get(operationId) ?? [];
    queue.push(...Array.from({ length: times }, () => response));
    this.#lostAnswers.set(operationId, queue);
  }

  /** Issue or pull request by number, as the issues API sees it. */
  getIssue(number: number): IssueView | undefined {
    const issue = this.#state.issues.get(number);
    return issue ? toIssueView(issue) : undefined;
  }

  /** Closes a pull request as merged or not, the way a person would on github.com. */
  closePull(number: number, merged: boolean): void {
    const record = this.#state.issues.get(number);
    if (!record?.pull) throw new Error(`#${number} is not a pull request`);
    record.state = 'closed';
    record.closed_at = new Date().toISOString();
    record.pull.merged = merged;
  }

  /** Every pull request in any state, oldest first. */
  pullsList(): PullView[] {
    return [...this.#state.issues.values()]
      .filter((issue) => issue.pull !== undefined)
      .sort((a, b) => a.number - b.number)
      .map(toPullView);
  }

  commentsOn(number: number): CommentView[] {
    return this.#state.commentsOn(number).map((comment) => structuredClone(comment));
  }

  requestsFor(operationId: string): RecordedRequest[] {
    return this.requests.filter((request) => request.operationId === operationId);
  }

  async #serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = (request.method ?? 'GET').toUpperCase();
    // Only path and query matter here; the fake's own origin may already be gone during stop().
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const label = `${method} ${url.pathname}`;
    let result: RouteResult;
    try {
      const raw = await readBody(request);
      const body = parseBody(raw, request.headers['content-type']);
      result = this.#respond(method, url, body, request.headers);
    } catch (error) {
      result = this.#failure(error, label);
    }
    send(response, result);
  }

  #respond(method: string, url: URL, body: unknown, headers: IncomingHttpHeaders): RouteResult {
    const isGraphql = method === 'POST' && url.pathname === '/graphql';
    const match = isGraphql
      ? { operation: GRAPHQL_SPEC, params: {} }
      : this.#matcher.match(method, url.pathname);
    const { pathname } = url;
    const query = Object.fromEntries(url.searchParams);
    const operationId = match?.operation.operationId;
    this.requests.push({
      method,
      path: pathname,
      query,
      body,
      headers,
      operationId,
      at: Date.now(),
    });
    if (!match) {
      throw notFound('not a GitHub REST operation');
    }
    const missing = missingRequiredFields(match.operation, body);
    if (missing.length > 0) {
      const message = `Invalid request.\n\n${missing.map((f) => `"${f}" wasn't supplied.`).join('\n')}`;
      const violation = `${match.operation.operationId} is missing required body field(s) ${missing.join(', ')}`;
      throw new HttpError(422, { message, status: '422' }, violation);
    }
    const injected = this.#failures.get(match.operation.operationId)?.shift();
    if (injected) return injectedResult(injected);
    if (isGraphql) return this.#graphql(body);
    if (!this.#isOurRepository(match.params)) throw notFound();
    const handler = ROUTES[match.operation.operationId];
    if (!handler) {
      const violation = `${match.operation.operationId} is a real operation the fake does not implement`;
      throw new HttpError(501, { message: 'Not implemented by FakeGitHub' }, violation);
    }
    const result = handler({
      state: this.#state,
      params: match.params,
      query: url.searchParams,
      body,
      apiUrl: this.url,
      requestUrl: url,
    });
    const lost = this.#lostAnswers.get(match.operation.operationId)?.shift();
    return lost ? injectedResult(lost) : result;
  }

  // Other repositories simply do not exist here, the way GitHub hides ones you cannot see.
  #isOurRepository(params: Record<string, string>): boolean {
    const ownerOk = params.owner === undefined || sameName(params.owner, this.owner);
    return ownerOk && (params.repo === undefined || sameName(params.repo, this.repo));
  }

  #failure(error: unknown, label: string): RouteResult {
    if (error instanceof HttpError) {
      if (error.violation) this.violations.push(`${label}: ${error.violation}`);
      return { status: error.status, body: error.body };
    }
    // A crash in the fake must fail the test rather than look like a GitHub outage.
    const detail = error instanceof Error ? error.message : String(error);
    this.violations.push(`${label}: FakeGitHub crashed: ${detail}`);
    return { status: 500, body: { message: `FakeGitHub crashed: ${detail}` } };
  }

  #graphql(body: unknown): RouteResult {
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
    if (!this.#state.markReadyForReview(id)) return graphqlNotFound(id);
    return {
      status: 200,
      body: { data: { markPullRequestReadyForReview: { pullRequest: { isDraft: false } } } },
    };
  }
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

function injectedResult(injected: InjectedResponse): RouteResult {
  const body = injected.body ?? { message: `Injected ${injected.status}` };
  return {
    status: injected.status,
    body,
    ...(injected.headers ? { headers: injected.headers } : {}),
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer | string>) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

// fetch() labels a string body text/plain, so JSON is attempted whatever the content type;
// only a body that claims to be JSON and is not counts as the client's mistake.
function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    if (!contentType?.includes('json')) return undefined;
    throw new HttpError(400, { message: 'Problems parsing JSON' }, 'body is not valid JSON');
  }
}

function send(response: ServerResponse, result: RouteResult): void {
  const headers: Record<string, string> = {
    'x-github-request-id': `FAKE:${Math.random().toString(16).slice(2, 10).toUpperCase()}`,
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    ...lowercaseKeys(result.headers ?? {}),
  };
  if (result.body === undefined || result.status === 204 || result.status === 304) {
    response.writeHead(result.status, headers).end();
    return;
  }
  headers['content-type'] = 'application/json; charset=utf-8';
  response.writeHead(result.status, headers).end(JSON.stringify(result.body));
}

function lowercaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]),
  );
}
