import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerGraphql, GRAPHQL_OPERATION, GRAPHQL_SPEC } from './github/graphql.js';
import { HttpError, notFound } from './github/http-errors.js';
import {
  injectedResult,
  parseBody,
  readBody,
  send,
  type InjectedResponse,
} from './github/http-io.js';
import { sameName } from './github/names.js';
import {
  toIssueView,
  toPullView,
  type CommentView,
  type Dispatch,
  type IssueSeed,
  type IssueView,
  type PermissionLevel,
  type PullSeed,
  type PullView,
  type UserType,
} from './github/records.js';
import { RepoState } from './github/repo-state.js';
import type { RouteResult } from './github/route-context.js';
import { ROUTES } from './github/routes.js';
import {
  loadOperations,
  missingRequiredFields,
  OpenApiMatcher,
  type OperationSpec,
} from './openapi-matcher.js';

export type {
  CommentView,
  Dispatch,
  InjectedResponse,
  IssueSeed,
  IssueView,
  PermissionLevel,
  PullSeed,
  PullView,
};
export { GRAPHQL_OPERATION };

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

  /** A comment written by `user` (by default the token's owner), as if posted on github.com. */
  addComment(number: number, body: string, user?: { login: string; type?: UserType }): CommentView {
    const issue = this.#state.issues.get(number);
    if (!issue) throw new Error(`#${number} does not exist`);
    const author = user ? { login: user.login, type: user.type ?? 'User' } : undefined;
    return structuredClone(this.#state.addComment(issue, body, author));
  }

  /** A person adds a label on github.com (the issue events API then names them). */
  labelIssue(number: number, label: string, user: { login: string; type?: UserType }): void {
    const issue = this.#state.issues.get(number);
    if (!issue) throw new Error(`#${number} does not exist`);
    this.#state.addLabels(issue, [label], { login: user.login, type: user.type ?? 'User' });
  }

  /**
   * A file on the default branch (workflows are listed from `.github/workflows/`). The
   * contents API answers only once the fake holds a file.
   */
  setFile(path: string, content: string): void {
    this.#state.files.set(path, content);
  }

  /** Makes every reaction older by `ms`, as time passing would. */
  ageReactions(ms: number): void {
    for (const reaction of this.#state.reactions.values())
      reaction.created_at = new Date(Date.parse(reaction.created_at) - ms).toISOString();
  }

  /** Every workflow_dispatch GitHub accepted, in order. */
  get dispatches(): Dispatch[] {
    return structuredClone(this.#state.dispatches);
  }

  /** Installation access tokens issued to an app. */
  get installationTokens(): number {
    return this.#state.installationTokens;
  }

  /** Every issue (not pull request), oldest first. */
  issuesList(): IssueView[] {
    return [...this.#state.issues.values()]
      .filter((issue) => issue.pull === undefined)
      .sort((a, b) => a.number - b.number)
      .map(toIssueView);
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
    if (isGraphql) return answerGraphql(this.#state, body);
    if (!this.#isOurRepository(match.params)) throw notFound();
    const handler = this.#serves(match.operation.operationId)
      ? ROUTES[match.operation.operationId]
      : undefined;
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
      headers,
    });
    const lost = this.#lostAnswers.get(match.operation.operationId)?.shift();
    return lost ? injectedResult(lost) : result;
  }

  // The repository's files are served once a test gave it some (setFile); until then the
  // contents API stays a real operation the fake does not implement.
  #serves(operationId: string): boolean {
    return operationId !== 'repos/get-content' || this.#state.files.size > 0;
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
}
