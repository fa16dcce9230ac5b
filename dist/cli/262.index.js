export const id = 262;
export const ids = [262];
export const modules = {

/***/ 6262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDemo: () => (/* binding */ runDemo)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/process/run.ts
var run = __webpack_require__(7212);
// EXTERNAL MODULE: ./src/core/adf-to-markdown.ts
var adf_to_markdown = __webpack_require__(5590);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/stand-ins/github/http-errors.ts
const DOCS = 'https://docs.github.com/rest';
/** Thrown by handlers; `violation` marks a client mistake the test should hear about. */
class HttpError extends Error {
    status;
    body;
    violation;
    constructor(status, body, violation) {
        super(typeof body.message === 'string' ? body.message : `HTTP ${status}`);
        this.status = status;
        this.body = body;
        this.violation = violation;
    }
}
function invalid(detail, violation) {
    return new HttpError(422, { message: `Invalid request.\n\n${detail}`, documentation_url: DOCS, status: '422' }, violation);
}
function validationFailed(error) {
    return new HttpError(422, {
        message: 'Validation Failed',
        errors: [error],
        documentation_url: DOCS,
    });
}
function notFound(violation) {
    return new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' }, violation);
}

;// CONCATENATED MODULE: ./src/stand-ins/github/request-body.ts

function guard(expected, test) {
    return Object.assign((value) => test(value), { expected });
}
const isString = guard('string', (v) => typeof v === 'string');
const isNullableString = guard('string or null', (v) => v === null || typeof v === 'string');
const isTitle = guard('string or integer', (v) => typeof v === 'string' || Number.isInteger(v));
const isBoolean = guard('boolean', (v) => typeof v === 'boolean');
const isIssueState = guard('one of open, closed', (v) => v === 'open' || v === 'closed');
const isStringArray = guard('array of strings', (v) => Array.isArray(v) && v.every((item) => typeof item === 'string'));
function fields(body) {
    return typeof body === 'object' && body !== null && !Array.isArray(body)
        ? body
        : {};
}
/** An absent field reads as undefined; a present one of the wrong type is GitHub's 422. */
function read(body, key, isValid) {
    const value = body[key];
    if (value === undefined || isValid(value))
        return value;
    const detail = `For 'properties/${key}', ${JSON.stringify(value)} is not a ${isValid.expected}.`;
    throw invalid(detail, `${key}: expected ${isValid.expected}, got ${JSON.stringify(value)}`);
}
function labelList(value) {
    if (value === undefined)
        return [];
    const isLabel = (item) => typeof item === 'string' || typeof fields(item).name === 'string';
    if (Array.isArray(value) && value.every(isLabel))
        return value;
    throw invalid('Invalid labels.', `labels must be strings or {name} objects, got ${JSON.stringify(value)}`);
}

;// CONCATENATED MODULE: ./src/stand-ins/github/graphql.ts


/** Pseudo operation id for POST /graphql, usable with failNext and requestsFor. */
const GRAPHQL_OPERATION = 'graphql';
// The REST description has no entry for GraphQL, so it gets a hand-made one.
const GRAPHQL_SPEC = {
    method: 'POST',
    path: '/graphql',
    operationId: GRAPHQL_OPERATION,
    requiredBody: ['query'],
};
const READY_FOR_REVIEW = /markPullRequestReadyForReview\s*\(\s*input\s*:\s*(?:\{\s*pullRequestId\s*:\s*(?:"([^"]*)"|\$(\w+))\s*\}|\$(\w+))\s*\)/;
/** The one mutation the product sends; any other document is a violation. */
function answerGraphql(state, body) {
    const { query, variables } = fields(body);
    const found = typeof query === 'string' ? READY_FOR_REVIEW.exec(query) : null;
    if (!found) {
        throw graphqlError(`unsupported GraphQL document: ${String(query).slice(0, 200)}`);
    }
    const [, literal, idVariable, inputVariable] = found;
    const vars = fields(variables);
    const id = literal ?? (idVariable ? vars[idVariable] : fields(vars[inputVariable ?? '']).pullRequestId);
    if (typeof id !== 'string') {
        throw graphqlError('markPullRequestReadyForReview called without a pullRequestId');
    }
    if (!state.markReadyForReview(id))
        return graphqlNotFound(id);
    return {
        status: 200,
        body: { data: { markPullRequestReadyForReview: { pullRequest: { isDraft: false } } } },
    };
}
// GitHub answers GraphQL problems with 200 and an `errors` array, not an HTTP error status.
function graphqlError(violation) {
    return new HttpError(200, { errors: [{ message: violation }] }, violation);
}
function graphqlNotFound(id) {
    const error = {
        type: 'NOT_FOUND',
        path: ['markPullRequestReadyForReview'],
        message: `Could not resolve to a node with the global id of '${id}'.`,
    };
    return { status: 200, body: { data: { markPullRequestReadyForReview: null }, errors: [error] } };
}

;// CONCATENATED MODULE: ./src/stand-ins/github/http-io.ts

function injectedResult(injected) {
    const body = injected.body ?? { message: `Injected ${injected.status}` };
    return {
        status: injected.status,
        body,
        ...(injected.headers ? { headers: injected.headers } : {}),
    };
}
async function readBody(request) {
    const chunks = [];
    for await (const chunk of request) {
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
// fetch() labels a string body text/plain, so JSON is attempted whatever the content type;
// only a body that claims to be JSON and is not counts as the client's mistake.
function parseBody(raw, contentType) {
    if (raw.trim() === '')
        return undefined;
    try {
        return JSON.parse(raw);
    }
    catch {
        if (!contentType?.includes('json'))
            return undefined;
        throw new HttpError(400, { message: 'Problems parsing JSON' }, 'body is not valid JSON');
    }
}
function send(response, result) {
    const headers = {
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
function lowercaseKeys(headers) {
    return Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/stand-ins/github/names.ts

function splitHead(head, defaultOwner) {
    const colon = head.indexOf(':');
    return colon < 0 ? [defaultOwner, head] : [head.slice(0, colon), head.slice(colon + 1)];
}
function sameName(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
function touch(issue) {
    issue.updated_at = timestamp();
    return issue;
}
function union(existing, added) {
    return [...existing, ...added.filter((item) => !existing.some((e) => sameName(e, item)))];
}
// GitHub timestamps carry no milliseconds.
function timestamp() {
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function fakeSha(seed) {
    return (0,external_node_crypto_.createHash)('sha1').update(seed).digest('hex');
}
function stableId(seed) {
    return Number.parseInt(fakeSha(seed).slice(0, 7), 16);
}

;// CONCATENATED MODULE: ./src/stand-ins/github/records.ts
function toIssueView(issue) {
    const { pull, ...rest } = structuredClone(issue);
    return { ...rest, pull_request: pull !== undefined };
}
function toPullView(issue) {
    const { pull, ...rest } = structuredClone(issue);
    if (!pull)
        throw new Error(`#${issue.number} is not a pull request`);
    const { owner, ref, sha } = pull.head;
    return { ...rest, ...pull, head: { ref, sha, label: `${owner}:${ref}` } };
}

;// CONCATENATED MODULE: ./src/stand-ins/github/repo-state.ts

/** Everything the fake GitHub remembers about its one repository. */
class RepoState {
    owner;
    repo;
    defaultBranch;
    actor;
    permissions = new Map();
    issues = new Map();
    comments = new Map();
    /** Label events, as the issue events API reports them. */
    labelEvents = [];
    /** Workflow files by path (`.github/workflows/x.yml`), for the workflows and contents APIs. */
    files = new Map();
    /** Every accepted workflow_dispatch, in order. */
    dispatches = [];
    /** Reactions by `subject:content:login` (GitHub keeps one per person, content and subject). */
    reactions = new Map();
    /** Installation tokens issued to an app so far. */
    installationTokens = 0;
    #labelNames = new Map();
    #nextNumber = 1;
    #nextId = 1_000_001;
    constructor(owner, repo, defaultBranch, actor) {
        this.owner = owner;
        this.repo = repo;
        this.defaultBranch = defaultBranch;
        this.actor = actor;
    }
    addIssue(seed) {
        const number = seed.number ?? this.#nextNumber;
        if (this.issues.has(number))
            throw new Error(`issue or pull #${number} already exists`);
        this.#nextNumber = Math.max(this.#nextNumber, number + 1);
        const id = this.nextId();
        const now = timestamp();
        const state = seed.state ?? 'open';
        const issue = {
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
    addPull(seed) {
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
    addComment(issue, body, user = this.actor) {
        const id = this.nextId();
        const now = timestamp();
        const comment = {
            id,
            node_id: `IC_kwDOFake${id}`,
            issue_number: issue.number,
            body,
            user,
            created_at: now,
            updated_at: now,
        };
        this.comments.set(id, comment);
        return comment;
    }
    commentsOn(number) {
        return [...this.comments.values()].filter((comment) => comment.issue_number === number);
    }
    /** GitHub creates labels that do not exist yet, and names compare case-insensitively. */
    addLabels(issue, labels, actor = this.actor) {
        for (const label of labels) {
            const name = typeof label === 'string' ? label : label.name;
            const known = this.#labelNames.get(name.toLowerCase()) ?? name;
            this.#labelNames.set(name.toLowerCase(), known);
            if (!issue.labels.some((existing) => sameName(existing, known))) {
                issue.labels.push(known);
                this.labelEvents.push({
                    id: this.nextId(),
                    issue: issue.number,
                    event: 'labeled',
                    label: known,
                    actor,
                    created_at: timestamp(),
                });
            }
        }
    }
    permissionOf(login) {
        const exact = this.permissions.get(login);
        if (exact)
            return exact;
        const entry = [...this.permissions].find(([known]) => sameName(known, login));
        return entry?.[1] ?? 'none';
    }
    /** False when no pull request has that GraphQL node id. */
    markReadyForReview(nodeId) {
        const issue = [...this.issues.values()].find((candidate) => candidate.pull?.node_id === nodeId);
        if (!issue?.pull)
            return false;
        issue.pull.draft = false;
        touch(issue);
        return true;
    }
    nextId() {
        return this.#nextId++;
    }
}

;// CONCATENATED MODULE: ./src/stand-ins/github/route-context.ts



function ok(body) {
    return { status: 200, body };
}
function findIssue({ state, params }) {
    const issue = state.issues.get(Number(params.issue_number));
    if (!issue)
        throw notFound();
    return issue;
}
function findPull({ state, params }) {
    const issue = state.issues.get(Number(params.pull_number));
    if (!issue?.pull)
        throw notFound();
    return issue;
}
function applyTextEdits(issue, body) {
    const title = read(body, 'title', isTitle);
    if (title !== undefined)
        issue.title = String(title);
    const text = read(body, 'body', isNullableString);
    if (text !== undefined)
        issue.body = text;
}
/** PRs carry no state_reason, so callers pass null for them. */
function setState(issue, state, reason) {
    if (state === issue.state)
        return;
    issue.state = state;
    issue.closed_at = state === 'closed' ? timestamp() : null;
    const defaultReason = state === 'closed' ? 'completed' : 'reopened';
    issue.state_reason = issue.pull ? null : (reason ?? defaultReason);
}

;// CONCATENATED MODULE: ./src/stand-ins/github/actions-routes.ts




const WORKFLOWS = '.github/workflows/';
function workflowJson(context, path) {
    const { state, apiUrl } = context;
    const id = stableId(`workflow:${path}`);
    return {
        id,
        node_id: `W_kwDOFake${id}`,
        name: path.slice(WORKFLOWS.length).replace(/\.ya?ml$/, ''),
        path,
        state: 'active',
        created_at: '2026-01-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
        url: `${apiUrl}/repos/${state.owner}/${state.repo}/actions/workflows/${id}`,
        html_url: `https://github.com/${state.owner}/${state.repo}/blob/main/${path}`,
        badge_url: `https://github.com/${state.owner}/${state.repo}/workflows/x/badge.svg`,
    };
}
function workflowPaths(context) {
    return [...context.state.files.keys()].filter((path) => path.startsWith(WORKFLOWS) && /\.ya?ml$/.test(path));
}
function listWorkflows(context) {
    const workflows = workflowPaths(context).map((path) => workflowJson(context, path));
    return ok({ total_count: workflows.length, workflows });
}
/** `workflow_id` is the file name or the numeric id, as on GitHub. */
function createDispatch(context) {
    const name = context.params.workflow_id ?? '';
    const path = workflowPaths(context).find((candidate) => candidate.slice(WORKFLOWS.length) === name ||
        String(stableId(`workflow:${candidate}`)) === name);
    if (!path)
        throw notFound();
    const content = context.state.files.get(path) ?? '';
    if (!/^\s*workflow_dispatch\s*:/m.test(content)) {
        throw new HttpError(422, {
            message: "Workflow does not have 'workflow_dispatch' trigger",
        });
    }
    const body = fields(context.body);
    const inputs = fields(body.inputs);
    const strings = {};
    for (const [key, value] of Object.entries(inputs)) {
        if (typeof value !== 'string')
            throw new HttpError(422, { message: `input ${key} must be a string` });
        strings[key] = value;
    }
    context.state.dispatches.push({
        workflow: name,
        ref: String(read(body, 'ref', isString)),
        inputs: strings,
    });
    return { status: 204 };
}
function getContent(context) {
    const path = context.params.path ?? '';
    const content = context.state.files.get(path);
    if (content === undefined)
        throw notFound();
    const { state, apiUrl } = context;
    return ok({
        type: 'file',
        encoding: 'base64',
        size: Buffer.byteLength(content),
        name: path.split('/').pop(),
        path,
        content: Buffer.from(content).toString('base64'),
        sha: fakeSha(content),
        url: `${apiUrl}/repos/${state.owner}/${state.repo}/contents/${path}`,
        git_url: null,
        html_url: null,
        download_url: null,
        _links: { self: '', git: null, html: null },
    });
}

;// CONCATENATED MODULE: ./src/stand-ins/github/response-shapes.ts

const WEB = 'https://github.com';
function repoJson(state, apiUrl) {
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
function userJson(user, apiUrl) {
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
function labelJson({ state, apiUrl }, name) {
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
function issueJson(context, issue) {
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
function pullLinks({ state, apiUrl }, issue) {
    const html = `${WEB}/${state.owner}/${state.repo}/pull/${issue.number}`;
    return {
        url: `${apiUrl}/repos/${state.owner}/${state.repo}/pulls/${issue.number}`,
        html_url: html,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        merged_at: issue.pull?.merged ? issue.updated_at : null,
    };
}
function commentJson({ state, apiUrl }, comment) {
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
function association(state, user) {
    if (sameName(user.login, state.owner))
        return 'OWNER';
    return state.permissionOf(user.login) === 'none' ? 'NONE' : 'COLLABORATOR';
}

;// CONCATENATED MODULE: ./src/stand-ins/github/app-routes.ts





/**
 * POST /app/installations/{id}/access_tokens: what a GitHub App does before
 * acting for an installation. The app must authenticate with its JWT.
 */
function createInstallationToken(context) {
    const authorization = String(context.headers.authorization ?? '');
    if (!/^bearer [\w-]+\.[\w-]+\.[\w-]+$/i.test(authorization)) {
        throw new HttpError(401, { message: 'A JSON web token could not be decoded' }, 'installation token requested without an app JWT');
    }
    const installation = context.params.installation_id ?? '';
    context.state.installationTokens += 1;
    return {
        status: 201,
        body: {
            token: `ghs_installation${installation}x${String(context.state.installationTokens).padStart(20, '0')}`,
            expires_at: new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
            permissions: { issues: 'write', pull_requests: 'write', contents: 'read', actions: 'write' },
            repository_selection: 'all',
        },
    };
}
const INSTALLATION_ID = 1;
function installationJson(context) {
    const { state, apiUrl } = context;
    return {
        id: INSTALLATION_ID,
        account: userJson({ login: state.owner, type: 'User' }, apiUrl),
        repository_selection: 'all',
        access_tokens_url: `${apiUrl}/app/installations/${INSTALLATION_ID}/access_tokens`,
        repositories_url: `${apiUrl}/installation/repositories`,
        html_url: `https://github.com/settings/installations/${INSTALLATION_ID}`,
        app_id: 1,
        target_id: 1,
        target_type: 'User',
        permissions: { issues: 'write' },
        events: ['issues', 'issue_comment', 'pull_request'],
        created_at: '2026-01-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
        single_file_name: null,
        app_slug: 'specgate',
        suspended_at: null,
        suspended_by: null,
    };
}
/** The one repository is installed with installation 1. */
function getRepoInstallation(context) {
    return ok(installationJson(context));
}
function listInstallations(context) {
    return ok([installationJson(context)]);
}
function listInstallationRepos(context) {
    return ok({
        total_count: 1,
        repository_selection: 'all',
        repositories: [repoJson(context.state, context.apiUrl)],
    });
}
/** 201 for a new reaction, 200 with the existing one when this user already reacted so. */
function createReaction(context) {
    const { state } = context;
    const subject = context.params.comment_id
        ? `comment:${context.params.comment_id}`
        : `issue:${context.params.issue_number}`;
    if (context.params.comment_id && !state.comments.has(Number(context.params.comment_id)))
        throw notFound();
    if (context.params.issue_number && !state.issues.has(Number(context.params.issue_number)))
        throw notFound();
    const given = fields(context.body).content;
    const content = typeof given === 'string' ? given : '';
    const key = `${subject}:${content}:${state.actor.login}`;
    const existing = state.reactions.get(key);
    const reaction = existing ?? {
        id: state.nextId(),
        created_at: timestamp(),
        user: state.actor,
    };
    state.reactions.set(key, reaction);
    return {
        status: existing ? 200 : 201,
        body: {
            id: reaction.id,
            node_id: `REA_kwDOFake${reaction.id}`,
            user: userJson(reaction.user, context.apiUrl),
            content,
            created_at: reaction.created_at,
        },
    };
}
function deleteReaction(context) {
    const { state } = context;
    const id = Number(context.params.reaction_id);
    const entry = [...state.reactions].find(([, reaction]) => reaction.id === id);
    if (!entry)
        throw notFound();
    state.reactions.delete(entry[0]);
    return { status: 204 };
}

;// CONCATENATED MODULE: ./src/stand-ins/github/pagination.ts
function paginate(context, items) {
    const perPage = clamp(Number(context.query.get('per_page') ?? 30), 1, 100);
    const page = Math.max(1, Math.trunc(Number(context.query.get('page') ?? 1)) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const body = items.slice((page - 1) * perPage, page * perPage);
    const link = linkHeader(context, page, last);
    return { status: 200, body, ...(link ? { headers: { link } } : {}) };
}
// Same relation order as GitHub: prev, next, last, first.
function linkHeader({ apiUrl, requestUrl }, page, last) {
    const pageUrl = (target) => {
        const url = new URL(requestUrl.pathname + requestUrl.search, apiUrl);
        url.searchParams.set('page', String(target));
        return url.toString();
    };
    const relations = [];
    if (page > 1)
        relations.push(`<${pageUrl(Math.min(page - 1, last))}>; rel="prev"`);
    if (page < last)
        relations.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
    if (page > 1)
        relations.push(`<${pageUrl(1)}>; rel="first"`);
    return relations.length > 0 ? relations.join(', ') : undefined;
}
function clamp(value, min, max) {
    return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : min;
}

;// CONCATENATED MODULE: ./src/stand-ins/github/issue-routes.ts






function getIssue(context) {
    return ok(issueJson(context, findIssue(context)));
}
function createIssue(context) {
    const body = fields(context.body);
    const issue = context.state.addIssue({
        title: String(read(body, 'title', isTitle)),
        body: read(body, 'body', isNullableString),
        labels: labelList(body.labels),
    });
    return { status: 201, body: issueJson(context, issue) };
}
function updateIssue(context) {
    const issue = findIssue(context);
    const body = fields(context.body);
    applyTextEdits(issue, body);
    const state = read(body, 'state', isIssueState);
    if (state)
        setState(issue, state, read(body, 'state_reason', isNullableString));
    if (body.labels !== undefined) {
        issue.labels = [];
        context.state.addLabels(issue, labelList(body.labels));
    }
    return ok(issueJson(context, touch(issue)));
}
function listComments(context) {
    const issue = findIssue(context);
    const comments = context.state.commentsOn(issue.number);
    return paginate(context, comments.map((comment) => commentJson(context, comment)));
}
function createComment(context) {
    const issue = findIssue(context);
    const text = read(fields(context.body), 'body', isString) ?? '';
    const comment = context.state.addComment(touch(issue), text);
    return { status: 201, body: commentJson(context, comment) };
}
function updateComment(context) {
    const comment = context.state.comments.get(Number(context.params.comment_id));
    if (!comment)
        throw notFound();
    comment.body = read(fields(context.body), 'body', isString) ?? comment.body;
    comment.updated_at = timestamp();
    return ok(commentJson(context, comment));
}
function addLabels(context) {
    const issue = findIssue(context);
    // The schema only describes `{labels: [...]}`, yet the docs (and GitHub) also take a bare array.
    const labels = Array.isArray(context.body) ? context.body : fields(context.body).labels;
    if (!Array.isArray(labels) || labels.length === 0) {
        throw invalid('No labels given.', 'issues/add-labels: no labels in the body');
    }
    context.state.addLabels(touch(issue), labelList(labels));
    return ok(issue.labels.map((name) => labelJson(context, name)));
}
function removeLabel(context) {
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
function getComment(context) {
    const comment = context.state.comments.get(Number(context.params.comment_id));
    if (!comment)
        throw notFound();
    return ok(commentJson(context, comment));
}
/** Label events only: the ones specgate reads. */
function listEvents(context) {
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
function listForRepo(context) {
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

;// CONCATENATED MODULE: ./src/stand-ins/github/pull-shape.ts


/** `simple` mirrors the list endpoint, which omits merged, mergeable and the counters. */
function pullJson(context, issue, { simple = false } = {}) {
    const { state, apiUrl } = context;
    const pull = issue.pull;
    if (!pull)
        throw new Error(`#${issue.number} is not a pull request`);
    const links = pullLinks(context, issue);
    const repo = repoJson(state, apiUrl);
    const shape = {
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
            repo: pull.head.owner === state.owner ? repo : forkJson(repo, pull.head.owner, apiUrl),
        },
        base: {
            label: `${state.owner}:${pull.base.ref}`,
            ref: pull.base.ref,
            sha: fakeSha(`${state.owner}:${pull.base.ref}`),
            user: repo.owner,
            repo,
        },
        requested_reviewers: pull.requested_reviewers.map((login) => userJson({ login, type: 'User' }, apiUrl)),
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
    if (simple)
        return shape;
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
/** A head in another account lives in that account's fork of the repository. */
function forkJson(repo, owner, apiUrl) {
    const fullName = `${owner}/${String(repo.name)}`;
    return {
        ...repo,
        id: Number(repo.id) + 1,
        full_name: fullName,
        owner: userJson({ login: owner, type: 'User' }, apiUrl),
        fork: true,
        html_url: `https://github.com/${fullName}`,
        url: `${apiUrl}/repos/${fullName}`,
    };
}

;// CONCATENATED MODULE: ./src/stand-ins/github/pull-routes.ts






function getPull(context) {
    return ok(pullJson(context, findPull(context)));
}
function listPulls(context) {
    const { query, state } = context;
    const wanted = query.get('state') ?? 'open';
    const head = parseHeadFilter(query.get('head'));
    const base = query.get('base');
    const pulls = [...state.issues.values()]
        .filter((issue) => issue.pull && (wanted === 'all' || issue.state === wanted))
        .filter((issue) => !head || sameHead(issue, head.owner, head.ref))
        .filter((issue) => !base || issue.pull?.base.ref === base)
        .sort((a, b) => (query.get('direction') === 'asc' ? a.number - b.number : b.number - a.number));
    return paginate(context, pulls.map((issue) => pullJson(context, issue, { simple: true })));
}
// GitHub silently ignores a head filter without the `owner:` prefix and returns every PR.
function parseHeadFilter(head) {
    if (!head?.includes(':'))
        return undefined;
    const [owner, ref] = splitHead(head, '');
    return { owner, ref };
}
function sameHead(issue, owner, ref) {
    return (issue.pull !== undefined &&
        sameName(issue.pull.head.owner, owner) &&
        issue.pull.head.ref === ref);
}
function createPull(context) {
    const { state } = context;
    const body = fields(context.body);
    if (body.issue !== undefined) {
        const violation = 'pulls/create: converting an issue (`issue`) is not implemented by FakeGitHub';
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
    const duplicate = [...state.issues.values()].some((issue) => issue.state === 'open' && sameHead(issue, owner, ref));
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
function updatePull(context) {
    const issue = findPull(context);
    const body = fields(context.body);
    applyTextEdits(issue, body);
    const state = read(body, 'state', isIssueState);
    if (state)
        setState(issue, state, null);
    const base = read(body, 'base', isString);
    if (base && issue.pull)
        issue.pull.base.ref = base;
    return ok(pullJson(context, touch(issue)));
}
function requestReviewers(context) {
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

;// CONCATENATED MODULE: ./src/stand-ins/github/repo-routes.ts


// GitHub's legacy `permission` field predates the maintain and triage roles.
const LEGACY_PERMISSION = {
    admin: 'admin',
    maintain: 'write',
    write: 'write',
    triage: 'read',
    read: 'read',
    none: 'none',
};
const RANK = {
    none: 0,
    read: 1,
    triage: 2,
    write: 3,
    maintain: 4,
    admin: 5,
};
function getRepo({ state, apiUrl }) {
    return ok(repoJson(state, apiUrl));
}
function getPermission({ state, params, apiUrl }) {
    const level = state.permissionOf(params.username ?? '');
    const atLeast = (minimum) => RANK[level] >= RANK[minimum];
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

;// CONCATENATED MODULE: ./src/stand-ins/github/routes.ts





/** The REST operations the fake answers, by GitHub's operation id; any other is a 501. */
const ROUTES = {
    'repos/get': getRepo,
    'repos/get-collaborator-permission-level': getPermission,
    'issues/get': getIssue,
    'issues/create': createIssue,
    'issues/update': updateIssue,
    'issues/list-comments': listComments,
    'issues/create-comment': createComment,
    'issues/update-comment': updateComment,
    'issues/add-labels': addLabels,
    'issues/remove-label': removeLabel,
    'issues/get-comment': getComment,
    'issues/list-events': listEvents,
    'issues/list-for-repo': listForRepo,
    'actions/list-repo-workflows': listWorkflows,
    'actions/create-workflow-dispatch': createDispatch,
    'repos/get-content': getContent,
    'apps/create-installation-access-token': createInstallationToken,
    'apps/get-repo-installation': getRepoInstallation,
    'apps/list-installations': listInstallations,
    'apps/list-repos-accessible-to-installation': listInstallationRepos,
    'reactions/create-for-issue': createReaction,
    'reactions/create-for-issue-comment': createReaction,
    'reactions/delete-for-issue': deleteReaction,
    'reactions/delete-for-issue-comment': deleteReaction,
    'pulls/list': listPulls,
    'pulls/create': createPull,
    'pulls/get': getPull,
    'pulls/update': updatePull,
    'pulls/request-reviewers': requestReviewers,
};

;// CONCATENATED MODULE: ./src/stand-ins/github-operations.json
const github_operations_namespaceObject = /*#__PURE__*/JSON.parse('[{"method":"GET","path":"/","operationId":"meta/root","requiredBody":[]},{"method":"GET","path":"/advisories","operationId":"security-advisories/list-global-advisories","requiredBody":[]},{"method":"GET","path":"/advisories/{ghsa_id}","operationId":"security-advisories/get-global-advisory","requiredBody":[]},{"method":"GET","path":"/agents/repos/{owner}/{repo}/tasks","operationId":"agent-tasks/list-tasks-for-repo","requiredBody":[]},{"method":"POST","path":"/agents/repos/{owner}/{repo}/tasks","operationId":"agent-tasks/create-task-in-repo","requiredBody":["prompt"]},{"method":"GET","path":"/agents/repos/{owner}/{repo}/tasks/{task_id}","operationId":"agent-tasks/get-task-by-repo-and-id","requiredBody":[]},{"method":"GET","path":"/agents/tasks","operationId":"agent-tasks/list-tasks","requiredBody":[]},{"method":"GET","path":"/agents/tasks/{task_id}","operationId":"agent-tasks/get-task-by-id","requiredBody":[]},{"method":"GET","path":"/app","operationId":"apps/get-authenticated","requiredBody":[]},{"method":"POST","path":"/app-manifests/{code}/conversions","operationId":"apps/create-from-manifest","requiredBody":[]},{"method":"GET","path":"/app/hook/config","operationId":"apps/get-webhook-config-for-app","requiredBody":[]},{"method":"PATCH","path":"/app/hook/config","operationId":"apps/update-webhook-config-for-app","requiredBody":[]},{"method":"GET","path":"/app/hook/deliveries","operationId":"apps/list-webhook-deliveries","requiredBody":[]},{"method":"GET","path":"/app/hook/deliveries/{delivery_id}","operationId":"apps/get-webhook-delivery","requiredBody":[]},{"method":"POST","path":"/app/hook/deliveries/{delivery_id}/attempts","operationId":"apps/redeliver-webhook-delivery","requiredBody":[]},{"method":"GET","path":"/app/installation-requests","operationId":"apps/list-installation-requests-for-authenticated-app","requiredBody":[]},{"method":"GET","path":"/app/installations","operationId":"apps/list-installations","requiredBody":[]},{"method":"GET","path":"/app/installations/{installation_id}","operationId":"apps/get-installation","requiredBody":[]},{"method":"DELETE","path":"/app/installations/{installation_id}","operationId":"apps/delete-installation","requiredBody":[]},{"method":"POST","path":"/app/installations/{installation_id}/access_tokens","operationId":"apps/create-installation-access-token","requiredBody":[]},{"method":"PUT","path":"/app/installations/{installation_id}/suspended","operationId":"apps/suspend-installation","requiredBody":[]},{"method":"DELETE","path":"/app/installations/{installation_id}/suspended","operationId":"apps/unsuspend-installation","requiredBody":[]},{"method":"DELETE","path":"/applications/{client_id}/grant","operationId":"apps/delete-authorization","requiredBody":["access_token"]},{"method":"POST","path":"/applications/{client_id}/token","operationId":"apps/check-token","requiredBody":["access_token"]},{"method":"DELETE","path":"/applications/{client_id}/token","operationId":"apps/delete-token","requiredBody":["access_token"]},{"method":"PATCH","path":"/applications/{client_id}/token","operationId":"apps/reset-token","requiredBody":["access_token"]},{"method":"POST","path":"/applications/{client_id}/token/scoped","operationId":"apps/scope-token","requiredBody":["access_token"]},{"method":"GET","path":"/apps/{app_slug}","operationId":"apps/get-by-slug","requiredBody":[]},{"method":"GET","path":"/assignments/{assignment_id}","operationId":"classroom/get-an-assignment","requiredBody":[]},{"method":"GET","path":"/assignments/{assignment_id}/accepted_assignments","operationId":"classroom/list-accepted-assignments-for-an-assignment","requiredBody":[]},{"method":"GET","path":"/assignments/{assignment_id}/grades","operationId":"classroom/get-assignment-grades","requiredBody":[]},{"method":"GET","path":"/classrooms","operationId":"classroom/list-classrooms","requiredBody":[]},{"method":"GET","path":"/classrooms/{classroom_id}","operationId":"classroom/get-a-classroom","requiredBody":[]},{"method":"GET","path":"/classrooms/{classroom_id}/assignments","operationId":"classroom/list-assignments-for-a-classroom","requiredBody":[]},{"method":"GET","path":"/codes_of_conduct","operationId":"codes-of-conduct/get-all-codes-of-conduct","requiredBody":[]},{"method":"GET","path":"/codes_of_conduct/{key}","operationId":"codes-of-conduct/get-conduct-code","requiredBody":[]},{"method":"POST","path":"/credentials/revoke","operationId":"credentials/revoke","requiredBody":["credentials"]},{"method":"GET","path":"/emojis","operationId":"emojis/get","requiredBody":[]},{"method":"GET","path":"/enterprises/{enterprise}/actions/cache/retention-limit","operationId":"actions/get-actions-cache-retention-limit-for-enterprise","requiredBody":[]},{"method":"PUT","path":"/enterprises/{enterprise}/actions/cache/retention-limit","operationId":"actions/set-actions-cache-retention-limit-for-enterprise","requiredBody":[]},{"method":"GET","path":"/enterprises/{enterprise}/actions/cache/storage-limit","operationId":"actions/get-actions-cache-storage-limit-for-enterprise","requiredBody":[]},{"method":"PUT","path":"/enterprises/{enterprise}/actions/cache/storage-limit","operationId":"actions/set-actions-cache-storage-limit-for-enterprise","requiredBody":[]},{"method":"GET","path":"/enterprises/{enterprise}/actions/oidc/customization/properties/repo","operationId":"oidc/list-oidc-custom-property-inclusions-for-enterprise","requiredBody":[]},{"method":"POST","path":"/enterprises/{enterprise}/actions/oidc/customization/properties/repo","operationId":"oidc/create-oidc-custom-property-inclusion-for-enterprise","requiredBody":["custom_property_name"]},{"method":"DELETE","path":"/enterprises/{enterprise}/actions/oidc/customization/properties/repo/{custom_property_name}","operationId":"oidc/delete-oidc-custom-property-inclusion-for-enterprise","requiredBody":[]},{"method":"GET","path":"/enterprises/{enterprise}/code-security/configurations","operationId":"code-security/get-configurations-for-enterprise","requiredBody":[]},{"method":"POST","path":"/enterprises/{enterprise}/code-security/configurations","operationId":"code-security/create-configuration-for-enterprise","requiredBody":["name"]},{"method":"GET","path":"/enterprises/{enterprise}/code-security/configurations/defaults","operationId":"code-security/get-default-configurations-for-enterprise","requiredBody":[]},{"method":"GET","path":"/enterprises/{enterprise}/code-security/configurations/{configuration_id}","operationId":"code-security/get-single-configuration-for-enterprise","requiredBody":[]},{"method":"DELETE","path":"/enterprises/{enterprise}/code-security/configurations/{configuration_id}","operationId":"code-security/delete-configuration-for-enterprise","requiredBody":[]},{"method":"PATCH","path":"/enterprises/{enterprise}/code-security/configurations/{configuration_id}","operationId":"code-security/update-enterprise-configuration","requiredBody":[]},{"method":"POST","path":"/enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach","operationId":"code-security/attach-enterprise-configuration","requiredBody":["scope"]},{"method":"PUT","path":"/enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults","operationId":"code-security/set-configuration-as-default-for-enterprise","requiredBody":[]},{"method":"GET","path":"/enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories","operationId":"code-security/get-repositories-for-enterprise-configuration","requiredBody":[]},{"method":"GET","path":"/enterprises/{enterprise}/copilot/metrics/reports/enterprise-1-day","operationId":"copilot/copilot-enterprise-one-day-usage-metrics","requiredBody":[]},{"method":"GET","path":"/enterprises/{enterprise}/copilot/metrics/reports/enterprise-28-day/latest","operationId":"copilot/copilot-enterprise-usage-metrics","requiredBody":[]},{"method":"GET","path":"/enterprises/{enterprise}/copilot/metrics/reports/repos-1-day","operationId":"copilot/copilot-enterprise-repos-one-day-report","requiredBody":[]},{"method":"GET","path":"/enterprises/{enterprise}/copilot/metrics/reports/user-teams-1-day","operationId":"copilot/copilot-enterprise-user-teams-one-day-report","requiredBody":[]},{"method":"GET","path":"/enterprises/{enterprise}/copilot/metrics/reports/users-1-day","operationId":"copilot/copilot-users-one-day-usage-metrics","requiredBody":[]},{"method":"GET","path":"/enterprises/{enterprise}/copilot/metrics/reports/users-28-day/latest","operationId":"copilot/copilot-users-usage-metrics","requiredBody":[]},{"method":"PUT","path":"/enterprises/{enterprise}/copilot/policies/coding_agent","operationId":"copilot/set-enterprise-coding-agent-policy","requiredBody":["policy_state"]},{"method":"POST","path":"/enterprises/{enterprise}/copilot/policies/coding_agent/organizations","operationId":"copilot/add-organizations-to-enterprise-coding-agent-policy","requiredBody":[]},{"method":"DELETE","path":"/enterprises/{enterprise}/copilot/policies/coding_agent/organizations","operationId":"copilot/remove-organizations-from-enterprise-coding-agent-policy","requiredBody":[]},{"method":"GET","path":"/enterprises/{enterprise}/dependabot/alerts","operationId":"dependabot/list-alerts-for-enterprise","requiredBody":[]},{"method":"GET","path":"/enterprises/{enterprise}/dependabot/repository-access","operationId":"dependabot/repository-access-for-enterprise","requiredBody":[]},{"method":"PATCH","path":"/enterprises/{enterprise}/dependabot/repository-access","operationId":"dependabot/update-repository-access-for-enterprise","requiredBody":[]},{"method":"PUT","path":"/enterprises/{enterprise}/dependabot/repository-access/default-level","operationId":"dependabot/set-repository-access-default-level-for-enterprise","requiredBody":["default_level"]},{"method":"GET","path":"/enterprises/{enterprise}/teams","operationId":"enterprise-teams/list","requiredBody":[]},{"method":"POST","path":"/enterprises/{enterprise}/teams","operationId":"enterprise-teams/create","requiredBody":["name"]},{"method":"GET","path":"/enterprises/{enterprise}/teams/{enterprise-team}/memberships","operationId":"enterprise-team-memberships/list","requiredBody":[]},{"method":"POST","path":"/enterprises/{enterprise}/teams/{enterprise-team}/memberships/add","operationId":"enterprise-team-memberships/bulk-add","requiredBody":["usernames"]},{"method":"POST","path":"/enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove","operationId":"enterprise-team-memberships/bulk-remove","requiredBody":["usernames"]},{"method":"GET","path":"/enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}","operationId":"enterprise-team-memberships/get","requiredBody":[]},{"method":"PUT","path":"/enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}","operationId":"enterprise-team-memberships/add","requiredBody":[]},{"method":"DELETE","path":"/enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}","operationId":"enterprise-team-memberships/remove","requiredBody":[]},{"method":"GET","path":"/enterprises/{enterprise}/teams/{enterprise-team}/organizations","operationId":"enterprise-team-organizations/get-assignments","requiredBody":[]},{"method":"POST","path":"/enterprises/{enterprise}/teams/{enterprise-team}/organizations/add","operationId":"enterprise-team-organizations/bulk-add","requiredBody":["organization_slugs"]},{"method":"POST","path":"/enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove","operationId":"enterprise-team-organizations/bulk-remove","requiredBody":["organization_slugs"]},{"method":"GET","path":"/enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}","operationId":"enterprise-team-organizations/get-assignment","requiredBody":[]},{"method":"PUT","path":"/enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}","operationId":"enterprise-team-organizations/add","requiredBody":[]},{"method":"DELETE","path":"/enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}","operationId":"enterprise-team-organizations/delete","requiredBody":[]},{"method":"GET","path":"/enterprises/{enterprise}/teams/{team_slug}","operationId":"enterprise-teams/get","requiredBody":[]},{"method":"DELETE","path":"/enterprises/{enterprise}/teams/{team_slug}","operationId":"enterprise-teams/delete","requiredBody":[]},{"method":"PATCH","path":"/enterprises/{enterprise}/teams/{team_slug}","operationId":"enterprise-teams/update","requiredBody":[]},{"method":"GET","path":"/events","operationId":"activity/list-public-events","requiredBody":[]},{"method":"GET","path":"/feeds","operationId":"activity/get-feeds","requiredBody":[]},{"method":"GET","path":"/gists","operationId":"gists/list","requiredBody":[]},{"method":"POST","path":"/gists","operationId":"gists/create","requiredBody":["files"]},{"method":"GET","path":"/gists/public","operationId":"gists/list-public","requiredBody":[]},{"method":"GET","path":"/gists/starred","operationId":"gists/list-starred","requiredBody":[]},{"method":"GET","path":"/gists/{gist_id}","operationId":"gists/get","requiredBody":[]},{"method":"DELETE","path":"/gists/{gist_id}","operationId":"gists/delete","requiredBody":[]},{"method":"PATCH","path":"/gists/{gist_id}","operationId":"gists/update","requiredBody":[]},{"method":"GET","path":"/gists/{gist_id}/comments","operationId":"gists/list-comments","requiredBody":[]},{"method":"POST","path":"/gists/{gist_id}/comments","operationId":"gists/create-comment","requiredBody":["body"]},{"method":"GET","path":"/gists/{gist_id}/comments/{comment_id}","operationId":"gists/get-comment","requiredBody":[]},{"method":"DELETE","path":"/gists/{gist_id}/comments/{comment_id}","operationId":"gists/delete-comment","requiredBody":[]},{"method":"PATCH","path":"/gists/{gist_id}/comments/{comment_id}","operationId":"gists/update-comment","requiredBody":["body"]},{"method":"GET","path":"/gists/{gist_id}/commits","operationId":"gists/list-commits","requiredBody":[]},{"method":"GET","path":"/gists/{gist_id}/forks","operationId":"gists/list-forks","requiredBody":[]},{"method":"POST","path":"/gists/{gist_id}/forks","operationId":"gists/fork","requiredBody":[]},{"method":"GET","path":"/gists/{gist_id}/star","operationId":"gists/check-is-starred","requiredBody":[]},{"method":"PUT","path":"/gists/{gist_id}/star","operationId":"gists/star","requiredBody":[]},{"method":"DELETE","path":"/gists/{gist_id}/star","operationId":"gists/unstar","requiredBody":[]},{"method":"GET","path":"/gists/{gist_id}/{sha}","operationId":"gists/get-revision","requiredBody":[]},{"method":"GET","path":"/gitignore/templates","operationId":"gitignore/get-all-templates","requiredBody":[]},{"method":"GET","path":"/gitignore/templates/{name}","operationId":"gitignore/get-template","requiredBody":[]},{"method":"GET","path":"/installation/repositories","operationId":"apps/list-repos-accessible-to-installation","requiredBody":[]},{"method":"DELETE","path":"/installation/token","operationId":"apps/revoke-installation-access-token","requiredBody":[]},{"method":"GET","path":"/issues","operationId":"issues/list","requiredBody":[]},{"method":"GET","path":"/licenses","operationId":"licenses/get-all-commonly-used","requiredBody":[]},{"method":"GET","path":"/licenses/{license}","operationId":"licenses/get","requiredBody":[]},{"method":"POST","path":"/markdown","operationId":"markdown/render","requiredBody":["text"]},{"method":"POST","path":"/markdown/raw","operationId":"markdown/render-raw","requiredBody":[]},{"method":"GET","path":"/marketplace_listing/accounts/{account_id}","operationId":"apps/get-subscription-plan-for-account","requiredBody":[]},{"method":"GET","path":"/marketplace_listing/plans","operationId":"apps/list-plans","requiredBody":[]},{"method":"GET","path":"/marketplace_listing/plans/{plan_id}/accounts","operationId":"apps/list-accounts-for-plan","requiredBody":[]},{"method":"GET","path":"/marketplace_listing/stubbed/accounts/{account_id}","operationId":"apps/get-subscription-plan-for-account-stubbed","requiredBody":[]},{"method":"GET","path":"/marketplace_listing/stubbed/plans","operationId":"apps/list-plans-stubbed","requiredBody":[]},{"method":"GET","path":"/marketplace_listing/stubbed/plans/{plan_id}/accounts","operationId":"apps/list-accounts-for-plan-stubbed","requiredBody":[]},{"method":"GET","path":"/meta","operationId":"meta/get","requiredBody":[]},{"method":"GET","path":"/networks/{owner}/{repo}/events","operationId":"activity/list-public-events-for-repo-network","requiredBody":[]},{"method":"GET","path":"/notifications","operationId":"activity/list-notifications-for-authenticated-user","requiredBody":[]},{"method":"PUT","path":"/notifications","operationId":"activity/mark-notifications-as-read","requiredBody":[]},{"method":"GET","path":"/notifications/threads/{thread_id}","operationId":"activity/get-thread","requiredBody":[]},{"method":"DELETE","path":"/notifications/threads/{thread_id}","operationId":"activity/mark-thread-as-done","requiredBody":[]},{"method":"PATCH","path":"/notifications/threads/{thread_id}","operationId":"activity/mark-thread-as-read","requiredBody":[]},{"method":"GET","path":"/notifications/threads/{thread_id}/subscription","operationId":"activity/get-thread-subscription-for-authenticated-user","requiredBody":[]},{"method":"PUT","path":"/notifications/threads/{thread_id}/subscription","operationId":"activity/set-thread-subscription","requiredBody":[]},{"method":"DELETE","path":"/notifications/threads/{thread_id}/subscription","operationId":"activity/delete-thread-subscription","requiredBody":[]},{"method":"GET","path":"/octocat","operationId":"meta/get-octocat","requiredBody":[]},{"method":"GET","path":"/organizations","operationId":"orgs/list","requiredBody":[]},{"method":"GET","path":"/organizations/{org}/actions/cache/retention-limit","operationId":"actions/get-actions-cache-retention-limit-for-organization","requiredBody":[]},{"method":"PUT","path":"/organizations/{org}/actions/cache/retention-limit","operationId":"actions/set-actions-cache-retention-limit-for-organization","requiredBody":[]},{"method":"GET","path":"/organizations/{org}/actions/cache/storage-limit","operationId":"actions/get-actions-cache-storage-limit-for-organization","requiredBody":[]},{"method":"PUT","path":"/organizations/{org}/actions/cache/storage-limit","operationId":"actions/set-actions-cache-storage-limit-for-organization","requiredBody":[]},{"method":"GET","path":"/organizations/{org}/settings/billing/ai_credit/usage","operationId":"billing/get-github-billing-ai-credit-usage-report-org","requiredBody":[]},{"method":"GET","path":"/organizations/{org}/settings/billing/budgets","operationId":"billing/get-all-budgets-org","requiredBody":[]},{"method":"POST","path":"/organizations/{org}/settings/billing/budgets","operationId":"billing/create-organization-budget","requiredBody":[]},{"method":"GET","path":"/organizations/{org}/settings/billing/budgets/{budget_id}","operationId":"billing/get-budget-org","requiredBody":[]},{"method":"DELETE","path":"/organizations/{org}/settings/billing/budgets/{budget_id}","operationId":"billing/delete-budget-org","requiredBody":[]},{"method":"PATCH","path":"/organizations/{org}/settings/billing/budgets/{budget_id}","operationId":"billing/update-budget-org","requiredBody":[]},{"method":"GET","path":"/organizations/{org}/settings/billing/premium_request/usage","operationId":"billing/get-github-billing-premium-request-usage-report-org","requiredBody":[]},{"method":"GET","path":"/organizations/{org}/settings/billing/usage","operationId":"billing/get-github-billing-usage-report-org","requiredBody":[]},{"method":"GET","path":"/organizations/{org}/settings/billing/usage/summary","operationId":"billing/get-github-billing-usage-summary-report-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}","operationId":"orgs/get","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}","operationId":"orgs/delete","requiredBody":[]},{"method":"PATCH","path":"/orgs/{org}","operationId":"orgs/update","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/cache/usage","operationId":"actions/get-actions-cache-usage-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/cache/usage-by-repository","operationId":"actions/get-actions-cache-usage-by-repo-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/hosted-runners","operationId":"actions/list-hosted-runners-for-org","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/actions/hosted-runners","operationId":"actions/create-hosted-runner-for-org","requiredBody":["name","image","size","runner_group_id"]},{"method":"GET","path":"/orgs/{org}/actions/hosted-runners/images/custom","operationId":"actions/list-custom-images-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}","operationId":"actions/get-custom-image-for-org","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}","operationId":"actions/delete-custom-image-from-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions","operationId":"actions/list-custom-image-versions-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}","operationId":"actions/get-custom-image-version-for-org","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}","operationId":"actions/delete-custom-image-version-from-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/hosted-runners/images/github-owned","operationId":"actions/get-hosted-runners-github-owned-images-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/hosted-runners/images/partner","operationId":"actions/get-hosted-runners-partner-images-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/hosted-runners/limits","operationId":"actions/get-hosted-runners-limits-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/hosted-runners/machine-sizes","operationId":"actions/get-hosted-runners-machine-specs-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/hosted-runners/platforms","operationId":"actions/get-hosted-runners-platforms-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/hosted-runners/{hosted_runner_id}","operationId":"actions/get-hosted-runner-for-org","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/actions/hosted-runners/{hosted_runner_id}","operationId":"actions/delete-hosted-runner-for-org","requiredBody":[]},{"method":"PATCH","path":"/orgs/{org}/actions/hosted-runners/{hosted_runner_id}","operationId":"actions/update-hosted-runner-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/oidc/customization/properties/repo","operationId":"oidc/list-oidc-custom-property-inclusions-for-org","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/actions/oidc/customization/properties/repo","operationId":"oidc/create-oidc-custom-property-inclusion-for-org","requiredBody":["custom_property_name"]},{"method":"DELETE","path":"/orgs/{org}/actions/oidc/customization/properties/repo/{custom_property_name}","operationId":"oidc/delete-oidc-custom-property-inclusion-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/oidc/customization/sub","operationId":"oidc/get-oidc-custom-sub-template-for-org","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/actions/oidc/customization/sub","operationId":"oidc/update-oidc-custom-sub-template-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/permissions","operationId":"actions/get-github-actions-permissions-organization","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/actions/permissions","operationId":"actions/set-github-actions-permissions-organization","requiredBody":["enabled_repositories"]},{"method":"GET","path":"/orgs/{org}/actions/permissions/artifact-and-log-retention","operationId":"actions/get-artifact-and-log-retention-settings-organization","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/actions/permissions/artifact-and-log-retention","operationId":"actions/set-artifact-and-log-retention-settings-organization","requiredBody":["days"]},{"method":"GET","path":"/orgs/{org}/actions/permissions/fork-pr-contributor-approval","operationId":"actions/get-fork-pr-contributor-approval-permissions-organization","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/actions/permissions/fork-pr-contributor-approval","operationId":"actions/set-fork-pr-contributor-approval-permissions-organization","requiredBody":["approval_policy"]},{"method":"GET","path":"/orgs/{org}/actions/permissions/fork-pr-workflows-private-repos","operationId":"actions/get-private-repo-fork-pr-workflows-settings-organization","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/actions/permissions/fork-pr-workflows-private-repos","operationId":"actions/set-private-repo-fork-pr-workflows-settings-organization","requiredBody":["run_workflows_from_fork_pull_requests"]},{"method":"GET","path":"/orgs/{org}/actions/permissions/repositories","operationId":"actions/list-selected-repositories-enabled-github-actions-organization","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/actions/permissions/repositories","operationId":"actions/set-selected-repositories-enabled-github-actions-organization","requiredBody":["selected_repository_ids"]},{"method":"PUT","path":"/orgs/{org}/actions/permissions/repositories/{repository_id}","operationId":"actions/enable-selected-repository-github-actions-organization","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/actions/permissions/repositories/{repository_id}","operationId":"actions/disable-selected-repository-github-actions-organization","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/permissions/selected-actions","operationId":"actions/get-allowed-actions-organization","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/actions/permissions/selected-actions","operationId":"actions/set-allowed-actions-organization","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/permissions/self-hosted-runners","operationId":"actions/get-self-hosted-runners-permissions-organization","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/actions/permissions/self-hosted-runners","operationId":"actions/set-self-hosted-runners-permissions-organization","requiredBody":["enabled_repositories"]},{"method":"GET","path":"/orgs/{org}/actions/permissions/self-hosted-runners/repositories","operationId":"actions/list-selected-repositories-self-hosted-runners-organization","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/actions/permissions/self-hosted-runners/repositories","operationId":"actions/set-selected-repositories-self-hosted-runners-organization","requiredBody":["selected_repository_ids"]},{"method":"PUT","path":"/orgs/{org}/actions/permissions/self-hosted-runners/repositories/{repository_id}","operationId":"actions/enable-selected-repository-self-hosted-runners-organization","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/actions/permissions/self-hosted-runners/repositories/{repository_id}","operationId":"actions/disable-selected-repository-self-hosted-runners-organization","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/permissions/workflow","operationId":"actions/get-github-actions-default-workflow-permissions-organization","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/actions/permissions/workflow","operationId":"actions/set-github-actions-default-workflow-permissions-organization","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/runner-groups","operationId":"actions/list-self-hosted-runner-groups-for-org","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/actions/runner-groups","operationId":"actions/create-self-hosted-runner-group-for-org","requiredBody":["name"]},{"method":"GET","path":"/orgs/{org}/actions/runner-groups/{runner_group_id}","operationId":"actions/get-self-hosted-runner-group-for-org","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/actions/runner-groups/{runner_group_id}","operationId":"actions/delete-self-hosted-runner-group-from-org","requiredBody":[]},{"method":"PATCH","path":"/orgs/{org}/actions/runner-groups/{runner_group_id}","operationId":"actions/update-self-hosted-runner-group-for-org","requiredBody":["name"]},{"method":"GET","path":"/orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners","operationId":"actions/list-github-hosted-runners-in-group-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/runner-groups/{runner_group_id}/repositories","operationId":"actions/list-repo-access-to-self-hosted-runner-group-in-org","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/actions/runner-groups/{runner_group_id}/repositories","operationId":"actions/set-repo-access-to-self-hosted-runner-group-in-org","requiredBody":["selected_repository_ids"]},{"method":"PUT","path":"/orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}","operationId":"actions/add-repo-access-to-self-hosted-runner-group-in-org","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}","operationId":"actions/remove-repo-access-to-self-hosted-runner-group-in-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/runner-groups/{runner_group_id}/runners","operationId":"actions/list-self-hosted-runners-in-group-for-org","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/actions/runner-groups/{runner_group_id}/runners","operationId":"actions/set-self-hosted-runners-in-group-for-org","requiredBody":["runners"]},{"method":"PUT","path":"/orgs/{org}/actions/runner-groups/{runner_group_id}/runners/{runner_id}","operationId":"actions/add-self-hosted-runner-to-group-for-org","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/actions/runner-groups/{runner_group_id}/runners/{runner_id}","operationId":"actions/remove-self-hosted-runner-from-group-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/runners","operationId":"actions/list-self-hosted-runners-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/runners/downloads","operationId":"actions/list-runner-applications-for-org","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/actions/runners/generate-jitconfig","operationId":"actions/generate-runner-jitconfig-for-org","requiredBody":["name","runner_group_id","labels"]},{"method":"POST","path":"/orgs/{org}/actions/runners/registration-token","operationId":"actions/create-registration-token-for-org","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/actions/runners/remove-token","operationId":"actions/create-remove-token-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/runners/{runner_id}","operationId":"actions/get-self-hosted-runner-for-org","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/actions/runners/{runner_id}","operationId":"actions/delete-self-hosted-runner-from-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/runners/{runner_id}/labels","operationId":"actions/list-labels-for-self-hosted-runner-for-org","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/actions/runners/{runner_id}/labels","operationId":"actions/set-custom-labels-for-self-hosted-runner-for-org","requiredBody":["labels"]},{"method":"POST","path":"/orgs/{org}/actions/runners/{runner_id}/labels","operationId":"actions/add-custom-labels-to-self-hosted-runner-for-org","requiredBody":["labels"]},{"method":"DELETE","path":"/orgs/{org}/actions/runners/{runner_id}/labels","operationId":"actions/remove-all-custom-labels-from-self-hosted-runner-for-org","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/actions/runners/{runner_id}/labels/{name}","operationId":"actions/remove-custom-label-from-self-hosted-runner-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/secrets","operationId":"actions/list-org-secrets","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/secrets/public-key","operationId":"actions/get-org-public-key","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/secrets/{secret_name}","operationId":"actions/get-org-secret","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/actions/secrets/{secret_name}","operationId":"actions/create-or-update-org-secret","requiredBody":["visibility"]},{"method":"DELETE","path":"/orgs/{org}/actions/secrets/{secret_name}","operationId":"actions/delete-org-secret","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/secrets/{secret_name}/repositories","operationId":"actions/list-selected-repos-for-org-secret","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/actions/secrets/{secret_name}/repositories","operationId":"actions/set-selected-repos-for-org-secret","requiredBody":["selected_repository_ids"]},{"method":"PUT","path":"/orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}","operationId":"actions/add-selected-repo-to-org-secret","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}","operationId":"actions/remove-selected-repo-from-org-secret","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/variables","operationId":"actions/list-org-variables","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/actions/variables","operationId":"actions/create-org-variable","requiredBody":["name","value","visibility"]},{"method":"GET","path":"/orgs/{org}/actions/variables/{name}","operationId":"actions/get-org-variable","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/actions/variables/{name}","operationId":"actions/delete-org-variable","requiredBody":[]},{"method":"PATCH","path":"/orgs/{org}/actions/variables/{name}","operationId":"actions/update-org-variable","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/actions/variables/{name}/repositories","operationId":"actions/list-selected-repos-for-org-variable","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/actions/variables/{name}/repositories","operationId":"actions/set-selected-repos-for-org-variable","requiredBody":["selected_repository_ids"]},{"method":"PUT","path":"/orgs/{org}/actions/variables/{name}/repositories/{repository_id}","operationId":"actions/add-selected-repo-to-org-variable","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/actions/variables/{name}/repositories/{repository_id}","operationId":"actions/remove-selected-repo-from-org-variable","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/agents/secrets","operationId":"agents/list-org-secrets","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/agents/secrets/public-key","operationId":"agents/get-org-public-key","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/agents/secrets/{secret_name}","operationId":"agents/get-org-secret","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/agents/secrets/{secret_name}","operationId":"agents/create-or-update-org-secret","requiredBody":["encrypted_value","key_id","visibility"]},{"method":"DELETE","path":"/orgs/{org}/agents/secrets/{secret_name}","operationId":"agents/delete-org-secret","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/agents/secrets/{secret_name}/repositories","operationId":"agents/list-selected-repos-for-org-secret","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/agents/secrets/{secret_name}/repositories","operationId":"agents/set-selected-repos-for-org-secret","requiredBody":["selected_repository_ids"]},{"method":"PUT","path":"/orgs/{org}/agents/secrets/{secret_name}/repositories/{repository_id}","operationId":"agents/add-selected-repo-to-org-secret","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/agents/secrets/{secret_name}/repositories/{repository_id}","operationId":"agents/remove-selected-repo-from-org-secret","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/agents/variables","operationId":"agents/list-org-variables","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/agents/variables","operationId":"agents/create-org-variable","requiredBody":["name","value","visibility"]},{"method":"GET","path":"/orgs/{org}/agents/variables/{name}","operationId":"agents/get-org-variable","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/agents/variables/{name}","operationId":"agents/delete-org-variable","requiredBody":[]},{"method":"PATCH","path":"/orgs/{org}/agents/variables/{name}","operationId":"agents/update-org-variable","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/agents/variables/{name}/repositories","operationId":"agents/list-selected-repos-for-org-variable","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/agents/variables/{name}/repositories","operationId":"agents/set-selected-repos-for-org-variable","requiredBody":["selected_repository_ids"]},{"method":"PUT","path":"/orgs/{org}/agents/variables/{name}/repositories/{repository_id}","operationId":"agents/add-selected-repo-to-org-variable","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/agents/variables/{name}/repositories/{repository_id}","operationId":"agents/remove-selected-repo-from-org-variable","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/artifacts/metadata/deployment-record","operationId":"orgs/create-artifact-deployment-record","requiredBody":["name","digest","status","logical_environment","deployment_name"]},{"method":"POST","path":"/orgs/{org}/artifacts/metadata/deployment-record/cluster/{cluster}","operationId":"orgs/set-cluster-deployment-records","requiredBody":["logical_environment","deployments"]},{"method":"POST","path":"/orgs/{org}/artifacts/metadata/deployment-record/cluster/{cluster}/jobs","operationId":"orgs/create-cluster-deployment-records-job","requiredBody":["logical_environment","deployments"]},{"method":"GET","path":"/orgs/{org}/artifacts/metadata/deployment-record/cluster/{cluster}/jobs/{job_id}","operationId":"orgs/get-cluster-deployment-records-job","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/artifacts/metadata/storage-record","operationId":"orgs/create-artifact-storage-record","requiredBody":["name","digest","registry_url"]},{"method":"GET","path":"/orgs/{org}/artifacts/{subject_digest}/metadata/deployment-records","operationId":"orgs/list-artifact-deployment-records","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/artifacts/{subject_digest}/metadata/storage-records","operationId":"orgs/list-artifact-storage-records","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/attestations/bulk-list","operationId":"orgs/list-attestations-bulk","requiredBody":["subject_digests"]},{"method":"POST","path":"/orgs/{org}/attestations/delete-request","operationId":"orgs/delete-attestations-bulk","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/attestations/digest/{subject_digest}","operationId":"orgs/delete-attestations-by-subject-digest","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/attestations/repositories","operationId":"orgs/list-attestation-repositories","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/attestations/{attestation_id}","operationId":"orgs/delete-attestations-by-id","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/attestations/{subject_digest}","operationId":"orgs/list-attestations","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/blocks","operationId":"orgs/list-blocked-users","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/blocks/{username}","operationId":"orgs/check-blocked-user","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/blocks/{username}","operationId":"orgs/block-user","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/blocks/{username}","operationId":"orgs/unblock-user","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/campaigns","operationId":"campaigns/list-org-campaigns","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/campaigns","operationId":"campaigns/create-campaign","requiredBody":["name","description","ends_at"]},{"method":"GET","path":"/orgs/{org}/campaigns/{campaign_number}","operationId":"campaigns/get-campaign-summary","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/campaigns/{campaign_number}","operationId":"campaigns/delete-campaign","requiredBody":[]},{"method":"PATCH","path":"/orgs/{org}/campaigns/{campaign_number}","operationId":"campaigns/update-campaign","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/code-scanning/alerts","operationId":"code-scanning/list-alerts-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/code-security/configurations","operationId":"code-security/get-configurations-for-org","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/code-security/configurations","operationId":"code-security/create-configuration","requiredBody":["name"]},{"method":"GET","path":"/orgs/{org}/code-security/configurations/defaults","operationId":"code-security/get-default-configurations","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/code-security/configurations/detach","operationId":"code-security/detach-configuration","requiredBody":["selected_repository_ids"]},{"method":"GET","path":"/orgs/{org}/code-security/configurations/{configuration_id}","operationId":"code-security/get-configuration","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/code-security/configurations/{configuration_id}","operationId":"code-security/delete-configuration","requiredBody":[]},{"method":"PATCH","path":"/orgs/{org}/code-security/configurations/{configuration_id}","operationId":"code-security/update-configuration","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/code-security/configurations/{configuration_id}/attach","operationId":"code-security/attach-configuration","requiredBody":["scope"]},{"method":"PUT","path":"/orgs/{org}/code-security/configurations/{configuration_id}/defaults","operationId":"code-security/set-configuration-as-default","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/code-security/configurations/{configuration_id}/repositories","operationId":"code-security/get-repositories-for-configuration","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/codespaces","operationId":"codespaces/list-in-organization","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/codespaces/access","operationId":"codespaces/set-codespaces-access","requiredBody":["visibility"]},{"method":"POST","path":"/orgs/{org}/codespaces/access/selected_users","operationId":"codespaces/set-codespaces-access-users","requiredBody":["selected_usernames"]},{"method":"DELETE","path":"/orgs/{org}/codespaces/access/selected_users","operationId":"codespaces/delete-codespaces-access-users","requiredBody":["selected_usernames"]},{"method":"GET","path":"/orgs/{org}/codespaces/secrets","operationId":"codespaces/list-org-secrets","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/codespaces/secrets/public-key","operationId":"codespaces/get-org-public-key","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/codespaces/secrets/{secret_name}","operationId":"codespaces/get-org-secret","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/codespaces/secrets/{secret_name}","operationId":"codespaces/create-or-update-org-secret","requiredBody":["visibility"]},{"method":"DELETE","path":"/orgs/{org}/codespaces/secrets/{secret_name}","operationId":"codespaces/delete-org-secret","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/codespaces/secrets/{secret_name}/repositories","operationId":"codespaces/list-selected-repos-for-org-secret","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/codespaces/secrets/{secret_name}/repositories","operationId":"codespaces/set-selected-repos-for-org-secret","requiredBody":["selected_repository_ids"]},{"method":"PUT","path":"/orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}","operationId":"codespaces/add-selected-repo-to-org-secret","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}","operationId":"codespaces/remove-selected-repo-from-org-secret","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/copilot-spaces","operationId":"copilot-spaces/list-for-org","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/copilot-spaces","operationId":"copilot-spaces/create-for-org","requiredBody":["name"]},{"method":"GET","path":"/orgs/{org}/copilot-spaces/{space_number}","operationId":"copilot-spaces/get-for-org","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/copilot-spaces/{space_number}","operationId":"copilot-spaces/update-for-org","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/copilot-spaces/{space_number}","operationId":"copilot-spaces/delete-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/copilot-spaces/{space_number}/collaborators","operationId":"copilot-spaces/list-collaborators-for-org","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/copilot-spaces/{space_number}/collaborators","operationId":"copilot-spaces/add-collaborator-for-org","requiredBody":["actor_type","actor_identifier","role"]},{"method":"PUT","path":"/orgs/{org}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}","operationId":"copilot-spaces/update-collaborator-for-org","requiredBody":["role"]},{"method":"DELETE","path":"/orgs/{org}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}","operationId":"copilot-spaces/remove-collaborator-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/copilot-spaces/{space_number}/resources","operationId":"copilot-spaces/list-resources-for-org","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/copilot-spaces/{space_number}/resources","operationId":"copilot-spaces/create-resource-for-org","requiredBody":["resource_type","metadata"]},{"method":"GET","path":"/orgs/{org}/copilot-spaces/{space_number}/resources/{space_resource_id}","operationId":"copilot-spaces/get-resource-for-org","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/copilot-spaces/{space_number}/resources/{space_resource_id}","operationId":"copilot-spaces/update-resource-for-org","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/copilot-spaces/{space_number}/resources/{space_resource_id}","operationId":"copilot-spaces/delete-resource-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/copilot/billing","operationId":"copilot/get-copilot-organization-details","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/copilot/billing/seats","operationId":"copilot/list-copilot-seats","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/copilot/billing/selected_teams","operationId":"copilot/add-copilot-seats-for-teams","requiredBody":["selected_teams"]},{"method":"DELETE","path":"/orgs/{org}/copilot/billing/selected_teams","operationId":"copilot/cancel-copilot-seat-assignment-for-teams","requiredBody":["selected_teams"]},{"method":"POST","path":"/orgs/{org}/copilot/billing/selected_users","operationId":"copilot/add-copilot-seats-for-users","requiredBody":["selected_usernames"]},{"method":"DELETE","path":"/orgs/{org}/copilot/billing/selected_users","operationId":"copilot/cancel-copilot-seat-assignment-for-users","requiredBody":["selected_usernames"]},{"method":"GET","path":"/orgs/{org}/copilot/coding-agent/permissions","operationId":"copilot/get-copilot-coding-agent-permissions-organization","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/copilot/coding-agent/permissions","operationId":"copilot/set-copilot-coding-agent-permissions-organization","requiredBody":["enabled_repositories"]},{"method":"GET","path":"/orgs/{org}/copilot/coding-agent/permissions/repositories","operationId":"copilot/list-copilot-coding-agent-selected-repositories-for-organization","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/copilot/coding-agent/permissions/repositories","operationId":"copilot/set-copilot-coding-agent-selected-repositories-for-organization","requiredBody":["selected_repository_ids"]},{"method":"PUT","path":"/orgs/{org}/copilot/coding-agent/permissions/repositories/{repository_id}","operationId":"copilot/enable-copilot-coding-agent-for-repository-in-organization","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/copilot/coding-agent/permissions/repositories/{repository_id}","operationId":"copilot/disable-copilot-coding-agent-for-repository-in-organization","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/copilot/content_exclusion","operationId":"copilot/copilot-content-exclusion-for-organization","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/copilot/content_exclusion","operationId":"copilot/set-copilot-content-exclusion-for-organization","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/copilot/metrics/reports/organization-1-day","operationId":"copilot/copilot-organization-one-day-usage-metrics","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/copilot/metrics/reports/organization-28-day/latest","operationId":"copilot/copilot-organization-usage-metrics","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/copilot/metrics/reports/repos-1-day","operationId":"copilot/copilot-organization-repos-one-day-report","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/copilot/metrics/reports/user-teams-1-day","operationId":"copilot/copilot-organization-user-teams-one-day-report","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/copilot/metrics/reports/users-1-day","operationId":"copilot/copilot-organization-users-one-day-usage-metrics","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/copilot/metrics/reports/users-28-day/latest","operationId":"copilot/copilot-organization-users-usage-metrics","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/dependabot/alerts","operationId":"dependabot/list-alerts-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/dependabot/repository-access","operationId":"dependabot/repository-access-for-org","requiredBody":[]},{"method":"PATCH","path":"/orgs/{org}/dependabot/repository-access","operationId":"dependabot/update-repository-access-for-org","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/dependabot/repository-access/default-level","operationId":"dependabot/set-repository-access-default-level","requiredBody":["default_level"]},{"method":"GET","path":"/orgs/{org}/dependabot/secrets","operationId":"dependabot/list-org-secrets","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/dependabot/secrets/public-key","operationId":"dependabot/get-org-public-key","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/dependabot/secrets/{secret_name}","operationId":"dependabot/get-org-secret","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/dependabot/secrets/{secret_name}","operationId":"dependabot/create-or-update-org-secret","requiredBody":["visibility"]},{"method":"DELETE","path":"/orgs/{org}/dependabot/secrets/{secret_name}","operationId":"dependabot/delete-org-secret","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/dependabot/secrets/{secret_name}/repositories","operationId":"dependabot/list-selected-repos-for-org-secret","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/dependabot/secrets/{secret_name}/repositories","operationId":"dependabot/set-selected-repos-for-org-secret","requiredBody":["selected_repository_ids"]},{"method":"PUT","path":"/orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}","operationId":"dependabot/add-selected-repo-to-org-secret","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}","operationId":"dependabot/remove-selected-repo-from-org-secret","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/docker/conflicts","operationId":"packages/list-docker-migration-conflicting-packages-for-organization","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/events","operationId":"activity/list-public-org-events","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/failed_invitations","operationId":"orgs/list-failed-invitations","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/hooks","operationId":"orgs/list-webhooks","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/hooks","operationId":"orgs/create-webhook","requiredBody":["name","config"]},{"method":"GET","path":"/orgs/{org}/hooks/{hook_id}","operationId":"orgs/get-webhook","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/hooks/{hook_id}","operationId":"orgs/delete-webhook","requiredBody":[]},{"method":"PATCH","path":"/orgs/{org}/hooks/{hook_id}","operationId":"orgs/update-webhook","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/hooks/{hook_id}/config","operationId":"orgs/get-webhook-config-for-org","requiredBody":[]},{"method":"PATCH","path":"/orgs/{org}/hooks/{hook_id}/config","operationId":"orgs/update-webhook-config-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/hooks/{hook_id}/deliveries","operationId":"orgs/list-webhook-deliveries","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}","operationId":"orgs/get-webhook-delivery","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts","operationId":"orgs/redeliver-webhook-delivery","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/hooks/{hook_id}/pings","operationId":"orgs/ping-webhook","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}","operationId":"api-insights/get-route-stats-by-actor","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/insights/api/subject-stats","operationId":"api-insights/get-subject-stats","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/insights/api/summary-stats","operationId":"api-insights/get-summary-stats","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/insights/api/summary-stats/users/{user_id}","operationId":"api-insights/get-summary-stats-by-user","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/insights/api/summary-stats/{actor_type}/{actor_id}","operationId":"api-insights/get-summary-stats-by-actor","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/insights/api/time-stats","operationId":"api-insights/get-time-stats","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/insights/api/time-stats/users/{user_id}","operationId":"api-insights/get-time-stats-by-user","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/insights/api/time-stats/{actor_type}/{actor_id}","operationId":"api-insights/get-time-stats-by-actor","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/insights/api/user-stats/{user_id}","operationId":"api-insights/get-user-stats","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/installation","operationId":"apps/get-org-installation","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/installations","operationId":"orgs/list-app-installations","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/interaction-limits","operationId":"interactions/get-restrictions-for-org","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/interaction-limits","operationId":"interactions/set-restrictions-for-org","requiredBody":["limit"]},{"method":"DELETE","path":"/orgs/{org}/interaction-limits","operationId":"interactions/remove-restrictions-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/interaction-limits/pulls/creation-cap","operationId":"interactions/get-pull-request-creation-cap-for-org","requiredBody":[]},{"method":"PATCH","path":"/orgs/{org}/interaction-limits/pulls/creation-cap","operationId":"interactions/update-pull-request-creation-cap-for-org","requiredBody":["enabled"]},{"method":"GET","path":"/orgs/{org}/invitations","operationId":"orgs/list-pending-invitations","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/invitations","operationId":"orgs/create-invitation","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/invitations/{invitation_id}","operationId":"orgs/cancel-invitation","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/invitations/{invitation_id}/teams","operationId":"orgs/list-invitation-teams","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/issue-fields","operationId":"orgs/list-issue-fields","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/issue-fields","operationId":"orgs/create-issue-field","requiredBody":["name","data_type"]},{"method":"DELETE","path":"/orgs/{org}/issue-fields/{issue_field_id}","operationId":"orgs/delete-issue-field","requiredBody":[]},{"method":"PATCH","path":"/orgs/{org}/issue-fields/{issue_field_id}","operationId":"orgs/update-issue-field","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/issue-types","operationId":"orgs/list-issue-types","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/issue-types","operationId":"orgs/create-issue-type","requiredBody":["name","is_enabled"]},{"method":"PUT","path":"/orgs/{org}/issue-types/{issue_type_id}","operationId":"orgs/update-issue-type","requiredBody":["name","is_enabled"]},{"method":"DELETE","path":"/orgs/{org}/issue-types/{issue_type_id}","operationId":"orgs/delete-issue-type","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/issues","operationId":"issues/list-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/members","operationId":"orgs/list-members","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/members/{username}","operationId":"orgs/check-membership-for-user","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/members/{username}","operationId":"orgs/remove-member","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/members/{username}/codespaces","operationId":"codespaces/get-codespaces-for-user-in-org","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/members/{username}/codespaces/{codespace_name}","operationId":"codespaces/delete-from-organization","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/members/{username}/codespaces/{codespace_name}/stop","operationId":"codespaces/stop-in-organization","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/members/{username}/copilot","operationId":"copilot/get-copilot-seat-details-for-user","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/memberships/{username}","operationId":"orgs/get-membership-for-user","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/memberships/{username}","operationId":"orgs/set-membership-for-user","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/memberships/{username}","operationId":"orgs/remove-membership-for-user","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/migrations","operationId":"migrations/list-for-org","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/migrations","operationId":"migrations/start-for-org","requiredBody":["repositories"]},{"method":"GET","path":"/orgs/{org}/migrations/{migration_id}","operationId":"migrations/get-status-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/migrations/{migration_id}/archive","operationId":"migrations/download-archive-for-org","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/migrations/{migration_id}/archive","operationId":"migrations/delete-archive-for-org","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock","operationId":"migrations/unlock-repo-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/migrations/{migration_id}/repositories","operationId":"migrations/list-repos-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/organization-fine-grained-permissions","operationId":"orgs/list-organization-fine-grained-permissions","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/organization-roles","operationId":"orgs/list-org-roles","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/organization-roles/teams/{team_slug}","operationId":"orgs/revoke-all-org-roles-team","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/organization-roles/teams/{team_slug}/{role_id}","operationId":"orgs/assign-team-to-org-role","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/organization-roles/teams/{team_slug}/{role_id}","operationId":"orgs/revoke-org-role-team","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/organization-roles/users/{username}","operationId":"orgs/revoke-all-org-roles-user","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/organization-roles/users/{username}/{role_id}","operationId":"orgs/assign-user-to-org-role","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/organization-roles/users/{username}/{role_id}","operationId":"orgs/revoke-org-role-user","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/organization-roles/{role_id}","operationId":"orgs/get-org-role","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/organization-roles/{role_id}/teams","operationId":"orgs/list-org-role-teams","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/organization-roles/{role_id}/users","operationId":"orgs/list-org-role-users","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/outside_collaborators","operationId":"orgs/list-outside-collaborators","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/outside_collaborators/{username}","operationId":"orgs/convert-member-to-outside-collaborator","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/outside_collaborators/{username}","operationId":"orgs/remove-outside-collaborator","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/packages","operationId":"packages/list-packages-for-organization","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/packages/{package_type}/{package_name}","operationId":"packages/get-package-for-organization","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/packages/{package_type}/{package_name}","operationId":"packages/delete-package-for-org","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/packages/{package_type}/{package_name}/restore","operationId":"packages/restore-package-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/packages/{package_type}/{package_name}/versions","operationId":"packages/get-all-package-versions-for-package-owned-by-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}","operationId":"packages/get-package-version-for-organization","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}","operationId":"packages/delete-package-version-for-org","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore","operationId":"packages/restore-package-version-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/personal-access-token-requests","operationId":"orgs/list-pat-grant-requests","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/personal-access-token-requests","operationId":"orgs/review-pat-grant-requests-in-bulk","requiredBody":["action"]},{"method":"POST","path":"/orgs/{org}/personal-access-token-requests/{pat_request_id}","operationId":"orgs/review-pat-grant-request","requiredBody":["action"]},{"method":"GET","path":"/orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories","operationId":"orgs/list-pat-grant-request-repositories","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/personal-access-tokens","operationId":"orgs/list-pat-grants","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/personal-access-tokens","operationId":"orgs/update-pat-accesses","requiredBody":["action","pat_ids"]},{"method":"POST","path":"/orgs/{org}/personal-access-tokens/{pat_id}","operationId":"orgs/update-pat-access","requiredBody":["action"]},{"method":"GET","path":"/orgs/{org}/personal-access-tokens/{pat_id}/repositories","operationId":"orgs/list-pat-grant-repositories","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/private-registries","operationId":"private-registries/list-org-private-registries","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/private-registries","operationId":"private-registries/create-org-private-registry","requiredBody":["registry_type","url","visibility"]},{"method":"GET","path":"/orgs/{org}/private-registries/public-key","operationId":"private-registries/get-org-public-key","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/private-registries/{secret_name}","operationId":"private-registries/get-org-private-registry","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/private-registries/{secret_name}","operationId":"private-registries/delete-org-private-registry","requiredBody":[]},{"method":"PATCH","path":"/orgs/{org}/private-registries/{secret_name}","operationId":"private-registries/update-org-private-registry","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/projectsV2","operationId":"projects/list-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/projectsV2/{project_number}","operationId":"projects/get-for-org","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/projectsV2/{project_number}/drafts","operationId":"projects/create-draft-item-for-org","requiredBody":["title"]},{"method":"GET","path":"/orgs/{org}/projectsV2/{project_number}/fields","operationId":"projects/list-fields-for-org","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/projectsV2/{project_number}/fields","operationId":"projects/add-field-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/projectsV2/{project_number}/fields/{field_id}","operationId":"projects/get-field-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/projectsV2/{project_number}/items","operationId":"projects/list-items-for-org","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/projectsV2/{project_number}/items","operationId":"projects/add-item-for-org","requiredBody":["type"]},{"method":"GET","path":"/orgs/{org}/projectsV2/{project_number}/items/{item_id}","operationId":"projects/get-org-item","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/projectsV2/{project_number}/items/{item_id}","operationId":"projects/delete-item-for-org","requiredBody":[]},{"method":"PATCH","path":"/orgs/{org}/projectsV2/{project_number}/items/{item_id}","operationId":"projects/update-item-for-org","requiredBody":["fields"]},{"method":"POST","path":"/orgs/{org}/projectsV2/{project_number}/views","operationId":"projects/create-view-for-org","requiredBody":["name","layout"]},{"method":"GET","path":"/orgs/{org}/projectsV2/{project_number}/views/{view_number}/items","operationId":"projects/list-view-items-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/properties/schema","operationId":"orgs/custom-properties-for-repos-get-organization-definitions","requiredBody":[]},{"method":"PATCH","path":"/orgs/{org}/properties/schema","operationId":"orgs/custom-properties-for-repos-create-or-update-organization-definitions","requiredBody":["properties"]},{"method":"GET","path":"/orgs/{org}/properties/schema/{custom_property_name}","operationId":"orgs/custom-properties-for-repos-get-organization-definition","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/properties/schema/{custom_property_name}","operationId":"orgs/custom-properties-for-repos-create-or-update-organization-definition","requiredBody":["value_type"]},{"method":"DELETE","path":"/orgs/{org}/properties/schema/{custom_property_name}","operationId":"orgs/custom-properties-for-repos-delete-organization-definition","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/properties/values","operationId":"orgs/custom-properties-for-repos-get-organization-values","requiredBody":[]},{"method":"PATCH","path":"/orgs/{org}/properties/values","operationId":"orgs/custom-properties-for-repos-create-or-update-organization-values","requiredBody":["repository_names","properties"]},{"method":"GET","path":"/orgs/{org}/public_members","operationId":"orgs/list-public-members","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/public_members/{username}","operationId":"orgs/check-public-membership-for-user","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/public_members/{username}","operationId":"orgs/set-public-membership-for-authenticated-user","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/public_members/{username}","operationId":"orgs/remove-public-membership-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/repos","operationId":"repos/list-for-org","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/repos","operationId":"repos/create-in-org","requiredBody":["name"]},{"method":"GET","path":"/orgs/{org}/rulesets","operationId":"repos/get-org-rulesets","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/rulesets","operationId":"repos/create-org-ruleset","requiredBody":["name","enforcement"]},{"method":"GET","path":"/orgs/{org}/rulesets/rule-suites","operationId":"repos/get-org-rule-suites","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/rulesets/rule-suites/{rule_suite_id}","operationId":"repos/get-org-rule-suite","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/rulesets/{ruleset_id}","operationId":"repos/get-org-ruleset","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/rulesets/{ruleset_id}","operationId":"repos/update-org-ruleset","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/rulesets/{ruleset_id}","operationId":"repos/delete-org-ruleset","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/rulesets/{ruleset_id}/history","operationId":"orgs/get-org-ruleset-history","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/rulesets/{ruleset_id}/history/{version_id}","operationId":"orgs/get-org-ruleset-version","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/secret-scanning/alerts","operationId":"secret-scanning/list-alerts-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/secret-scanning/custom-patterns","operationId":"secret-scanning/list-org-custom-patterns","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/secret-scanning/custom-patterns","operationId":"secret-scanning/bulk-create-org-custom-patterns","requiredBody":["patterns"]},{"method":"DELETE","path":"/orgs/{org}/secret-scanning/custom-patterns","operationId":"secret-scanning/bulk-delete-org-custom-patterns","requiredBody":["patterns"]},{"method":"PATCH","path":"/orgs/{org}/secret-scanning/custom-patterns/{pattern_id}","operationId":"secret-scanning/update-org-custom-pattern","requiredBody":["custom_pattern_version"]},{"method":"GET","path":"/orgs/{org}/secret-scanning/pattern-configurations","operationId":"secret-scanning/list-org-pattern-configs","requiredBody":[]},{"method":"PATCH","path":"/orgs/{org}/secret-scanning/pattern-configurations","operationId":"secret-scanning/update-org-pattern-configs","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/security-advisories","operationId":"security-advisories/list-org-repository-advisories","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/security-managers","operationId":"orgs/list-security-manager-teams","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/security-managers/teams/{team_slug}","operationId":"orgs/add-security-manager-team","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/security-managers/teams/{team_slug}","operationId":"orgs/remove-security-manager-team","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/settings/immutable-releases","operationId":"orgs/get-immutable-releases-settings","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/settings/immutable-releases","operationId":"orgs/set-immutable-releases-settings","requiredBody":["enforced_repositories"]},{"method":"GET","path":"/orgs/{org}/settings/immutable-releases/repositories","operationId":"orgs/get-immutable-releases-settings-repositories","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/settings/immutable-releases/repositories","operationId":"orgs/set-immutable-releases-settings-repositories","requiredBody":["selected_repository_ids"]},{"method":"PUT","path":"/orgs/{org}/settings/immutable-releases/repositories/{repository_id}","operationId":"orgs/enable-selected-repository-immutable-releases-organization","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/settings/immutable-releases/repositories/{repository_id}","operationId":"orgs/disable-selected-repository-immutable-releases-organization","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/settings/network-configurations","operationId":"hosted-compute/list-network-configurations-for-org","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/settings/network-configurations","operationId":"hosted-compute/create-network-configuration-for-org","requiredBody":["name","network_settings_ids"]},{"method":"GET","path":"/orgs/{org}/settings/network-configurations/{network_configuration_id}","operationId":"hosted-compute/get-network-configuration-for-org","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/settings/network-configurations/{network_configuration_id}","operationId":"hosted-compute/delete-network-configuration-from-org","requiredBody":[]},{"method":"PATCH","path":"/orgs/{org}/settings/network-configurations/{network_configuration_id}","operationId":"hosted-compute/update-network-configuration-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/settings/network-settings/{network_settings_id}","operationId":"hosted-compute/get-network-settings-for-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/teams","operationId":"teams/list","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/teams","operationId":"teams/create","requiredBody":["name"]},{"method":"GET","path":"/orgs/{org}/teams/{team_slug}","operationId":"teams/get-by-name","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/teams/{team_slug}","operationId":"teams/delete-in-org","requiredBody":[]},{"method":"PATCH","path":"/orgs/{org}/teams/{team_slug}","operationId":"teams/update-in-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/teams/{team_slug}/invitations","operationId":"teams/list-pending-invitations-in-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/teams/{team_slug}/members","operationId":"teams/list-members-in-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/teams/{team_slug}/memberships/{username}","operationId":"teams/get-membership-for-user-in-org","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/teams/{team_slug}/memberships/{username}","operationId":"teams/add-or-update-membership-for-user-in-org","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/teams/{team_slug}/memberships/{username}","operationId":"teams/remove-membership-for-user-in-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/teams/{team_slug}/repos","operationId":"teams/list-repos-in-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}","operationId":"teams/check-permissions-for-repo-in-org","requiredBody":[]},{"method":"PUT","path":"/orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}","operationId":"teams/add-or-update-repo-permissions-in-org","requiredBody":[]},{"method":"DELETE","path":"/orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}","operationId":"teams/remove-repo-in-org","requiredBody":[]},{"method":"GET","path":"/orgs/{org}/teams/{team_slug}/teams","operationId":"teams/list-child-in-org","requiredBody":[]},{"method":"POST","path":"/orgs/{org}/{security_product}/{enablement}","operationId":"orgs/enable-or-disable-security-product-on-all-org-repos","requiredBody":[]},{"method":"GET","path":"/rate_limit","operationId":"rate-limit/get","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}","operationId":"repos/get","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}","operationId":"repos/delete","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}","operationId":"repos/update","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/artifacts","operationId":"actions/list-artifacts-for-repo","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/artifacts/{artifact_id}","operationId":"actions/get-artifact","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/actions/artifacts/{artifact_id}","operationId":"actions/delete-artifact","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}","operationId":"actions/download-artifact","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/cache/retention-limit","operationId":"actions/get-actions-cache-retention-limit-for-repository","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/actions/cache/retention-limit","operationId":"actions/set-actions-cache-retention-limit-for-repository","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/cache/storage-limit","operationId":"actions/get-actions-cache-storage-limit-for-repository","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/actions/cache/storage-limit","operationId":"actions/set-actions-cache-storage-limit-for-repository","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/cache/usage","operationId":"actions/get-actions-cache-usage","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/caches","operationId":"actions/get-actions-cache-list","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/actions/caches","operationId":"actions/delete-actions-cache-by-key","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/actions/caches/{cache_id}","operationId":"actions/delete-actions-cache-by-id","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/concurrency_groups","operationId":"actions/list-concurrency-groups-for-repository","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/concurrency_groups/{concurrency_group_name}","operationId":"actions/get-concurrency-group-for-repository","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/jobs/{job_id}","operationId":"actions/get-job-for-workflow-run","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/jobs/{job_id}/logs","operationId":"actions/download-job-logs-for-workflow-run","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/actions/jobs/{job_id}/rerun","operationId":"actions/re-run-job-for-workflow-run","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/oidc/customization/sub","operationId":"actions/get-custom-oidc-sub-claim-for-repo","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/actions/oidc/customization/sub","operationId":"actions/set-custom-oidc-sub-claim-for-repo","requiredBody":["use_default"]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/organization-secrets","operationId":"actions/list-repo-organization-secrets","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/organization-variables","operationId":"actions/list-repo-organization-variables","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/permissions","operationId":"actions/get-github-actions-permissions-repository","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/actions/permissions","operationId":"actions/set-github-actions-permissions-repository","requiredBody":["enabled"]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/permissions/access","operationId":"actions/get-workflow-access-to-repository","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/actions/permissions/access","operationId":"actions/set-workflow-access-to-repository","requiredBody":["access_level"]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/permissions/artifact-and-log-retention","operationId":"actions/get-artifact-and-log-retention-settings-repository","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/actions/permissions/artifact-and-log-retention","operationId":"actions/set-artifact-and-log-retention-settings-repository","requiredBody":["days"]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/permissions/fork-pr-contributor-approval","operationId":"actions/get-fork-pr-contributor-approval-permissions-repository","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/actions/permissions/fork-pr-contributor-approval","operationId":"actions/set-fork-pr-contributor-approval-permissions-repository","requiredBody":["approval_policy"]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/permissions/fork-pr-workflows-private-repos","operationId":"actions/get-private-repo-fork-pr-workflows-settings-repository","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/actions/permissions/fork-pr-workflows-private-repos","operationId":"actions/set-private-repo-fork-pr-workflows-settings-repository","requiredBody":["run_workflows_from_fork_pull_requests"]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/permissions/selected-actions","operationId":"actions/get-allowed-actions-repository","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/actions/permissions/selected-actions","operationId":"actions/set-allowed-actions-repository","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/permissions/workflow","operationId":"actions/get-github-actions-default-workflow-permissions-repository","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/actions/permissions/workflow","operationId":"actions/set-github-actions-default-workflow-permissions-repository","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/runners","operationId":"actions/list-self-hosted-runners-for-repo","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/runners/downloads","operationId":"actions/list-runner-applications-for-repo","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/actions/runners/generate-jitconfig","operationId":"actions/generate-runner-jitconfig-for-repo","requiredBody":["name","runner_group_id","labels"]},{"method":"POST","path":"/repos/{owner}/{repo}/actions/runners/registration-token","operationId":"actions/create-registration-token-for-repo","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/actions/runners/remove-token","operationId":"actions/create-remove-token-for-repo","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/runners/{runner_id}","operationId":"actions/get-self-hosted-runner-for-repo","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/actions/runners/{runner_id}","operationId":"actions/delete-self-hosted-runner-from-repo","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/runners/{runner_id}/labels","operationId":"actions/list-labels-for-self-hosted-runner-for-repo","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/actions/runners/{runner_id}/labels","operationId":"actions/set-custom-labels-for-self-hosted-runner-for-repo","requiredBody":["labels"]},{"method":"POST","path":"/repos/{owner}/{repo}/actions/runners/{runner_id}/labels","operationId":"actions/add-custom-labels-to-self-hosted-runner-for-repo","requiredBody":["labels"]},{"method":"DELETE","path":"/repos/{owner}/{repo}/actions/runners/{runner_id}/labels","operationId":"actions/remove-all-custom-labels-from-self-hosted-runner-for-repo","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}","operationId":"actions/remove-custom-label-from-self-hosted-runner-for-repo","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/runs","operationId":"actions/list-workflow-runs-for-repo","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/runs/{run_id}","operationId":"actions/get-workflow-run","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/actions/runs/{run_id}","operationId":"actions/delete-workflow-run","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/runs/{run_id}/approvals","operationId":"actions/get-reviews-for-run","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/actions/runs/{run_id}/approve","operationId":"actions/approve-workflow-run","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts","operationId":"actions/list-workflow-run-artifacts","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}","operationId":"actions/get-workflow-run-attempt","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs","operationId":"actions/list-jobs-for-workflow-run-attempt","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs","operationId":"actions/download-workflow-run-attempt-logs","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/actions/runs/{run_id}/cancel","operationId":"actions/cancel-workflow-run","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/runs/{run_id}/concurrency_groups","operationId":"actions/list-concurrency-groups-for-workflow-run","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule","operationId":"actions/review-custom-gates-for-run","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel","operationId":"actions/force-cancel-workflow-run","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/runs/{run_id}/jobs","operationId":"actions/list-jobs-for-workflow-run","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/runs/{run_id}/logs","operationId":"actions/download-workflow-run-logs","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/actions/runs/{run_id}/logs","operationId":"actions/delete-workflow-run-logs","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments","operationId":"actions/get-pending-deployments-for-run","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments","operationId":"actions/review-pending-deployments-for-run","requiredBody":["environment_ids","state","comment"]},{"method":"POST","path":"/repos/{owner}/{repo}/actions/runs/{run_id}/rerun","operationId":"actions/re-run-workflow","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs","operationId":"actions/re-run-workflow-failed-jobs","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/runs/{run_id}/timing","operationId":"actions/get-workflow-run-usage","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/secrets","operationId":"actions/list-repo-secrets","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/secrets/public-key","operationId":"actions/get-repo-public-key","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/secrets/{secret_name}","operationId":"actions/get-repo-secret","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/actions/secrets/{secret_name}","operationId":"actions/create-or-update-repo-secret","requiredBody":["encrypted_value","key_id"]},{"method":"DELETE","path":"/repos/{owner}/{repo}/actions/secrets/{secret_name}","operationId":"actions/delete-repo-secret","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/variables","operationId":"actions/list-repo-variables","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/actions/variables","operationId":"actions/create-repo-variable","requiredBody":["name","value"]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/variables/{name}","operationId":"actions/get-repo-variable","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/actions/variables/{name}","operationId":"actions/delete-repo-variable","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/actions/variables/{name}","operationId":"actions/update-repo-variable","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/workflows","operationId":"actions/list-repo-workflows","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/workflows/{workflow_id}","operationId":"actions/get-workflow","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable","operationId":"actions/disable-workflow","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches","operationId":"actions/create-workflow-dispatch","requiredBody":["ref"]},{"method":"PUT","path":"/repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable","operationId":"actions/enable-workflow","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs","operationId":"actions/list-workflow-runs","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing","operationId":"actions/get-workflow-usage","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/activity","operationId":"repos/list-activities","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/agents/organization-secrets","operationId":"agents/list-repo-organization-secrets","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/agents/organization-variables","operationId":"agents/list-repo-organization-variables","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/agents/secrets","operationId":"agents/list-repo-secrets","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/agents/secrets/public-key","operationId":"agents/get-repo-public-key","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/agents/secrets/{secret_name}","operationId":"agents/get-repo-secret","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/agents/secrets/{secret_name}","operationId":"agents/create-or-update-repo-secret","requiredBody":["encrypted_value","key_id"]},{"method":"DELETE","path":"/repos/{owner}/{repo}/agents/secrets/{secret_name}","operationId":"agents/delete-repo-secret","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/agents/variables","operationId":"agents/list-repo-variables","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/agents/variables","operationId":"agents/create-repo-variable","requiredBody":["name","value"]},{"method":"GET","path":"/repos/{owner}/{repo}/agents/variables/{name}","operationId":"agents/get-repo-variable","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/agents/variables/{name}","operationId":"agents/delete-repo-variable","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/agents/variables/{name}","operationId":"agents/update-repo-variable","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/assignees","operationId":"issues/list-assignees","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/assignees/{assignee}","operationId":"issues/check-user-can-be-assigned","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/attestations","operationId":"repos/create-attestation","requiredBody":["bundle"]},{"method":"GET","path":"/repos/{owner}/{repo}/attestations/{subject_digest}","operationId":"repos/list-attestations","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/autolinks","operationId":"repos/list-autolinks","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/autolinks","operationId":"repos/create-autolink","requiredBody":["key_prefix","url_template"]},{"method":"GET","path":"/repos/{owner}/{repo}/autolinks/{autolink_id}","operationId":"repos/get-autolink","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/autolinks/{autolink_id}","operationId":"repos/delete-autolink","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/automated-security-fixes","operationId":"repos/check-automated-security-fixes","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/automated-security-fixes","operationId":"repos/enable-automated-security-fixes","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/automated-security-fixes","operationId":"repos/disable-automated-security-fixes","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/branches","operationId":"repos/list-branches","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/branches/{branch}","operationId":"repos/get-branch","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/branches/{branch}/protection","operationId":"repos/get-branch-protection","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/branches/{branch}/protection","operationId":"repos/update-branch-protection","requiredBody":["required_status_checks","enforce_admins","required_pull_request_reviews","restrictions"]},{"method":"DELETE","path":"/repos/{owner}/{repo}/branches/{branch}/protection","operationId":"repos/delete-branch-protection","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins","operationId":"repos/get-admin-branch-protection","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins","operationId":"repos/set-admin-branch-protection","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins","operationId":"repos/delete-admin-branch-protection","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews","operationId":"repos/get-pull-request-review-protection","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews","operationId":"repos/delete-pull-request-review-protection","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews","operationId":"repos/update-pull-request-review-protection","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/branches/{branch}/protection/required_signatures","operationId":"repos/get-commit-signature-protection","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/branches/{branch}/protection/required_signatures","operationId":"repos/create-commit-signature-protection","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/branches/{branch}/protection/required_signatures","operationId":"repos/delete-commit-signature-protection","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks","operationId":"repos/get-status-checks-protection","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks","operationId":"repos/remove-status-check-protection","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks","operationId":"repos/update-status-check-protection","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts","operationId":"repos/get-all-status-check-contexts","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts","operationId":"repos/set-status-check-contexts","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts","operationId":"repos/add-status-check-contexts","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts","operationId":"repos/remove-status-check-contexts","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/branches/{branch}/protection/restrictions","operationId":"repos/get-access-restrictions","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/branches/{branch}/protection/restrictions","operationId":"repos/delete-access-restrictions","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps","operationId":"repos/get-apps-with-access-to-protected-branch","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps","operationId":"repos/set-app-access-restrictions","requiredBody":["apps"]},{"method":"POST","path":"/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps","operationId":"repos/add-app-access-restrictions","requiredBody":["apps"]},{"method":"DELETE","path":"/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps","operationId":"repos/remove-app-access-restrictions","requiredBody":["apps"]},{"method":"GET","path":"/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams","operationId":"repos/get-teams-with-access-to-protected-branch","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams","operationId":"repos/set-team-access-restrictions","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams","operationId":"repos/add-team-access-restrictions","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams","operationId":"repos/remove-team-access-restrictions","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users","operationId":"repos/get-users-with-access-to-protected-branch","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users","operationId":"repos/set-user-access-restrictions","requiredBody":["users"]},{"method":"POST","path":"/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users","operationId":"repos/add-user-access-restrictions","requiredBody":["users"]},{"method":"DELETE","path":"/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users","operationId":"repos/remove-user-access-restrictions","requiredBody":["users"]},{"method":"POST","path":"/repos/{owner}/{repo}/branches/{branch}/rename","operationId":"repos/rename-branch","requiredBody":["new_name"]},{"method":"POST","path":"/repos/{owner}/{repo}/check-runs","operationId":"checks/create","requiredBody":["name","head_sha"]},{"method":"GET","path":"/repos/{owner}/{repo}/check-runs/{check_run_id}","operationId":"checks/get","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/check-runs/{check_run_id}","operationId":"checks/update","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations","operationId":"checks/list-annotations","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest","operationId":"checks/rerequest-run","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/check-suites","operationId":"checks/create-suite","requiredBody":["head_sha"]},{"method":"PATCH","path":"/repos/{owner}/{repo}/check-suites/preferences","operationId":"checks/set-suites-preferences","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/check-suites/{check_suite_id}","operationId":"checks/get-suite","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs","operationId":"checks/list-for-suite","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest","operationId":"checks/rerequest-suite","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/code-quality/findings","operationId":"code-quality/list-findings-for-repo","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/code-quality/findings/{finding_number}","operationId":"code-quality/get-finding","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/code-quality/setup","operationId":"code-quality/get-setup","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/code-quality/setup","operationId":"code-quality/update-setup","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/code-scanning/alerts","operationId":"code-scanning/list-alerts-for-repo","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/code-scanning/alerts/{alert_number}","operationId":"code-scanning/get-alert","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/code-scanning/alerts/{alert_number}","operationId":"code-scanning/update-alert","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix","operationId":"code-scanning/get-autofix","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix","operationId":"code-scanning/create-autofix","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits","operationId":"code-scanning/commit-autofix","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances","operationId":"code-scanning/list-alert-instances","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/code-scanning/analyses","operationId":"code-scanning/list-recent-analyses","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}","operationId":"code-scanning/get-analysis","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}","operationId":"code-scanning/delete-analysis","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/code-scanning/codeql/databases","operationId":"code-scanning/list-codeql-databases","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/code-scanning/codeql/databases/{language}","operationId":"code-scanning/get-codeql-database","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/code-scanning/codeql/databases/{language}","operationId":"code-scanning/delete-codeql-database","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/code-scanning/codeql/variant-analyses","operationId":"code-scanning/create-variant-analysis","requiredBody":["language","query_pack"]},{"method":"GET","path":"/repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}","operationId":"code-scanning/get-variant-analysis","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}","operationId":"code-scanning/get-variant-analysis-repo-task","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/code-scanning/default-setup","operationId":"code-scanning/get-default-setup","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/code-scanning/default-setup","operationId":"code-scanning/update-default-setup","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/code-scanning/sarifs","operationId":"code-scanning/upload-sarif","requiredBody":["commit_sha","ref","sarif"]},{"method":"GET","path":"/repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}","operationId":"code-scanning/get-sarif","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/code-security-configuration","operationId":"code-security/get-configuration-for-repository","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/codeowners/errors","operationId":"repos/codeowners-errors","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/codespaces","operationId":"codespaces/list-in-repository-for-authenticated-user","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/codespaces","operationId":"codespaces/create-with-repo-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/codespaces/devcontainers","operationId":"codespaces/list-devcontainers-in-repository-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/codespaces/machines","operationId":"codespaces/repo-machines-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/codespaces/new","operationId":"codespaces/pre-flight-with-repo-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/codespaces/permissions_check","operationId":"codespaces/check-permissions-for-devcontainer","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/codespaces/secrets","operationId":"codespaces/list-repo-secrets","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/codespaces/secrets/public-key","operationId":"codespaces/get-repo-public-key","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/codespaces/secrets/{secret_name}","operationId":"codespaces/get-repo-secret","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/codespaces/secrets/{secret_name}","operationId":"codespaces/create-or-update-repo-secret","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/codespaces/secrets/{secret_name}","operationId":"codespaces/delete-repo-secret","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/collaborators","operationId":"repos/list-collaborators","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/collaborators/{username}","operationId":"repos/check-collaborator","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/collaborators/{username}","operationId":"repos/add-collaborator","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/collaborators/{username}","operationId":"repos/remove-collaborator","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/collaborators/{username}/permission","operationId":"repos/get-collaborator-permission-level","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/comments","operationId":"repos/list-commit-comments-for-repo","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/comments/{comment_id}","operationId":"repos/get-commit-comment","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/comments/{comment_id}","operationId":"repos/delete-commit-comment","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/comments/{comment_id}","operationId":"repos/update-commit-comment","requiredBody":["body"]},{"method":"GET","path":"/repos/{owner}/{repo}/comments/{comment_id}/reactions","operationId":"reactions/list-for-commit-comment","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/comments/{comment_id}/reactions","operationId":"reactions/create-for-commit-comment","requiredBody":["content"]},{"method":"DELETE","path":"/repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}","operationId":"reactions/delete-for-commit-comment","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/commits","operationId":"repos/list-commits","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head","operationId":"repos/list-branches-for-head-commit","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/commits/{commit_sha}/comments","operationId":"repos/list-comments-for-commit","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/commits/{commit_sha}/comments","operationId":"repos/create-commit-comment","requiredBody":["body"]},{"method":"GET","path":"/repos/{owner}/{repo}/commits/{commit_sha}/pulls","operationId":"repos/list-pull-requests-associated-with-commit","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/commits/{ref}","operationId":"repos/get-commit","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/commits/{ref}/check-runs","operationId":"checks/list-for-ref","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/commits/{ref}/check-suites","operationId":"checks/list-suites-for-ref","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/commits/{ref}/status","operationId":"repos/get-combined-status-for-ref","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/commits/{ref}/statuses","operationId":"repos/list-commit-statuses-for-ref","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/community/profile","operationId":"repos/get-community-profile-metrics","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/compare/{basehead}","operationId":"repos/compare-commits-with-basehead","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/compare/{base}...{head}","operationId":"repos/compare-commits","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/contents/{path}","operationId":"repos/get-content","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/contents/{path}","operationId":"repos/create-or-update-file-contents","requiredBody":["message","content"]},{"method":"DELETE","path":"/repos/{owner}/{repo}/contents/{path}","operationId":"repos/delete-file","requiredBody":["message","sha"]},{"method":"GET","path":"/repos/{owner}/{repo}/contributors","operationId":"repos/list-contributors","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/copilot/cloud-agent/configuration","operationId":"copilot/get-copilot-cloud-agent-configuration","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/dependabot/alerts","operationId":"dependabot/list-alerts-for-repo","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/dependabot/alerts/{alert_number}","operationId":"dependabot/get-alert","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/dependabot/alerts/{alert_number}","operationId":"dependabot/update-alert","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/dependabot/secrets","operationId":"dependabot/list-repo-secrets","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/dependabot/secrets/public-key","operationId":"dependabot/get-repo-public-key","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/dependabot/secrets/{secret_name}","operationId":"dependabot/get-repo-secret","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/dependabot/secrets/{secret_name}","operationId":"dependabot/create-or-update-repo-secret","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/dependabot/secrets/{secret_name}","operationId":"dependabot/delete-repo-secret","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/dependency-graph/compare/{basehead}","operationId":"dependency-graph/diff-range","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/dependency-graph/sbom","operationId":"dependency-graph/export-sbom","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/dependency-graph/sbom/fetch-report/{sbom_uuid}","operationId":"dependency-graph/fetch-sbom-report","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/dependency-graph/sbom/generate-report","operationId":"dependency-graph/generate-sbom-report","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/dependency-graph/snapshots","operationId":"dependency-graph/create-repository-snapshot","requiredBody":["detector","version","ref","sha","job","scanned"]},{"method":"GET","path":"/repos/{owner}/{repo}/deployments","operationId":"repos/list-deployments","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/deployments","operationId":"repos/create-deployment","requiredBody":["ref"]},{"method":"GET","path":"/repos/{owner}/{repo}/deployments/{deployment_id}","operationId":"repos/get-deployment","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/deployments/{deployment_id}","operationId":"repos/delete-deployment","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/deployments/{deployment_id}/statuses","operationId":"repos/list-deployment-statuses","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/deployments/{deployment_id}/statuses","operationId":"repos/create-deployment-status","requiredBody":["state"]},{"method":"GET","path":"/repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}","operationId":"repos/get-deployment-status","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/dispatches","operationId":"repos/create-dispatch-event","requiredBody":["event_type"]},{"method":"GET","path":"/repos/{owner}/{repo}/environments","operationId":"repos/get-all-environments","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/environments/{environment_name}","operationId":"repos/get-environment","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/environments/{environment_name}","operationId":"repos/create-or-update-environment","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/environments/{environment_name}","operationId":"repos/delete-an-environment","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies","operationId":"repos/list-deployment-branch-policies","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies","operationId":"repos/create-deployment-branch-policy","requiredBody":["name"]},{"method":"GET","path":"/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}","operationId":"repos/get-deployment-branch-policy","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}","operationId":"repos/update-deployment-branch-policy","requiredBody":["name"]},{"method":"DELETE","path":"/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}","operationId":"repos/delete-deployment-branch-policy","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules","operationId":"repos/get-all-deployment-protection-rules","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules","operationId":"repos/create-deployment-protection-rule","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps","operationId":"repos/list-custom-deployment-rule-integrations","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}","operationId":"repos/get-custom-deployment-protection-rule","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}","operationId":"repos/disable-deployment-protection-rule","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/environments/{environment_name}/secrets","operationId":"actions/list-environment-secrets","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key","operationId":"actions/get-environment-public-key","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}","operationId":"actions/get-environment-secret","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}","operationId":"actions/create-or-update-environment-secret","requiredBody":["encrypted_value","key_id"]},{"method":"DELETE","path":"/repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}","operationId":"actions/delete-environment-secret","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/environments/{environment_name}/variables","operationId":"actions/list-environment-variables","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/environments/{environment_name}/variables","operationId":"actions/create-environment-variable","requiredBody":["name","value"]},{"method":"GET","path":"/repos/{owner}/{repo}/environments/{environment_name}/variables/{name}","operationId":"actions/get-environment-variable","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/environments/{environment_name}/variables/{name}","operationId":"actions/delete-environment-variable","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/environments/{environment_name}/variables/{name}","operationId":"actions/update-environment-variable","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/events","operationId":"activity/list-repo-events","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/forks","operationId":"repos/list-forks","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/forks","operationId":"repos/create-fork","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/git/blobs","operationId":"git/create-blob","requiredBody":["content"]},{"method":"GET","path":"/repos/{owner}/{repo}/git/blobs/{file_sha}","operationId":"git/get-blob","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/git/commits","operationId":"git/create-commit","requiredBody":["message","tree"]},{"method":"GET","path":"/repos/{owner}/{repo}/git/commits/{commit_sha}","operationId":"git/get-commit","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/git/matching-refs/{ref}","operationId":"git/list-matching-refs","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/git/ref/{ref}","operationId":"git/get-ref","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/git/refs","operationId":"git/create-ref","requiredBody":["ref","sha"]},{"method":"DELETE","path":"/repos/{owner}/{repo}/git/refs/{ref}","operationId":"git/delete-ref","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/git/refs/{ref}","operationId":"git/update-ref","requiredBody":["sha"]},{"method":"POST","path":"/repos/{owner}/{repo}/git/tags","operationId":"git/create-tag","requiredBody":["tag","message","object","type"]},{"method":"GET","path":"/repos/{owner}/{repo}/git/tags/{tag_sha}","operationId":"git/get-tag","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/git/trees","operationId":"git/create-tree","requiredBody":["tree"]},{"method":"GET","path":"/repos/{owner}/{repo}/git/trees/{tree_sha}","operationId":"git/get-tree","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/hash-algorithm","operationId":"repos/get-hash-algorithm","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/hooks","operationId":"repos/list-webhooks","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/hooks","operationId":"repos/create-webhook","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/hooks/{hook_id}","operationId":"repos/get-webhook","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/hooks/{hook_id}","operationId":"repos/delete-webhook","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/hooks/{hook_id}","operationId":"repos/update-webhook","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/hooks/{hook_id}/config","operationId":"repos/get-webhook-config-for-repo","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/hooks/{hook_id}/config","operationId":"repos/update-webhook-config-for-repo","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/hooks/{hook_id}/deliveries","operationId":"repos/list-webhook-deliveries","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}","operationId":"repos/get-webhook-delivery","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts","operationId":"repos/redeliver-webhook-delivery","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/hooks/{hook_id}/pings","operationId":"repos/ping-webhook","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/hooks/{hook_id}/tests","operationId":"repos/test-push-webhook","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/immutable-releases","operationId":"repos/check-immutable-releases","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/immutable-releases","operationId":"repos/enable-immutable-releases","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/immutable-releases","operationId":"repos/disable-immutable-releases","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/import","operationId":"migrations/get-import-status","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/import","operationId":"migrations/start-import","requiredBody":["vcs_url"]},{"method":"DELETE","path":"/repos/{owner}/{repo}/import","operationId":"migrations/cancel-import","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/import","operationId":"migrations/update-import","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/import/authors","operationId":"migrations/get-commit-authors","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/import/authors/{author_id}","operationId":"migrations/map-commit-author","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/import/large_files","operationId":"migrations/get-large-files","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/import/lfs","operationId":"migrations/set-lfs-preference","requiredBody":["use_lfs"]},{"method":"GET","path":"/repos/{owner}/{repo}/installation","operationId":"apps/get-repo-installation","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/interaction-limits","operationId":"interactions/get-restrictions-for-repo","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/interaction-limits","operationId":"interactions/set-restrictions-for-repo","requiredBody":["limit"]},{"method":"DELETE","path":"/repos/{owner}/{repo}/interaction-limits","operationId":"interactions/remove-restrictions-for-repo","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/interaction-limits/pulls/bypass-list","operationId":"interactions/get-pull-request-bypass-list-for-repo","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/interaction-limits/pulls/bypass-list","operationId":"interactions/set-pull-request-bypass-list-for-repo","requiredBody":["users"]},{"method":"DELETE","path":"/repos/{owner}/{repo}/interaction-limits/pulls/bypass-list","operationId":"interactions/remove-pull-request-bypass-list-for-repo","requiredBody":["users"]},{"method":"GET","path":"/repos/{owner}/{repo}/interaction-limits/pulls/creation-cap","operationId":"interactions/get-pull-request-creation-cap-for-repo","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/interaction-limits/pulls/creation-cap","operationId":"interactions/update-pull-request-creation-cap-for-repo","requiredBody":["enabled"]},{"method":"GET","path":"/repos/{owner}/{repo}/invitations","operationId":"repos/list-invitations","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/invitations/{invitation_id}","operationId":"repos/delete-invitation","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/invitations/{invitation_id}","operationId":"repos/update-invitation","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/issue-types","operationId":"repos/list-issue-types","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/issues","operationId":"issues/list-for-repo","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/issues","operationId":"issues/create","requiredBody":["title"]},{"method":"GET","path":"/repos/{owner}/{repo}/issues/comments","operationId":"issues/list-comments-for-repo","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/issues/comments/{comment_id}","operationId":"issues/get-comment","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/issues/comments/{comment_id}","operationId":"issues/delete-comment","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/issues/comments/{comment_id}","operationId":"issues/update-comment","requiredBody":["body"]},{"method":"PUT","path":"/repos/{owner}/{repo}/issues/comments/{comment_id}/pin","operationId":"issues/pin-comment","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/issues/comments/{comment_id}/pin","operationId":"issues/unpin-comment","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions","operationId":"reactions/list-for-issue-comment","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions","operationId":"reactions/create-for-issue-comment","requiredBody":["content"]},{"method":"DELETE","path":"/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}","operationId":"reactions/delete-for-issue-comment","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/issues/events","operationId":"issues/list-events-for-repo","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/issues/events/{event_id}","operationId":"issues/get-event","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/issues/{issue_number}","operationId":"issues/get","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/issues/{issue_number}","operationId":"issues/update","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/issues/{issue_number}/assignees","operationId":"issues/add-assignees","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/issues/{issue_number}/assignees","operationId":"issues/remove-assignees","requiredBody":["assignees"]},{"method":"GET","path":"/repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}","operationId":"issues/check-user-can-be-assigned-to-issue","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/issues/{issue_number}/comments","operationId":"issues/list-comments","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/issues/{issue_number}/comments","operationId":"issues/create-comment","requiredBody":["body"]},{"method":"GET","path":"/repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by","operationId":"issues/list-dependencies-blocked-by","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by","operationId":"issues/add-blocked-by-dependency","requiredBody":["issue_id"]},{"method":"DELETE","path":"/repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}","operationId":"issues/remove-dependency-blocked-by","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking","operationId":"issues/list-dependencies-blocking","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/issues/{issue_number}/events","operationId":"issues/list-events","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/issues/{issue_number}/issue-field-values","operationId":"issues/list-issue-field-values-for-issue","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/issues/{issue_number}/issue-field-values","operationId":"issues/set-issue-field-values","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/issues/{issue_number}/issue-field-values","operationId":"issues/add-issue-field-values","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/issues/{issue_number}/issue-field-values/{issue_field_id}","operationId":"issues/delete-issue-field-value","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/issues/{issue_number}/labels","operationId":"issues/list-labels-on-issue","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/issues/{issue_number}/labels","operationId":"issues/set-labels","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/issues/{issue_number}/labels","operationId":"issues/add-labels","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/issues/{issue_number}/labels","operationId":"issues/remove-all-labels","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}","operationId":"issues/remove-label","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/issues/{issue_number}/lock","operationId":"issues/lock","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/issues/{issue_number}/lock","operationId":"issues/unlock","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/issues/{issue_number}/parent","operationId":"issues/get-parent","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/issues/{issue_number}/reactions","operationId":"reactions/list-for-issue","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/issues/{issue_number}/reactions","operationId":"reactions/create-for-issue","requiredBody":["content"]},{"method":"DELETE","path":"/repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}","operationId":"reactions/delete-for-issue","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/issues/{issue_number}/sub_issue","operationId":"issues/remove-sub-issue","requiredBody":["sub_issue_id"]},{"method":"GET","path":"/repos/{owner}/{repo}/issues/{issue_number}/sub_issues","operationId":"issues/list-sub-issues","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/issues/{issue_number}/sub_issues","operationId":"issues/add-sub-issue","requiredBody":["sub_issue_id"]},{"method":"PATCH","path":"/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority","operationId":"issues/reprioritize-sub-issue","requiredBody":["sub_issue_id"]},{"method":"GET","path":"/repos/{owner}/{repo}/issues/{issue_number}/suggestions","operationId":"issues/list-suggestions","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/issues/{issue_number}/suggestions/{suggestion_id}/approve","operationId":"issues/approve-suggestion","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/issues/{issue_number}/suggestions/{suggestion_id}/dismiss","operationId":"issues/dismiss-suggestion","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/issues/{issue_number}/timeline","operationId":"issues/list-events-for-timeline","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/keys","operationId":"repos/list-deploy-keys","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/keys","operationId":"repos/create-deploy-key","requiredBody":["key"]},{"method":"GET","path":"/repos/{owner}/{repo}/keys/{key_id}","operationId":"repos/get-deploy-key","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/keys/{key_id}","operationId":"repos/delete-deploy-key","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/labels","operationId":"issues/list-labels-for-repo","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/labels","operationId":"issues/create-label","requiredBody":["name"]},{"method":"GET","path":"/repos/{owner}/{repo}/labels/{name}","operationId":"issues/get-label","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/labels/{name}","operationId":"issues/delete-label","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/labels/{name}","operationId":"issues/update-label","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/languages","operationId":"repos/list-languages","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/license","operationId":"licenses/get-for-repo","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/merge-upstream","operationId":"repos/merge-upstream","requiredBody":["branch"]},{"method":"POST","path":"/repos/{owner}/{repo}/merges","operationId":"repos/merge","requiredBody":["base","head"]},{"method":"GET","path":"/repos/{owner}/{repo}/milestones","operationId":"issues/list-milestones","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/milestones","operationId":"issues/create-milestone","requiredBody":["title"]},{"method":"GET","path":"/repos/{owner}/{repo}/milestones/{milestone_number}","operationId":"issues/get-milestone","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/milestones/{milestone_number}","operationId":"issues/delete-milestone","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/milestones/{milestone_number}","operationId":"issues/update-milestone","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/milestones/{milestone_number}/labels","operationId":"issues/list-labels-for-milestone","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/notifications","operationId":"activity/list-repo-notifications-for-authenticated-user","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/notifications","operationId":"activity/mark-repo-notifications-as-read","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/pages","operationId":"repos/get-pages","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/pages","operationId":"repos/update-information-about-pages-site","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/pages","operationId":"repos/create-pages-site","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/pages","operationId":"repos/delete-pages-site","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/pages/builds","operationId":"repos/list-pages-builds","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/pages/builds","operationId":"repos/request-pages-build","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/pages/builds/latest","operationId":"repos/get-latest-pages-build","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/pages/builds/{build_id}","operationId":"repos/get-pages-build","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/pages/deployments","operationId":"repos/create-pages-deployment","requiredBody":["pages_build_version","oidc_token"]},{"method":"GET","path":"/repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}","operationId":"repos/get-pages-deployment","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel","operationId":"repos/cancel-pages-deployment","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/pages/health","operationId":"repos/get-pages-health-check","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/private-vulnerability-reporting","operationId":"repos/check-private-vulnerability-reporting","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/private-vulnerability-reporting","operationId":"repos/enable-private-vulnerability-reporting","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/private-vulnerability-reporting","operationId":"repos/disable-private-vulnerability-reporting","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/properties/values","operationId":"repos/custom-properties-for-repos-get-repository-values","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/properties/values","operationId":"repos/custom-properties-for-repos-create-or-update-repository-values","requiredBody":["properties"]},{"method":"GET","path":"/repos/{owner}/{repo}/pulls","operationId":"pulls/list","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/pulls","operationId":"pulls/create","requiredBody":["head","base"]},{"method":"GET","path":"/repos/{owner}/{repo}/pulls/comments","operationId":"pulls/list-review-comments-for-repo","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/pulls/comments/{comment_id}","operationId":"pulls/get-review-comment","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/pulls/comments/{comment_id}","operationId":"pulls/delete-review-comment","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/pulls/comments/{comment_id}","operationId":"pulls/update-review-comment","requiredBody":["body"]},{"method":"GET","path":"/repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions","operationId":"reactions/list-for-pull-request-review-comment","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions","operationId":"reactions/create-for-pull-request-review-comment","requiredBody":["content"]},{"method":"DELETE","path":"/repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}","operationId":"reactions/delete-for-pull-request-comment","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/pulls/{pull_number}","operationId":"pulls/get","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/pulls/{pull_number}","operationId":"pulls/update","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/pulls/{pull_number}/codespaces","operationId":"codespaces/create-with-pr-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/pulls/{pull_number}/comments","operationId":"pulls/list-review-comments","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/pulls/{pull_number}/comments","operationId":"pulls/create-review-comment","requiredBody":["body","commit_id","path"]},{"method":"POST","path":"/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies","operationId":"pulls/create-reply-for-review-comment","requiredBody":["body"]},{"method":"GET","path":"/repos/{owner}/{repo}/pulls/{pull_number}/commits","operationId":"pulls/list-commits","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/pulls/{pull_number}/files","operationId":"pulls/list-files","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/pulls/{pull_number}/merge","operationId":"pulls/check-if-merged","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/pulls/{pull_number}/merge","operationId":"pulls/merge","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/pulls/{pull_number}/merge-async","operationId":"pulls/merge-async","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/pulls/{pull_number}/merge-async/{uuid}","operationId":"pulls/get-merge-async-result","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers","operationId":"pulls/list-requested-reviewers","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers","operationId":"pulls/request-reviewers","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers","operationId":"pulls/remove-requested-reviewers","requiredBody":["reviewers"]},{"method":"GET","path":"/repos/{owner}/{repo}/pulls/{pull_number}/reviews","operationId":"pulls/list-reviews","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/pulls/{pull_number}/reviews","operationId":"pulls/create-review","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}","operationId":"pulls/get-review","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}","operationId":"pulls/update-review","requiredBody":["body"]},{"method":"DELETE","path":"/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}","operationId":"pulls/delete-pending-review","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments","operationId":"pulls/list-comments-for-review","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals","operationId":"pulls/dismiss-review","requiredBody":["message"]},{"method":"POST","path":"/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events","operationId":"pulls/submit-review","requiredBody":["event"]},{"method":"PUT","path":"/repos/{owner}/{repo}/pulls/{pull_number}/update-branch","operationId":"pulls/update-branch","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/readme","operationId":"repos/get-readme","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/readme/{dir}","operationId":"repos/get-readme-in-directory","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/releases","operationId":"repos/list-releases","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/releases","operationId":"repos/create-release","requiredBody":["tag_name"]},{"method":"GET","path":"/repos/{owner}/{repo}/releases/assets/{asset_id}","operationId":"repos/get-release-asset","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/releases/assets/{asset_id}","operationId":"repos/delete-release-asset","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/releases/assets/{asset_id}","operationId":"repos/update-release-asset","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/releases/generate-notes","operationId":"repos/generate-release-notes","requiredBody":["tag_name"]},{"method":"GET","path":"/repos/{owner}/{repo}/releases/latest","operationId":"repos/get-latest-release","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/releases/tags/{tag}","operationId":"repos/get-release-by-tag","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/releases/{release_id}","operationId":"repos/get-release","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/releases/{release_id}","operationId":"repos/delete-release","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/releases/{release_id}","operationId":"repos/update-release","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/releases/{release_id}/assets","operationId":"repos/list-release-assets","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/releases/{release_id}/assets","operationId":"repos/upload-release-asset","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/releases/{release_id}/reactions","operationId":"reactions/list-for-release","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/releases/{release_id}/reactions","operationId":"reactions/create-for-release","requiredBody":["content"]},{"method":"DELETE","path":"/repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}","operationId":"reactions/delete-for-release","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/rules/branches/{branch}","operationId":"repos/get-branch-rules","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/rulesets","operationId":"repos/get-repo-rulesets","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/rulesets","operationId":"repos/create-repo-ruleset","requiredBody":["name","enforcement"]},{"method":"GET","path":"/repos/{owner}/{repo}/rulesets/rule-suites","operationId":"repos/get-repo-rule-suites","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}","operationId":"repos/get-repo-rule-suite","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/rulesets/{ruleset_id}","operationId":"repos/get-repo-ruleset","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/rulesets/{ruleset_id}","operationId":"repos/update-repo-ruleset","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/rulesets/{ruleset_id}","operationId":"repos/delete-repo-ruleset","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/rulesets/{ruleset_id}/history","operationId":"repos/get-repo-ruleset-history","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}","operationId":"repos/get-repo-ruleset-version","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/secret-scanning/alerts","operationId":"secret-scanning/list-alerts-for-repo","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}","operationId":"secret-scanning/get-alert","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}","operationId":"secret-scanning/update-alert","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations","operationId":"secret-scanning/list-locations-for-alert","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/secret-scanning/custom-patterns","operationId":"secret-scanning/list-repo-custom-patterns","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/secret-scanning/custom-patterns","operationId":"secret-scanning/bulk-create-repo-custom-patterns","requiredBody":["patterns"]},{"method":"DELETE","path":"/repos/{owner}/{repo}/secret-scanning/custom-patterns","operationId":"secret-scanning/bulk-delete-repo-custom-patterns","requiredBody":["patterns"]},{"method":"PATCH","path":"/repos/{owner}/{repo}/secret-scanning/custom-patterns/{pattern_id}","operationId":"secret-scanning/update-repo-custom-pattern","requiredBody":["custom_pattern_version"]},{"method":"POST","path":"/repos/{owner}/{repo}/secret-scanning/push-protection-bypasses","operationId":"secret-scanning/create-push-protection-bypass","requiredBody":["reason","placeholder_id"]},{"method":"GET","path":"/repos/{owner}/{repo}/secret-scanning/scan-history","operationId":"secret-scanning/get-scan-history","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/security-advisories","operationId":"security-advisories/list-repository-advisories","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/security-advisories","operationId":"security-advisories/create-repository-advisory","requiredBody":["summary","description","vulnerabilities"]},{"method":"POST","path":"/repos/{owner}/{repo}/security-advisories/reports","operationId":"security-advisories/create-private-vulnerability-report","requiredBody":["summary","description"]},{"method":"GET","path":"/repos/{owner}/{repo}/security-advisories/{ghsa_id}","operationId":"security-advisories/get-repository-advisory","requiredBody":[]},{"method":"PATCH","path":"/repos/{owner}/{repo}/security-advisories/{ghsa_id}","operationId":"security-advisories/update-repository-advisory","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve","operationId":"security-advisories/create-repository-advisory-cve-request","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks","operationId":"security-advisories/create-fork","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/stacks","operationId":"pull-request-stacks/list","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/stacks","operationId":"pull-request-stacks/create","requiredBody":["pull_requests"]},{"method":"GET","path":"/repos/{owner}/{repo}/stacks/{stack_number}","operationId":"pull-request-stacks/get","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/stacks/{stack_number}/add","operationId":"pull-request-stacks/add","requiredBody":["pull_requests"]},{"method":"POST","path":"/repos/{owner}/{repo}/stacks/{stack_number}/unstack","operationId":"pull-request-stacks/unstack","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/stargazers","operationId":"activity/list-stargazers-for-repo","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/stargazers/count","operationId":"activity/get-stargazer-count-for-repo","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/stats/code_frequency","operationId":"repos/get-code-frequency-stats","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/stats/commit_activity","operationId":"repos/get-commit-activity-stats","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/stats/contributors","operationId":"repos/get-contributors-stats","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/stats/participation","operationId":"repos/get-participation-stats","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/stats/punch_card","operationId":"repos/get-punch-card-stats","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/statuses/{sha}","operationId":"repos/create-commit-status","requiredBody":["state"]},{"method":"GET","path":"/repos/{owner}/{repo}/subscribers","operationId":"activity/list-watchers-for-repo","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/subscription","operationId":"activity/get-repo-subscription","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/subscription","operationId":"activity/set-repo-subscription","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/subscription","operationId":"activity/delete-repo-subscription","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/tags","operationId":"repos/list-tags","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/tarball/{ref}","operationId":"repos/download-tarball-archive","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/teams","operationId":"repos/list-teams","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/topics","operationId":"repos/get-all-topics","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/topics","operationId":"repos/replace-all-topics","requiredBody":["names"]},{"method":"GET","path":"/repos/{owner}/{repo}/traffic/clones","operationId":"repos/get-clones","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/traffic/popular/paths","operationId":"repos/get-top-paths","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/traffic/popular/referrers","operationId":"repos/get-top-referrers","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/traffic/views","operationId":"repos/get-views","requiredBody":[]},{"method":"POST","path":"/repos/{owner}/{repo}/transfer","operationId":"repos/transfer","requiredBody":["new_owner"]},{"method":"GET","path":"/repos/{owner}/{repo}/vulnerability-alerts","operationId":"repos/check-vulnerability-alerts","requiredBody":[]},{"method":"PUT","path":"/repos/{owner}/{repo}/vulnerability-alerts","operationId":"repos/enable-vulnerability-alerts","requiredBody":[]},{"method":"DELETE","path":"/repos/{owner}/{repo}/vulnerability-alerts","operationId":"repos/disable-vulnerability-alerts","requiredBody":[]},{"method":"GET","path":"/repos/{owner}/{repo}/zipball/{ref}","operationId":"repos/download-zipball-archive","requiredBody":[]},{"method":"POST","path":"/repos/{template_owner}/{template_repo}/generate","operationId":"repos/create-using-template","requiredBody":["name"]},{"method":"GET","path":"/repositories","operationId":"repos/list-public","requiredBody":[]},{"method":"GET","path":"/search/code","operationId":"search/code","requiredBody":[]},{"method":"GET","path":"/search/commits","operationId":"search/commits","requiredBody":[]},{"method":"GET","path":"/search/issues","operationId":"search/issues-and-pull-requests","requiredBody":[]},{"method":"GET","path":"/search/labels","operationId":"search/labels","requiredBody":[]},{"method":"GET","path":"/search/repositories","operationId":"search/repos","requiredBody":[]},{"method":"GET","path":"/search/topics","operationId":"search/topics","requiredBody":[]},{"method":"GET","path":"/search/users","operationId":"search/users","requiredBody":[]},{"method":"GET","path":"/teams/{team_id}","operationId":"teams/get-legacy","requiredBody":[]},{"method":"DELETE","path":"/teams/{team_id}","operationId":"teams/delete-legacy","requiredBody":[]},{"method":"PATCH","path":"/teams/{team_id}","operationId":"teams/update-legacy","requiredBody":["name"]},{"method":"GET","path":"/teams/{team_id}/invitations","operationId":"teams/list-pending-invitations-legacy","requiredBody":[]},{"method":"GET","path":"/teams/{team_id}/members","operationId":"teams/list-members-legacy","requiredBody":[]},{"method":"GET","path":"/teams/{team_id}/members/{username}","operationId":"teams/get-member-legacy","requiredBody":[]},{"method":"PUT","path":"/teams/{team_id}/members/{username}","operationId":"teams/add-member-legacy","requiredBody":[]},{"method":"DELETE","path":"/teams/{team_id}/members/{username}","operationId":"teams/remove-member-legacy","requiredBody":[]},{"method":"GET","path":"/teams/{team_id}/memberships/{username}","operationId":"teams/get-membership-for-user-legacy","requiredBody":[]},{"method":"PUT","path":"/teams/{team_id}/memberships/{username}","operationId":"teams/add-or-update-membership-for-user-legacy","requiredBody":[]},{"method":"DELETE","path":"/teams/{team_id}/memberships/{username}","operationId":"teams/remove-membership-for-user-legacy","requiredBody":[]},{"method":"GET","path":"/teams/{team_id}/repos","operationId":"teams/list-repos-legacy","requiredBody":[]},{"method":"GET","path":"/teams/{team_id}/repos/{owner}/{repo}","operationId":"teams/check-permissions-for-repo-legacy","requiredBody":[]},{"method":"PUT","path":"/teams/{team_id}/repos/{owner}/{repo}","operationId":"teams/add-or-update-repo-permissions-legacy","requiredBody":[]},{"method":"DELETE","path":"/teams/{team_id}/repos/{owner}/{repo}","operationId":"teams/remove-repo-legacy","requiredBody":[]},{"method":"GET","path":"/teams/{team_id}/teams","operationId":"teams/list-child-legacy","requiredBody":[]},{"method":"GET","path":"/user","operationId":"users/get-authenticated","requiredBody":[]},{"method":"PATCH","path":"/user","operationId":"users/update-authenticated","requiredBody":[]},{"method":"GET","path":"/user/blocks","operationId":"users/list-blocked-by-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/blocks/{username}","operationId":"users/check-blocked","requiredBody":[]},{"method":"PUT","path":"/user/blocks/{username}","operationId":"users/block","requiredBody":[]},{"method":"DELETE","path":"/user/blocks/{username}","operationId":"users/unblock","requiredBody":[]},{"method":"GET","path":"/user/codespaces","operationId":"codespaces/list-for-authenticated-user","requiredBody":[]},{"method":"POST","path":"/user/codespaces","operationId":"codespaces/create-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/codespaces/secrets","operationId":"codespaces/list-secrets-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/codespaces/secrets/public-key","operationId":"codespaces/get-public-key-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/codespaces/secrets/{secret_name}","operationId":"codespaces/get-secret-for-authenticated-user","requiredBody":[]},{"method":"PUT","path":"/user/codespaces/secrets/{secret_name}","operationId":"codespaces/create-or-update-secret-for-authenticated-user","requiredBody":["key_id"]},{"method":"DELETE","path":"/user/codespaces/secrets/{secret_name}","operationId":"codespaces/delete-secret-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/codespaces/secrets/{secret_name}/repositories","operationId":"codespaces/list-repositories-for-secret-for-authenticated-user","requiredBody":[]},{"method":"PUT","path":"/user/codespaces/secrets/{secret_name}/repositories","operationId":"codespaces/set-repositories-for-secret-for-authenticated-user","requiredBody":["selected_repository_ids"]},{"method":"PUT","path":"/user/codespaces/secrets/{secret_name}/repositories/{repository_id}","operationId":"codespaces/add-repository-for-secret-for-authenticated-user","requiredBody":[]},{"method":"DELETE","path":"/user/codespaces/secrets/{secret_name}/repositories/{repository_id}","operationId":"codespaces/remove-repository-for-secret-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/codespaces/{codespace_name}","operationId":"codespaces/get-for-authenticated-user","requiredBody":[]},{"method":"DELETE","path":"/user/codespaces/{codespace_name}","operationId":"codespaces/delete-for-authenticated-user","requiredBody":[]},{"method":"PATCH","path":"/user/codespaces/{codespace_name}","operationId":"codespaces/update-for-authenticated-user","requiredBody":[]},{"method":"POST","path":"/user/codespaces/{codespace_name}/exports","operationId":"codespaces/export-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/codespaces/{codespace_name}/exports/{export_id}","operationId":"codespaces/get-export-details-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/codespaces/{codespace_name}/machines","operationId":"codespaces/codespace-machines-for-authenticated-user","requiredBody":[]},{"method":"POST","path":"/user/codespaces/{codespace_name}/publish","operationId":"codespaces/publish-for-authenticated-user","requiredBody":[]},{"method":"POST","path":"/user/codespaces/{codespace_name}/start","operationId":"codespaces/start-for-authenticated-user","requiredBody":[]},{"method":"POST","path":"/user/codespaces/{codespace_name}/stop","operationId":"codespaces/stop-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/docker/conflicts","operationId":"packages/list-docker-migration-conflicting-packages-for-authenticated-user","requiredBody":[]},{"method":"PATCH","path":"/user/email/visibility","operationId":"users/set-primary-email-visibility-for-authenticated-user","requiredBody":["visibility"]},{"method":"GET","path":"/user/emails","operationId":"users/list-emails-for-authenticated-user","requiredBody":[]},{"method":"POST","path":"/user/emails","operationId":"users/add-email-for-authenticated-user","requiredBody":[]},{"method":"DELETE","path":"/user/emails","operationId":"users/delete-email-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/followers","operationId":"users/list-followers-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/following","operationId":"users/list-followed-by-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/following/{username}","operationId":"users/check-person-is-followed-by-authenticated","requiredBody":[]},{"method":"PUT","path":"/user/following/{username}","operationId":"users/follow","requiredBody":[]},{"method":"DELETE","path":"/user/following/{username}","operationId":"users/unfollow","requiredBody":[]},{"method":"GET","path":"/user/gpg_keys","operationId":"users/list-gpg-keys-for-authenticated-user","requiredBody":[]},{"method":"POST","path":"/user/gpg_keys","operationId":"users/create-gpg-key-for-authenticated-user","requiredBody":["armored_public_key"]},{"method":"GET","path":"/user/gpg_keys/{gpg_key_id}","operationId":"users/get-gpg-key-for-authenticated-user","requiredBody":[]},{"method":"DELETE","path":"/user/gpg_keys/{gpg_key_id}","operationId":"users/delete-gpg-key-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/installations","operationId":"apps/list-installations-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/installations/{installation_id}/repositories","operationId":"apps/list-installation-repos-for-authenticated-user","requiredBody":[]},{"method":"PUT","path":"/user/installations/{installation_id}/repositories/{repository_id}","operationId":"apps/add-repo-to-installation-for-authenticated-user","requiredBody":[]},{"method":"DELETE","path":"/user/installations/{installation_id}/repositories/{repository_id}","operationId":"apps/remove-repo-from-installation-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/interaction-limits","operationId":"interactions/get-restrictions-for-authenticated-user","requiredBody":[]},{"method":"PUT","path":"/user/interaction-limits","operationId":"interactions/set-restrictions-for-authenticated-user","requiredBody":["limit"]},{"method":"DELETE","path":"/user/interaction-limits","operationId":"interactions/remove-restrictions-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/issues","operationId":"issues/list-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/keys","operationId":"users/list-public-ssh-keys-for-authenticated-user","requiredBody":[]},{"method":"POST","path":"/user/keys","operationId":"users/create-public-ssh-key-for-authenticated-user","requiredBody":["key"]},{"method":"GET","path":"/user/keys/{key_id}","operationId":"users/get-public-ssh-key-for-authenticated-user","requiredBody":[]},{"method":"DELETE","path":"/user/keys/{key_id}","operationId":"users/delete-public-ssh-key-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/marketplace_purchases","operationId":"apps/list-subscriptions-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/marketplace_purchases/stubbed","operationId":"apps/list-subscriptions-for-authenticated-user-stubbed","requiredBody":[]},{"method":"GET","path":"/user/memberships/orgs","operationId":"orgs/list-memberships-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/memberships/orgs/{org}","operationId":"orgs/get-membership-for-authenticated-user","requiredBody":[]},{"method":"PATCH","path":"/user/memberships/orgs/{org}","operationId":"orgs/update-membership-for-authenticated-user","requiredBody":["state"]},{"method":"GET","path":"/user/migrations","operationId":"migrations/list-for-authenticated-user","requiredBody":[]},{"method":"POST","path":"/user/migrations","operationId":"migrations/start-for-authenticated-user","requiredBody":["repositories"]},{"method":"GET","path":"/user/migrations/{migration_id}","operationId":"migrations/get-status-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/migrations/{migration_id}/archive","operationId":"migrations/get-archive-for-authenticated-user","requiredBody":[]},{"method":"DELETE","path":"/user/migrations/{migration_id}/archive","operationId":"migrations/delete-archive-for-authenticated-user","requiredBody":[]},{"method":"DELETE","path":"/user/migrations/{migration_id}/repos/{repo_name}/lock","operationId":"migrations/unlock-repo-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/migrations/{migration_id}/repositories","operationId":"migrations/list-repos-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/orgs","operationId":"orgs/list-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/packages","operationId":"packages/list-packages-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/packages/{package_type}/{package_name}","operationId":"packages/get-package-for-authenticated-user","requiredBody":[]},{"method":"DELETE","path":"/user/packages/{package_type}/{package_name}","operationId":"packages/delete-package-for-authenticated-user","requiredBody":[]},{"method":"POST","path":"/user/packages/{package_type}/{package_name}/restore","operationId":"packages/restore-package-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/packages/{package_type}/{package_name}/versions","operationId":"packages/get-all-package-versions-for-package-owned-by-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/packages/{package_type}/{package_name}/versions/{package_version_id}","operationId":"packages/get-package-version-for-authenticated-user","requiredBody":[]},{"method":"DELETE","path":"/user/packages/{package_type}/{package_name}/versions/{package_version_id}","operationId":"packages/delete-package-version-for-authenticated-user","requiredBody":[]},{"method":"POST","path":"/user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore","operationId":"packages/restore-package-version-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/public_emails","operationId":"users/list-public-emails-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/repos","operationId":"repos/list-for-authenticated-user","requiredBody":[]},{"method":"POST","path":"/user/repos","operationId":"repos/create-for-authenticated-user","requiredBody":["name"]},{"method":"GET","path":"/user/repository_invitations","operationId":"repos/list-invitations-for-authenticated-user","requiredBody":[]},{"method":"DELETE","path":"/user/repository_invitations/{invitation_id}","operationId":"repos/decline-invitation-for-authenticated-user","requiredBody":[]},{"method":"PATCH","path":"/user/repository_invitations/{invitation_id}","operationId":"repos/accept-invitation-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/social_accounts","operationId":"users/list-social-accounts-for-authenticated-user","requiredBody":[]},{"method":"POST","path":"/user/social_accounts","operationId":"users/add-social-account-for-authenticated-user","requiredBody":["account_urls"]},{"method":"DELETE","path":"/user/social_accounts","operationId":"users/delete-social-account-for-authenticated-user","requiredBody":["account_urls"]},{"method":"GET","path":"/user/ssh_signing_keys","operationId":"users/list-ssh-signing-keys-for-authenticated-user","requiredBody":[]},{"method":"POST","path":"/user/ssh_signing_keys","operationId":"users/create-ssh-signing-key-for-authenticated-user","requiredBody":["key"]},{"method":"GET","path":"/user/ssh_signing_keys/{ssh_signing_key_id}","operationId":"users/get-ssh-signing-key-for-authenticated-user","requiredBody":[]},{"method":"DELETE","path":"/user/ssh_signing_keys/{ssh_signing_key_id}","operationId":"users/delete-ssh-signing-key-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/starred","operationId":"activity/list-repos-starred-by-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/starred/{owner}/{repo}","operationId":"activity/check-repo-is-starred-by-authenticated-user","requiredBody":[]},{"method":"PUT","path":"/user/starred/{owner}/{repo}","operationId":"activity/star-repo-for-authenticated-user","requiredBody":[]},{"method":"DELETE","path":"/user/starred/{owner}/{repo}","operationId":"activity/unstar-repo-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/subscriptions","operationId":"activity/list-watched-repos-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/teams","operationId":"teams/list-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/user/{account_id}","operationId":"users/get-by-id","requiredBody":[]},{"method":"POST","path":"/user/{user_id}/projectsV2/{project_number}/drafts","operationId":"projects/create-draft-item-for-authenticated-user","requiredBody":["title"]},{"method":"GET","path":"/users","operationId":"users/list","requiredBody":[]},{"method":"POST","path":"/users/{user_id}/projectsV2/{project_number}/views","operationId":"projects/create-view-for-user","requiredBody":["name","layout"]},{"method":"GET","path":"/users/{username}","operationId":"users/get-by-username","requiredBody":[]},{"method":"POST","path":"/users/{username}/attestations/bulk-list","operationId":"users/list-attestations-bulk","requiredBody":["subject_digests"]},{"method":"POST","path":"/users/{username}/attestations/delete-request","operationId":"users/delete-attestations-bulk","requiredBody":[]},{"method":"DELETE","path":"/users/{username}/attestations/digest/{subject_digest}","operationId":"users/delete-attestations-by-subject-digest","requiredBody":[]},{"method":"DELETE","path":"/users/{username}/attestations/{attestation_id}","operationId":"users/delete-attestations-by-id","requiredBody":[]},{"method":"GET","path":"/users/{username}/attestations/{subject_digest}","operationId":"users/list-attestations","requiredBody":[]},{"method":"GET","path":"/users/{username}/copilot-spaces","operationId":"copilot-spaces/list-for-user","requiredBody":[]},{"method":"POST","path":"/users/{username}/copilot-spaces","operationId":"copilot-spaces/create-for-user","requiredBody":["name"]},{"method":"GET","path":"/users/{username}/copilot-spaces/{space_number}","operationId":"copilot-spaces/get-for-user","requiredBody":[]},{"method":"PUT","path":"/users/{username}/copilot-spaces/{space_number}","operationId":"copilot-spaces/update-for-user","requiredBody":[]},{"method":"DELETE","path":"/users/{username}/copilot-spaces/{space_number}","operationId":"copilot-spaces/delete-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/copilot-spaces/{space_number}/collaborators","operationId":"copilot-spaces/list-collaborators-for-user","requiredBody":[]},{"method":"POST","path":"/users/{username}/copilot-spaces/{space_number}/collaborators","operationId":"copilot-spaces/add-collaborator-for-user","requiredBody":["actor_type","actor_identifier","role"]},{"method":"PUT","path":"/users/{username}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}","operationId":"copilot-spaces/update-collaborator-for-user","requiredBody":["role"]},{"method":"DELETE","path":"/users/{username}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}","operationId":"copilot-spaces/remove-collaborator-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/copilot-spaces/{space_number}/resources","operationId":"copilot-spaces/list-resources-for-user","requiredBody":[]},{"method":"POST","path":"/users/{username}/copilot-spaces/{space_number}/resources","operationId":"copilot-spaces/create-resource-for-user","requiredBody":["resource_type","metadata"]},{"method":"GET","path":"/users/{username}/copilot-spaces/{space_number}/resources/{space_resource_id}","operationId":"copilot-spaces/get-resource-for-user","requiredBody":[]},{"method":"PUT","path":"/users/{username}/copilot-spaces/{space_number}/resources/{space_resource_id}","operationId":"copilot-spaces/update-resource-for-user","requiredBody":[]},{"method":"DELETE","path":"/users/{username}/copilot-spaces/{space_number}/resources/{space_resource_id}","operationId":"copilot-spaces/delete-resource-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/docker/conflicts","operationId":"packages/list-docker-migration-conflicting-packages-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/events","operationId":"activity/list-events-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/events/orgs/{org}","operationId":"activity/list-org-events-for-authenticated-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/events/public","operationId":"activity/list-public-events-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/followers","operationId":"users/list-followers-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/following","operationId":"users/list-following-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/following/{target_user}","operationId":"users/check-following-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/gists","operationId":"gists/list-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/gpg_keys","operationId":"users/list-gpg-keys-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/hovercard","operationId":"users/get-context-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/installation","operationId":"apps/get-user-installation","requiredBody":[]},{"method":"GET","path":"/users/{username}/keys","operationId":"users/list-public-keys-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/orgs","operationId":"orgs/list-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/packages","operationId":"packages/list-packages-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/packages/{package_type}/{package_name}","operationId":"packages/get-package-for-user","requiredBody":[]},{"method":"DELETE","path":"/users/{username}/packages/{package_type}/{package_name}","operationId":"packages/delete-package-for-user","requiredBody":[]},{"method":"POST","path":"/users/{username}/packages/{package_type}/{package_name}/restore","operationId":"packages/restore-package-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/packages/{package_type}/{package_name}/versions","operationId":"packages/get-all-package-versions-for-package-owned-by-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}","operationId":"packages/get-package-version-for-user","requiredBody":[]},{"method":"DELETE","path":"/users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}","operationId":"packages/delete-package-version-for-user","requiredBody":[]},{"method":"POST","path":"/users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore","operationId":"packages/restore-package-version-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/projectsV2","operationId":"projects/list-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/projectsV2/{project_number}","operationId":"projects/get-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/projectsV2/{project_number}/fields","operationId":"projects/list-fields-for-user","requiredBody":[]},{"method":"POST","path":"/users/{username}/projectsV2/{project_number}/fields","operationId":"projects/add-field-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/projectsV2/{project_number}/fields/{field_id}","operationId":"projects/get-field-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/projectsV2/{project_number}/items","operationId":"projects/list-items-for-user","requiredBody":[]},{"method":"POST","path":"/users/{username}/projectsV2/{project_number}/items","operationId":"projects/add-item-for-user","requiredBody":["type"]},{"method":"GET","path":"/users/{username}/projectsV2/{project_number}/items/{item_id}","operationId":"projects/get-user-item","requiredBody":[]},{"method":"DELETE","path":"/users/{username}/projectsV2/{project_number}/items/{item_id}","operationId":"projects/delete-item-for-user","requiredBody":[]},{"method":"PATCH","path":"/users/{username}/projectsV2/{project_number}/items/{item_id}","operationId":"projects/update-item-for-user","requiredBody":["fields"]},{"method":"GET","path":"/users/{username}/projectsV2/{project_number}/views/{view_number}/items","operationId":"projects/list-view-items-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/received_events","operationId":"activity/list-received-events-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/received_events/public","operationId":"activity/list-received-public-events-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/repos","operationId":"repos/list-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/settings/billing/ai_credit/usage","operationId":"billing/get-github-billing-ai-credit-usage-report-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/settings/billing/premium_request/usage","operationId":"billing/get-github-billing-premium-request-usage-report-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/settings/billing/usage","operationId":"billing/get-github-billing-usage-report-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/settings/billing/usage/summary","operationId":"billing/get-github-billing-usage-summary-report-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/social_accounts","operationId":"users/list-social-accounts-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/ssh_signing_keys","operationId":"users/list-ssh-signing-keys-for-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/starred","operationId":"activity/list-repos-starred-by-user","requiredBody":[]},{"method":"GET","path":"/users/{username}/subscriptions","operationId":"activity/list-repos-watched-by-user","requiredBody":[]},{"method":"GET","path":"/versions","operationId":"meta/get-all-versions","requiredBody":[]},{"method":"GET","path":"/zen","operationId":"meta/get-zen","requiredBody":[]}]');
;// CONCATENATED MODULE: ./src/stand-ins/openapi-matcher.ts

// Lower ranks are more specific. A literal segment beats a parameter, so
// `/issues/comments` is issues/list-comments-for-repo rather than issues/get with
// issue_number "comments". Mixed segments rank below plain parameters so that
// `compare/a...b` resolves to the current compare-commits-with-basehead and not the
// deprecated `{base}...{head}` template.
const SegmentRank = { Literal: 0, Param: 1, Mixed: 2, Rest: 3 };
const DEFAULT_MULTI_SEGMENT = new Set(['path']);
/** GitHub's REST operations, reduced from its OpenAPI description (scripts/gen-github-operations.mjs). */
function loadOperations(parsed = github_operations_namespaceObject) {
    if (!Array.isArray(parsed) || !parsed.every(isOperationSpec)) {
        throw new Error('the operations list is not a list of GitHub operations');
    }
    return parsed;
}
function isOperationSpec(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const record = value;
    return (typeof record.method === 'string' &&
        typeof record.path === 'string' &&
        typeof record.operationId === 'string' &&
        Array.isArray(record.requiredBody));
}
class OpenApiMatcher {
    #byMethod = new Map();
    #operationIds = new Set();
    constructor(operations, options = {}) {
        const multiSegment = options.multiSegmentParams ?? DEFAULT_MULTI_SEGMENT;
        for (const operation of operations) {
            const compiled = { operation, segments: compileTemplate(operation.path, multiSegment) };
            const list = this.#byMethod.get(operation.method) ?? [];
            list.push(compiled);
            this.#byMethod.set(operation.method, list);
            this.#operationIds.add(operation.operationId);
        }
        for (const list of this.#byMethod.values())
            list.sort(compareSpecificity);
    }
    hasOperation(operationId) {
        return this.#operationIds.has(operationId);
    }
    /** Matches a raw (still percent-encoded) pathname; parameters come back decoded. */
    match(method, pathname) {
        const segments = pathname.split('/').slice(1);
        for (const candidate of this.#byMethod.get(method.toUpperCase()) ?? []) {
            const params = matchSegments(candidate.segments, segments);
            if (params)
                return { operation: candidate.operation, params };
        }
        return undefined;
    }
}
/** Required body fields absent from `body` (every one of them when the body is not an object). */
function missingRequiredFields(operation, body) {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        return [...operation.requiredBody];
    }
    return operation.requiredBody.filter((field) => !Object.hasOwn(body, field));
}
function compileTemplate(template, multiSegment) {
    return template
        .split('/')
        .slice(1)
        .map((part) => compileSegment(part, multiSegment));
}
function compileSegment(part, multiSegment) {
    const names = [...part.matchAll(/\{([^}]+)\}/g)].map((found) => found[1] ?? '');
    if (names.length === 0) {
        return { rank: SegmentRank.Literal, pattern: new RegExp(`^${escapeRegExp(part)}$`), names };
    }
    const whole = names.length === 1 && part === `{${names[0]}}`;
    if (whole && multiSegment.has(names[0] ?? '')) {
        return { rank: SegmentRank.Rest, pattern: /^.+$/, names };
    }
    const source = part
        .split(/\{[^}]+\}/)
        .map(escapeRegExp)
        .join('([^/]+?)');
    return {
        rank: whole ? SegmentRank.Param : SegmentRank.Mixed,
        pattern: new RegExp(`^${source}$`),
        names,
    };
}
function matchSegments(template, actual) {
    const params = {};
    let index = 0;
    for (const [position, segment] of template.entries()) {
        if (segment.rank === SegmentRank.Rest) {
            // A rest parameter swallows whatever the later template segments do not need.
            const remainingTemplate = template.length - position - 1;
            const end = actual.length - remainingTemplate;
            const taken = actual.slice(index, end);
            // A trailing rest parameter may be empty: `contents` and `contents/` list the repository
            // root, and Octokit sends the former for path ''.
            const root = remainingTemplate === 0 && taken.join('') === '' && taken.length <= 1;
            if (!root && (taken.length === 0 || taken.some((part) => part === '')))
                return undefined;
            params[segment.names[0] ?? ''] = safeDecode(taken.join('/'));
            index = end;
            continue;
        }
        const part = actual[index];
        const found = part === undefined ? null : segment.pattern.exec(part);
        if (!found)
            return undefined;
        segment.names.forEach((name, i) => (params[name] = safeDecode(found[i + 1] ?? '')));
        index += 1;
    }
    return index === actual.length ? params : undefined;
}
function compareSpecificity(a, b) {
    const length = Math.max(a.segments.length, b.segments.length);
    for (let i = 0; i < length; i += 1) {
        const difference = (a.segments[i]?.rank ?? -1) - (b.segments[i]?.rank ?? -1);
        if (difference !== 0)
            return difference;
    }
    return 0;
}
function safeDecode(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/stand-ins/github.ts










let sharedOperations;
/** In-memory stand-in for api.github.com holding one repository. */
class FakeGitHub {
    owner;
    repo;
    defaultBranch;
    requests = [];
    /** Requests real GitHub would reject or the fake cannot answer; a passing test expects none. */
    violations = [];
    #state;
    #matcher;
    #failures = new Map();
    #lostAnswers = new Map();
    #server;
    #url;
    constructor(options = {}) {
        this.owner = options.owner ?? 'Codertocat';
        this.repo = options.repo ?? 'Hello-World';
        this.defaultBranch = options.defaultBranch ?? 'main';
        const actor = options.actor ?? { login: 'github-actions[bot]', type: 'Bot' };
        this.#state = new RepoState(this.owner, this.repo, this.defaultBranch, {
            login: actor.login,
            type: actor.type ?? 'User',
        });
        this.#matcher = new OpenApiMatcher(options.operations ?? (sharedOperations ??= loadOperations()));
    }
    /** Base URL, e.g. `http://127.0.0.1:54321`; only valid after start(). */
    get url() {
        if (this.#url === undefined)
            throw new Error('FakeGitHub has not been started');
        return this.#url;
    }
    /** Collaborator permission per login; logins not in the map read as "none". */
    get permissions() {
        return this.#state.permissions;
    }
    async start() {
        if (this.#url !== undefined)
            return this.#url;
        const server = (0,external_node_http_.createServer)((request, response) => void this.#serve(request, response));
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(0, '127.0.0.1', resolve);
        });
        const { port } = server.address();
        this.#server = server;
        this.#url = `http://127.0.0.1:${port}`;
        return this.#url;
    }
    async stop() {
        const server = this.#server;
        if (!server)
            return;
        this.#server = undefined;
        this.#url = undefined;
        const closed = new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
        // Keep-alive sockets from fetch/Octokit would otherwise hold close() open.
        server.closeAllConnections();
        await closed;
    }
    setPermission(login, level) {
        this.#state.permissions.set(login, level);
    }
    addIssue(seed) {
        return toIssueView(this.#state.addIssue(seed));
    }
    addPull(seed) {
        return toPullView(this.#state.addPull(seed));
    }
    /** The next `times` calls of `operationId` get this response instead of the real one. */
    failNext(operationId, response, times = 1) {
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
    failAfterNext(operationId, response, times = 1) {
        if (!this.#matcher.hasOperation(operationId)) {
            throw new Error(`${operationId} is not a GitHub operation id`);
        }
        const queue = this.#lostAnswers.get(operationId) ?? [];
        queue.push(...Array.from({ length: times }, () => response));
        this.#lostAnswers.set(operationId, queue);
    }
    /** A comment written by `user` (by default the token's owner), as if posted on github.com. */
    addComment(number, body, user) {
        const issue = this.#state.issues.get(number);
        if (!issue)
            throw new Error(`#${number} does not exist`);
        const author = user ? { login: user.login, type: user.type ?? 'User' } : undefined;
        return structuredClone(this.#state.addComment(issue, body, author));
    }
    /** A person adds a label on github.com (the issue events API then names them). */
    labelIssue(number, label, user) {
        const issue = this.#state.issues.get(number);
        if (!issue)
            throw new Error(`#${number} does not exist`);
        this.#state.addLabels(issue, [label], { login: user.login, type: user.type ?? 'User' });
    }
    /**
     * A file on the default branch (workflows are listed from `.github/workflows/`). The
     * contents API answers only once the fake holds a file.
     */
    setFile(path, content) {
        this.#state.files.set(path, content);
    }
    /** Makes every reaction older by `ms`, as time passing would. */
    ageReactions(ms) {
        for (const reaction of this.#state.reactions.values())
            reaction.created_at = new Date(Date.parse(reaction.created_at) - ms).toISOString();
    }
    /** Every workflow_dispatch GitHub accepted, in order. */
    get dispatches() {
        return structuredClone(this.#state.dispatches);
    }
    /** Installation access tokens issued to an app. */
    get installationTokens() {
        return this.#state.installationTokens;
    }
    /** Every issue (not pull request), oldest first. */
    issuesList() {
        return [...this.#state.issues.values()]
            .filter((issue) => issue.pull === undefined)
            .sort((a, b) => a.number - b.number)
            .map(toIssueView);
    }
    /** Issue or pull request by number, as the issues API sees it. */
    getIssue(number) {
        const issue = this.#state.issues.get(number);
        return issue ? toIssueView(issue) : undefined;
    }
    /** Closes a pull request as merged or not, the way a person would on github.com. */
    closePull(number, merged) {
        const record = this.#state.issues.get(number);
        if (!record?.pull)
            throw new Error(`#${number} is not a pull request`);
        record.state = 'closed';
        record.closed_at = new Date().toISOString();
        record.pull.merged = merged;
    }
    /** Every pull request in any state, oldest first. */
    pullsList() {
        return [...this.#state.issues.values()]
            .filter((issue) => issue.pull !== undefined)
            .sort((a, b) => a.number - b.number)
            .map(toPullView);
    }
    commentsOn(number) {
        return this.#state.commentsOn(number).map((comment) => structuredClone(comment));
    }
    requestsFor(operationId) {
        return this.requests.filter((request) => request.operationId === operationId);
    }
    async #serve(request, response) {
        const method = (request.method ?? 'GET').toUpperCase();
        // Only path and query matter here; the fake's own origin may already be gone during stop().
        const url = new URL(request.url ?? '/', 'http://127.0.0.1');
        const label = `${method} ${url.pathname}`;
        let result;
        try {
            const raw = await readBody(request);
            const body = parseBody(raw, request.headers['content-type']);
            result = this.#respond(method, url, body, request.headers);
        }
        catch (error) {
            result = this.#failure(error, label);
        }
        send(response, result);
    }
    #respond(method, url, body, headers) {
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
        if (injected)
            return injectedResult(injected);
        if (isGraphql)
            return answerGraphql(this.#state, body);
        if (!this.#isOurRepository(match.params))
            throw notFound();
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
    #serves(operationId) {
        return operationId !== 'repos/get-content' || this.#state.files.size > 0;
    }
    // Other repositories simply do not exist here, the way GitHub hides ones you cannot see.
    #isOurRepository(params) {
        const ownerOk = params.owner === undefined || sameName(params.owner, this.owner);
        return ownerOk && (params.repo === undefined || sameName(params.repo, this.repo));
    }
    #failure(error, label) {
        if (error instanceof HttpError) {
            if (error.violation)
                this.violations.push(`${label}: ${error.violation}`);
            return { status: error.status, body: error.body };
        }
        // A crash in the fake must fail the test rather than look like a GitHub outage.
        const detail = error instanceof Error ? error.message : String(error);
        this.violations.push(`${label}: FakeGitHub crashed: ${detail}`);
        return { status: 500, body: { message: `FakeGitHub crashed: ${detail}` } };
    }
}

;// CONCATENATED MODULE: ./src/stand-ins/http-stub.ts

/**
 * A local HTTP server standing in for a remote API. Records every request;
 * `down()` makes it refuse service (503) to simulate an outage.
 */
class HttpStub {
    handler;
    requests = [];
    server;
    failing = false;
    fault;
    url = '';
    constructor(handler) {
        this.handler = handler;
    }
    async start() {
        this.server = (0,external_node_http_.createServer)((req, res) => void this.handle(req, res));
        await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
        this.url = `http://127.0.0.1:${this.server.address().port}`;
        return this.url;
    }
    async stop() {
        this.server?.closeAllConnections();
        await new Promise((resolve) => this.server ? this.server.close(() => resolve()) : resolve());
    }
    down() {
        this.failing = true;
    }
    /** Every later request gets this answer (e.g. 429 with retry-after, for ever). */
    answerAll(reply) {
        this.fault = reply;
    }
    async handle(req, res) {
        const chunks = [];
        for await (const chunk of req)
            chunks.push(chunk);
        const rawBody = Buffer.concat(chunks).toString('utf8');
        const url = new URL(req.url ?? '/', 'http://stub');
        const request = {
            method: req.method ?? 'GET',
            path: url.pathname,
            query: Object.fromEntries(url.searchParams),
            headers: req.headers,
            body: http_stub_parseBody(rawBody, req.headers['content-type']),
            rawBody,
        };
        this.requests.push(request);
        const reply = this.failing
            ? { status: 503, body: { error: 'service unavailable' } }
            : (this.fault ?? (await this.handler(request)));
        if (reply.hang)
            return;
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
        res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    }
}
function http_stub_parseBody(raw, type) {
    if (!raw)
        return undefined;
    if (type?.includes('application/x-www-form-urlencoded'))
        return Object.fromEntries(new URLSearchParams(raw));
    try {
        return JSON.parse(raw);
    }
    catch {
        return raw;
    }
}

;// CONCATENATED MODULE: ./src/stand-ins/jira.ts

/** Jira Cloud REST v3: issues, comments, transitions and remote links. */
class FakeJira extends HttpStub {
    issues = new Map();
    transitions = [
        { id: '21', name: 'Start review', to: { id: '3', name: 'Spec Review' } },
        { id: '31', name: 'Done', to: { id: '4', name: 'Done' } },
    ];
    constructor(issues = []) {
        super((request) => this.route(request));
        for (const issue of issues)
            this.issues.set(issue.key, issue);
    }
    get comments() {
        return this.matching('POST', /\/comment$/).map((r) => ({
            key: keyOf(r.path),
            body: r.body.body,
        }));
    }
    get transitionsDone() {
        return this.matching('POST', /\/transitions$/).map((r) => ({
            key: keyOf(r.path),
            id: r.body.transition.id,
        }));
    }
    get remoteLinks() {
        return this.matching('POST', /\/remotelink$/).map((r) => ({
            key: keyOf(r.path),
            body: r.body,
        }));
    }
    matching(method, path) {
        return this.requests.filter((r) => r.method === method && path.test(r.path));
    }
    route(request) {
        const match = /^\/rest\/api\/3\/issue\/([^/]+)(\/.*)?$/.exec(request.path);
        if (!match)
            return { status: 404, body: { errorMessages: ['not found'] } };
        const key = decodeURIComponent(match[1] ?? '');
        const issue = this.issues.get(key);
        if (!issue)
            return {
                status: 404,
                body: {
                    errorMessages: ['Issue does not exist or you do not have permission to see it.'],
                    errors: {},
                },
            };
        const tail = match[2] ?? '';
        if (request.method === 'GET' && tail === '')
            return { body: this.issueBody(issue) };
        if (request.method === 'POST' && tail === '/comment') {
            return {
                status: 201,
                body: { id: '10000', self: `${this.url}/rest/api/3/issue/${key}/comment/10000` },
            };
        }
        if (request.method === 'GET' && tail === '/transitions')
            return { body: { transitions: this.transitions } };
        if (request.method === 'POST' && tail === '/transitions')
            return { status: 204 };
        if (request.method === 'POST' && tail === '/remotelink')
            return {
                status: 201,
                body: { id: 10000, self: `${this.url}/rest/api/3/issue/${key}/remotelink/10000` },
            };
        return {
            status: 405,
            body: { errorMessages: [`unexpected ${request.method} ${request.path}`] },
        };
    }
    issueBody(issue) {
        return {
            id: '10001',
            key: issue.key,
            self: `${this.url}/rest/api/3/issue/10001`,
            fields: {
                summary: issue.summary,
                description: issue.description,
                priority: issue.priority ? { id: '2', name: issue.priority } : null,
                labels: issue.labels ?? [],
                status: { id: '1', name: issue.status ?? 'To Do' },
                ...issue.extra,
            },
        };
    }
}
function keyOf(path) {
    return decodeURIComponent(path.split('/')[5] ?? '');
}

;// CONCATENATED MODULE: ./src/stand-ins/model.ts

/**
 * An OpenAI-compatible Chat Completions endpoint that answers from a script,
 * one entry per request, and records the prompts it was sent.
 */
class FakeModel extends HttpStub {
    script;
    calls = 0;
    constructor(script) {
        super((request) => {
            if (request.method !== 'POST' || !request.path.endsWith('/chat/completions')) {
                return {
                    status: 404,
                    body: { error: { message: `unexpected ${request.method} ${request.path}` } },
                };
            }
            const next = this.script.shift();
            if (next === undefined)
                return { status: 500, body: { error: { message: 'the script has no more answers' } } };
            if (typeof next === 'string')
                return { body: completion(next) };
            if ('tools' in next) {
                const reply = toolCompletion(next.tools, ++this.calls);
                return { body: 'usage' in next ? { ...reply, usage: next.usage } : reply };
            }
            if ('content' in next)
                return { body: withUsage(completion(next.content), next) };
            return 'hang' in next ? { hang: true } : { status: next.status, body: next.body };
        });
        this.script = [...script];
    }
    /** Answers not yet used: a test can check the script ran to its end. */
    get remaining() {
        return this.script.length;
    }
    get prompts() {
        return this.requests
            .filter((r) => r.path.endsWith('/chat/completions'))
            .map((r) => r.body.messages);
    }
}
/** Endpoints differ in what they say about usage: the script replaces it, or drops it. */
function withUsage(reply, answer) {
    const body = { ...reply };
    if ('usage' in answer)
        body.usage = answer.usage;
    else
        delete body.usage;
    return body;
}
function completion(content) {
    return {
        id: 'chatcmpl-test',
        object: 'chat.completion',
        created: 1_700_000_000,
        model: 'test-model',
        choices: [
            { index: 0, finish_reason: 'stop', message: { role: 'assistant', content, refusal: null } },
        ],
        usage: { prompt_tokens: 1200, completion_tokens: 300, total_tokens: 1500 },
    };
}
function toolCompletion(calls, turn) {
    return {
        id: `chatcmpl-tools-${turn}`,
        object: 'chat.completion',
        created: 1_700_000_000,
        model: 'test-model',
        choices: [
            {
                index: 0,
                finish_reason: 'tool_calls',
                message: {
                    role: 'assistant',
                    content: null,
                    refusal: null,
                    tool_calls: calls.map((c, i) => ({
                        id: `call_${turn}_${i}`,
                        type: 'function',
                        function: { name: c.name, arguments: JSON.stringify(c.args) },
                    })),
                },
            },
        ],
        usage: { prompt_tokens: 2000, completion_tokens: 150, total_tokens: 2150 },
    };
}

;// CONCATENATED MODULE: ./src/stand-ins/slack.ts

/** Slack's Web API: chat.postMessage answers with a new ts per message. */
class FakeSlack extends HttpStub {
    count = 0;
    constructor() {
        super((request) => {
            if (request.path === '/api/chat.postMessage') {
                this.count += 1;
                const body = request.body;
                return {
                    body: {
                        ok: true,
                        channel: body.channel,
                        ts: `1700000000.${String(this.count).padStart(6, '0')}`,
                    },
                };
            }
            return { body: { ok: false, error: 'unknown_method' } };
        });
    }
    get messages() {
        return this.requests
            .filter((r) => r.path === '/api/chat.postMessage')
            .map((r) => r.body);
    }
}

// EXTERNAL MODULE: ./src/intake/run-command.ts + 46 modules
var run_command = __webpack_require__(7772);
// EXTERNAL MODULE: ./src/tickets/marker.ts
var marker = __webpack_require__(6947);
// EXTERNAL MODULE: ./src/wiring/build-deps.ts + 16 modules
var build_deps = __webpack_require__(1001);
;// CONCATENATED MODULE: ./src/demo/example-repo.ts



const IDENTITY = {
    GIT_AUTHOR_NAME: 'Example Dev',
    GIT_AUTHOR_EMAIL: 'dev@example.com',
    GIT_COMMITTER_NAME: 'Example Dev',
    GIT_COMMITTER_EMAIL: 'dev@example.com',
};
/**
 * A real repository for the demo: a bare `origin` standing in for GitHub's
 * copy, and a checkout of it standing in for the runner's workspace.
 */
async function createExampleRepo(root, files) {
    const origin = external_node_path_default().join(root, 'origin.git');
    const seed = external_node_path_default().join(root, 'seed');
    const work = external_node_path_default().join(root, 'work');
    const git = async (cwd, ...args) => {
        const result = await (0,run/* runProcess */.R)('git', args, {
            cwd,
            env: { PATH: process.env.PATH, HOME: process.env.HOME, ...IDENTITY },
        });
        if (result.code !== 0)
            throw new Error(`git ${args[0] ?? ''} failed: ${result.stderr}`);
    };
    await (0,promises_.mkdir)(seed, { recursive: true });
    await git(root, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
    await git(seed, 'init', '--quiet', '--initial-branch=main');
    for (const [file, content] of Object.entries(files)) {
        await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().join(seed, file)), { recursive: true });
        await (0,promises_.writeFile)(external_node_path_default().join(seed, file), content);
    }
    await git(seed, 'add', '-A');
    await git(seed, 'commit', '--quiet', '-m', 'initial');
    await git(seed, 'push', '--quiet', origin, 'main');
    await git(root, 'clone', '--quiet', `file://${origin}`, work);
    return { origin, work };
}

;// CONCATENATED MODULE: ./src/demo/example.ts
/** A small Node project with a real bug and a test that shows it. */
const EXAMPLE_REPO = {
    'package.json': JSON.stringify({ name: 'sample', type: 'module', scripts: { test: 'node --test' } }, null, 2) +
        '\n',
    'README.md': '# sample\n\nA login service.\n',
    'src/login.js': [
        'export function login(users, name, password) {',
        '  const user = users[name];',
        '  // BUG: an empty password is compared with the stored hash and crashes.',
        '  return user.passwordHash === hash(password);',
        '}',
        '',
        'function hash(text) {',
        '  return [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7).toString(16);',
        '}',
        '',
    ].join('\n'),
    'test/login.test.js': [
        "import { test } from 'node:test';",
        "import assert from 'node:assert';",
        "import { login } from '../src/login.js';",
        '',
        "const users = { ada: { passwordHash: '2d5d4' } };",
        '',
        "test('unknown users are refused', () => {",
        "  assert.strictEqual(login(users, 'nobody', 'x'), false);",
        '});',
        '',
    ].join('\n'),
    '.github/workflows/ci.yml': 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
};
/** The planner's answer, recorded: a spec for the login bug. */
const LOGIN_SPEC = {
    title: 'Refuse unknown users and empty passwords at login',
    problem: 'login() throws a TypeError for unknown users instead of returning false.',
    acceptanceCriteria: [
        'login() returns false for an unknown user',
        'login() returns false for an empty password',
    ],
    scope: [
        { path: 'src/login.js', change: 'modify', reason: 'guard unknown users and empty passwords' },
        { path: 'test/login.test.js', change: 'modify', reason: 'cover the empty password' },
    ],
    plan: [
        'Return false when the user is missing',
        'Return false when the password is empty',
        'Add a test',
    ],
    tests: ['node --test'],
    risks: ['None beyond the login path'],
    checklist: ['Unknown users return false', 'Empty passwords return false', 'node --test passes'],
};
/** The coding agent's answers, recorded: read the file, fix the bug with an exact edit, finish. */
const FIX_LOGIN = {
    read: { tools: [{ name: 'read_file', args: { path: 'src/login.js' } }] },
    edit: {
        tools: [
            {
                name: 'edit_file',
                args: {
                    path: 'src/login.js',
                    old_text: '  const user = users[name];\n',
                    new_text: '  const user = users[name];\n  if (!user || !password) return false;\n',
                },
            },
        ],
    },
    finish: {
        tools: [
            {
                name: 'finish',
                args: { summary: 'login() now refuses unknown users and empty passwords.' },
            },
        ],
    },
};
/**
 * What the demo's agent answers: the fix above, plus the test the spec's plan
 * asks for (the empty password), so the change covers every file in scope.
 */
const FIX_AND_COVER_LOGIN = {
    read: {
        tools: [...FIX_LOGIN.read.tools, { name: 'read_file', args: { path: 'test/login.test.js' } }],
    },
    edit: {
        tools: [
            ...FIX_LOGIN.edit.tools,
            {
                name: 'edit_file',
                args: {
                    path: 'test/login.test.js',
                    old_text: "  assert.strictEqual(login(users, 'nobody', 'x'), false);\n});\n",
                    new_text: [
                        "  assert.strictEqual(login(users, 'nobody', 'x'), false);",
                        '});',
                        '',
                        "test('empty passwords are refused', () => {",
                        "  assert.strictEqual(login(users, 'ada', ''), false);",
                        '});',
                        '',
                    ].join('\n'),
                },
            },
        ],
    },
    finish: {
        tools: [
            {
                name: 'finish',
                args: {
                    summary: 'login() now refuses unknown users and empty passwords; a test covers the empty password.',
                },
            },
        ],
    },
};
/** The Jira ticket the issue links, as the Jira stand-in serves it (ADF description). */
const LOGIN_TICKET = {
    key: 'ABC-123',
    summary: 'Login crashes for unknown users',
    description: {
        type: 'doc',
        version: 1,
        content: [
            {
                type: 'paragraph',
                content: [
                    { type: 'text', text: 'Calling ' },
                    { type: 'text', text: 'login()', marks: [{ type: 'code' }] },
                    { type: 'text', text: ' with an unknown user throws.' },
                ],
            },
        ],
    },
    priority: 'High',
    labels: ['backend'],
};

;// CONCATENATED MODULE: ./src/demo/report.ts
/** Pure helpers that turn what the demo observed into the lines it prints. */
/**
 * The part of a failing `node --test` run a reader needs: which test failed
 * and why, without the stack frames (they name this machine's temp paths) or
 * the timings. Another runner's output falls back to its last lines.
 */
function failureExcerpt(output, max = 6) {
    const lines = output.split('\n').map((line) => line.trimEnd());
    const start = lines.findIndex((line) => /failing tests:$/.test(line));
    const picked = start >= 0
        ? lines
            .slice(start + 1)
            .filter((line) => line.trim() !== '' && !/^\s+at /.test(line))
            .map((line) => line.replace(/ \([\d.]+ms\)$/, ''))
        : lines.filter((line) => line.trim() !== '').slice(-max);
    return picked.slice(0, max);
}
/** Every line of `text`, whole (a URL is never cut), behind `prefix`. */
function quote(text, prefix) {
    return text
        .trimEnd()
        .split('\n')
        .map((line) => `${prefix}${line}`.trimEnd())
        .join('\n');
}
/** The status moves a tracker made, in order, from the transitions it chose by id. */
function statusMoves(done, offered, initial) {
    const current = new Map();
    return done.map(({ key, id }) => {
        const transition = offered.find((t) => t.id === id);
        const from = current.get(key) ?? initial;
        const to = transition?.to.name ?? `transition ${id}`;
        current.set(key, to);
        return { key, from, to, via: transition?.name ?? id };
    });
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/demo/style.ts

/**
 * Node's own rule for colour, read from the environment the demo was given
 * rather than this process's: FORCE_COLOR decides when set; otherwise
 * NO_COLOR, NODE_DISABLE_COLORS or TERM=dumb turn colour off, and a terminal
 * turns it on. (styleText's own check reads process.env, and a test runner
 * may set FORCE_COLOR there.)
 */
function wantsColour(stream, env) {
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return ['', '1', 'true', '2', '3'].includes(force);
    if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined)
        return false;
    if (env.TERM === 'dumb')
        return false;
    return stream.isTTY === true;
}
function createStyle(colour) {
    const paint = (format) => (text) => colour ? (0,external_node_util_.styleText)(format, text, { validateStream: false }) : text;
    const added = paint('green');
    const removed = paint('red');
    const hunk = paint('cyan');
    return {
        heading: paint('bold'),
        note: paint('yellow'),
        good: paint('green'),
        bad: paint('red'),
        label: paint('cyan'),
        diff: (text) => text
            .split('\n')
            .map((line) => {
            const body = line.trimStart();
            if (/^\+(?!\+\+)/.test(body))
                return added(line);
            if (/^-(?!--)/.test(body))
                return removed(line);
            return body.startsWith('@@') ? hunk(line) : line;
        })
            .join('\n'),
    };
}

;// CONCATENATED MODULE: ./src/demo/run-demo.ts


















const ISSUE = {
    number: 1,
    title: '[ABC-123] Login crashes for unknown users',
    body: 'Calling login() for a user that does not exist throws a TypeError.',
};
const YOU = { login: 'you', type: 'User' };
/** A teammate the configuration names as the reviewer of specgate's pull requests. */
const REVIEWER = 'ada';
/** What the example repository's tests run with, before the fix and in QA. */
const TEST_COMMAND = ['node', '--test'];
/**
 * The whole loop on this machine, with no account and no network: the real
 * pipeline (the same use cases the Action runs) against a real git repository,
 * with recorded model answers and local stand-ins for GitHub, Slack and Jira.
 */
async function runDemo(io) {
    const out = (text = '') => void io.stdout.write(`${text}\n`);
    const style = createStyle(wantsColour(io.stdout, io.env));
    const root = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'specgate-demo-'));
    // Interrupted (Ctrl-C), the demo still removes its temporary repository.
    const interrupted = (signal) => {
        (0,external_node_fs_.rmSync)(root, { recursive: true, force: true });
        process.kill(process.pid, signal);
    };
    process.once('SIGINT', interrupted);
    process.once('SIGTERM', interrupted);
    const github = new FakeGitHub();
    // Recorded answers: what a model said for this ticket, replayed in order.
    const model = new FakeModel([
        JSON.stringify(LOGIN_SPEC),
        FIX_AND_COVER_LOGIN.read,
        FIX_AND_COVER_LOGIN.edit,
        FIX_AND_COVER_LOGIN.finish,
    ]);
    const slack = new FakeSlack();
    const jira = new FakeJira([LOGIN_TICKET]);
    // The stand-in offers review; a real workflow also has a column for code review.
    jira.transitions.push({ id: '41', name: 'Code review', to: { id: '5', name: 'In Review' } });
    try {
        await Promise.all([github.start(), model.start(), slack.start(), jira.start()]);
        const repo = await createExampleRepo(root, EXAMPLE_REPO);
        github.setPermission(YOU.login, 'write');
        github.setPermission(REVIEWER, 'write');
        github.addIssue({ ...ISSUE, user: { login: 'reporter' } });
        out(style.heading('specgate demo: the whole loop, offline.'));
        out(style.note('The model answers are RECORDED (replayed, not a live model); GitHub, Slack and Jira are local stand-ins.'));
        out(`Example repository (temporary): ${repo.work}, a login bug with a failing test.`);
        const deps = (0,build_deps/* buildDeps */.fz)((0,load/* loadConfig */.Z9)({
            'github-token': 'demo-token',
            'openai-base-url': `${model.url}/v1`,
            model: 'recorded-answers',
            'slack-token': 'demo-slack-token',
            'slack-channel': 'C0DEMO',
            'slack-api-url': `${slack.url}/api/`,
            'jira-base-url': jira.url,
            'jira-email': 'demo@example.com',
            'jira-api-token': 'demo-jira-token',
            'jira-status-spec-review': 'Spec Review',
            'jira-status-in-review': 'In Review',
            reviewers: REVIEWER,
            'test-command': TEST_COMMAND.join(' '),
            'model-prices': JSON.stringify({ 'recorded-answers': { input: 2, output: 8 } }),
        }), {
            repo: { owner: github.owner, repo: github.repo },
            workspace: repo.work,
            apiUrl: github.url,
            serverUrl: 'https://github.com',
            processEnv: { PATH: io.env.PATH, HOME: io.env.HOME },
            log: indented(io),
            githubRetries: 0,
            githubPacing: false,
        });
        heading(out, style, 1, 'Ticket');
        out(`  GitHub issue #${ISSUE.number}: ${ISSUE.title}`);
        out(`  Jira ${LOGIN_TICKET.key}: ${LOGIN_TICKET.summary} (priority ${LOGIN_TICKET.priority ?? 'none'}, status ${JIRA_START})`);
        await testsBefore(repo.work, io, out, style);
        out(`  @${YOU.login} adds the label "specgate".`);
        heading(out, style, 2, 'Spec');
        const requester = { source: 'github', actor: YOU };
        const planned = await (0,run_command.runCommand)({
            kind: 'plan',
            trigger: 'label',
            requester,
            ticket: { issueNumber: ISSUE.number },
            defaultBranch: 'main',
        }, deps);
        if (planned.failed || !planned.prNumber)
            return fail(io, planned.message);
        const recorded = (0,marker/* decodeStateMarker */.C)(github.pullsList()[0]?.body);
        const branch = planned.branch ?? recorded?.branch ?? `specgate/issue-${ISSUE.number}`;
        const specPath = planned.specPath ?? recorded?.specPath;
        if (!specPath)
            return fail(io, 'the spec pull request does not say where the spec is');
        out(`  ${planned.message}: ${specPath} on ${branch}, state ${planned.state}.`);
        out(`  The spec as written, for a person to approve (${specPath}):`);
        out(quote(await showFile(repo.origin, branch, specPath), '    | '));
        heading(out, style, 3, 'Approval');
        out(`  @${YOU.login} comments "/approve" on pull request #${planned.prNumber}.`);
        heading(out, style, 4, 'Agent edits and QA gates');
        const done = await (0,run_command.runCommand)({ kind: 'approve', requester, pullNumber: planned.prNumber }, deps);
        if (done.failed)
            return fail(io, done.message);
        out('  The change the agent pushed:');
        out(style.diff(await branchDiff(repo.origin, branch)));
        heading(out, style, 5, `Pull request #${planned.prNumber} (${done.state})`);
        const pull = github.pullsList().find((p) => p.number === planned.prNumber);
        const readied = github
            .requestsFor('graphql')
            .some((r) => JSON.stringify(r.body).includes('markPullRequestReadyForReview'));
        out(pull && !pull.draft
            ? `  ${style.good('Ready for review')}: ${readied ? 'the draft was marked ready for review' : 'not a draft'}.`
            : `  ${style.bad('Still a draft')}.`);
        const asked = github
            .requestsFor('pulls/request-reviewers')
            .flatMap((r) => r.body.reviewers ?? []);
        const reviewers = asked.length ? asked : (pull?.requested_reviewers ?? []);
        out(`  Reviewers requested: ${reviewers.map((login) => `@${login}`).join(', ') || 'none'}.`);
        out('  Its description:');
        out(quote((pull?.body ?? '').replace(/<!-- specgate-state [\s\S]*?-->/, ''), '  | '));
        heading(out, style, 6, 'What Jira was told');
        for (const move of statusMoves(jira.transitionsDone, jira.transitions, JIRA_START))
            out(`  ${style.label(move.key)} status: ${move.from} -> ${move.to} (transition "${move.via}")`);
        for (const comment of jira.comments) {
            out(`  ${style.label(comment.key)} comment:`);
            out(quote((0,adf_to_markdown/* adfToMarkdown */.Y)(comment.body), '    '));
        }
        for (const link of jira.remoteLinks)
            out(`  ${style.label(link.key)} link: ${String(link.body.object?.url)}`);
        heading(out, style, 7, 'What Slack was told');
        for (const message of slack.messages) {
            out(`  ${style.label(message.thread_ts ? 'Slack, in the thread:' : 'Slack, a new thread:')}`);
            out(quote(String(message.text), '    '));
        }
        out();
        out('Done. The same pipeline runs in GitHub Actions (see the README), with your model and your services.');
        return 0;
    }
    finally {
        process.off('SIGINT', interrupted);
        process.off('SIGTERM', interrupted);
        await Promise.all([github.stop(), model.stop(), slack.stop(), jira.stop()]).catch(() => undefined);
        await (0,promises_.rm)(root, { recursive: true, force: true });
    }
}
const JIRA_START = LOGIN_TICKET.status ?? 'To Do';
/** Runs the repository's test command once, before any change, and shows how it fails. */
async function testsBefore(work, io, out, style) {
    const [command, ...args] = TEST_COMMAND;
    // The spec reporter whatever Node's default where output is not a terminal (TAP before Node 23).
    const before = await (0,run/* runProcess */.R)(command, [...args, '--test-reporter=spec'], {
        cwd: work,
        env: { PATH: io.env.PATH },
        timeoutMs: 60_000,
    });
    const shown = TEST_COMMAND.join(' ');
    if (before.code === 0) {
        out(`  The repository's test command today: ${shown} passes.`);
        return;
    }
    out(`  The repository's test command today: ${shown} ${style.bad(`fails (exit ${before.code})`)}:`);
    const excerpt = failureExcerpt(`${before.stdout}\n${before.stderr}`);
    for (const line of excerpt)
        out(style.bad(`    ${line}`));
}
async function showFile(origin, branch, file) {
    const result = await (0,run/* runProcess */.R)('git', ['show', `${branch}:${file}`], {
        cwd: origin,
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    return result.code === 0 ? result.stdout : `(could not read ${file}: ${result.stderr.trim()})`;
}
async function branchDiff(origin, branch) {
    const result = await (0,run/* runProcess */.R)('git', ['diff', '--no-color', `main...${branch}`, '--', 'src', 'test'], {
        cwd: origin,
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    return result.stdout.trimEnd().replace(/^/gm, '    ');
}
function heading(out, style, n, title) {
    out();
    out(style.heading(`${n}. ${title}`));
}
function indented(io) {
    const write = (prefix) => (message) => void io.stdout.write(`  ${prefix}${message}\n`);
    return {
        debug: () => undefined,
        info: write(''),
        warn: write('warning: '),
        error: write('error: '),
    };
}
function fail(io, message) {
    io.stderr.write(`specgate demo failed: ${message}\n`);
    return 1;
}


/***/ })

};
