export const id = 503;
export const ids = [503,584];
export const modules = {

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   Yo: () => (/* binding */ policyFileSchema),
/* harmony export */   ZH: () => (/* binding */ INPUT_ONLY_KEYS),
/* harmony export */   cN: () => (/* binding */ POLICY_KEYS),
/* harmony export */   nX: () => (/* binding */ ALL_KEYS),
/* harmony export */   pH: () => (/* binding */ SECRET_INPUTS),
/* harmony export */   yX: () => (/* binding */ OPERATOR_KEYS)
/* harmony export */ });
/* unused harmony exports policyShape, inputOnlyShape, KEY_OWNERS */
/* harmony import */ var _core_network_allowlist_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4909);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);


/**
 * One schema for action inputs and `.github/specgate.yml`. Keys are spelled
 * the same in both places. Inputs arrive as strings, so numbers and lists
 * accept their string forms too.
 */
const int = (min, max) => zod__WEBPACK_IMPORTED_MODULE_1__/* .preprocess */ .vkY((v) => (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig({ error: `expected a whole number from ${min} to ${max}` })
    .int({ error: `expected a whole number from ${min} to ${max}` })
    .min(min, { error: `expected a whole number from ${min} to ${max}` })
    .max(max, { error: `expected a whole number from ${min} to ${max}` }));
const list = zod__WEBPACK_IMPORTED_MODULE_1__/* .preprocess */ .vkY((v) => typeof v === 'string'
    ? v
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean)
    : v, zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1), { error: 'expected a list of strings' }));
const url = zod__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ5({ protocol: /^https?$/, error: 'expected an http(s) URL' });
const text = (max = 200) => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().trim().min(1, { error: 'must not be empty' }).max(max);
/**
 * A repository path in which `{ticket}` stands for the ticket's id. A path
 * without it is accepted (one file shared by every ticket), as before.
 */
const specPathTemplate = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .trim()
    .regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))(?:[\w./-]|\{ticket\})+$/, {
    error: 'expected a relative path inside the repository, with {ticket} where the ticket id goes (such as specs/{ticket}/spec.md)',
})
    .transform((v) => v.replace(/^(?:\.\/)+/, ''))
    .refine((v) => v.split('/').every((part) => part !== '' && part !== '.'), {
    error: 'expected the path of a file, such as specs/{ticket}/spec.md',
});
const branchPrefix = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .trim()
    .regex(/^(?!-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/-]{1,50}$/, {
    error: 'expected letters, digits, ".", "_", "-" and "/" (a valid git branch prefix)',
});
const bool = zod__WEBPACK_IMPORTED_MODULE_1__/* .preprocess */ .vkY((v) => (typeof v === 'string' ? ({ true: true, false: false }[v.trim().toLowerCase()] ?? v) : v), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY({ error: 'expected true or false' }));
const money = zod__WEBPACK_IMPORTED_MODULE_1__/* .preprocess */ .vkY((v) => (typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig({ error: 'expected an amount in US dollars, such as 2.50' }).min(0).max(10_000));
/** A command line, split into arguments without a shell (quotes group words). */
const command = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(1000)
    .refine((v) => !/[\n\r\0]/.test(v), { error: 'must be one line' });
const price = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    input: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig({ error: 'expected USD per million input tokens' }).min(0),
    output: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig({ error: 'expected USD per million output tokens' }).min(0),
});
/** Per-model prices in USD per million tokens; an input gives them as JSON. */
const prices = zod__WEBPACK_IMPORTED_MODULE_1__/* .preprocess */ .vkY((v) => {
    if (typeof v !== 'string')
        return v;
    try {
        return JSON.parse(v);
    }
    catch {
        return v;
    }
}, zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), price, {
    error: 'expected a map of model name to { input, output } prices',
}));
/** Policy: may come from the repo file or from inputs. */
const policyShape = {
    'trigger-label': text(50).default('specgate'),
    model: text(100).default('gpt-4.1'),
    'openai-base-url': url.default('https://api.openai.com/v1'),
    'model-timeout-seconds': int(5, 900).default(120),
    'rate-limit-wait-seconds': int(0, 3600).default(120),
    'notify-budget-seconds': int(1, 300).default(10),
    'spec-path': specPathTemplate.default('specs/{ticket}/spec.md'),
    'branch-prefix': branchPrefix.default('specgate/'),
    'spec-authors': list.default([]),
    'max-scope-files': int(1, 100).default(15),
    'denied-paths': list.default([]),
    'context-tokens': int(1000, 200000).default(16000),
    'spec-attempts': int(1, 5).default(2),
    'jira-base-url': url.optional(),
    'jira-project-keys': list.default([]),
    'jira-acceptance-criteria-field': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .trim()
        .regex(/^customfield_\d+$/, { error: 'expected a Jira field id such as customfield_10035' })
        .optional(),
    'jira-status-spec-review': text().optional(),
    'slack-channel': text(80).optional(),
    'slack-api-url': url.default('https://slack.com/api/'),
    'test-command': command.optional(),
    'lint-command': command.optional(),
    'build-command': command.optional(),
    'qa-timeout-seconds': int(10, 7200).default(900),
    'qa-env-passthrough': list.default([]),
    'qa-isolation': zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['auto', 'required', 'none'], { error: 'expected auto, required or none' })
        .default('auto'),
    'qa-home': list
        .pipe(zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[\w./-]+$/, {
        error: 'expected folders relative to HOME, such as .cache/my-tool',
    })))
        .default([]),
    'qa-network': list
        .transform((entries, ctx) => entries.map((entry) => {
        const parsed = (0,_core_network_allowlist_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDestination */ .G2)(entry);
        if ('error' in parsed) {
            ctx.addIssue({ code: 'custom', message: parsed.error });
            return { host: '', port: 0 };
        }
        return parsed;
    }))
        .default([]),
    'repair-rounds': int(0, 5).default(2),
    reviewer: bool.default(false),
    reviewers: list.default([]),
    'max-turns': int(1, 500).default(40),
    'max-tokens': int(1000, 50_000_000).default(1_000_000),
    'max-cost-usd': money.default(5),
    'max-minutes': int(1, 600).default(30),
    'model-prices': prices.default({}),
    'draft-on-failure': bool.default(true),
    'commit-convention': zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['auto', 'conventional', 'plain'], { error: 'expected auto, conventional or plain' })
        .default('auto'),
    'jira-status-in-review': text().optional(),
    'jira-status-done': text().optional(),
    'dry-run': bool.default(false),
    'spec-timeout-hours': int(1, 8760).default(24),
    'pr-timeout-hours': int(1, 8760).default(48),
    'close-on-timeout': bool.default(false),
};
/** Secrets and per-run values: action inputs only, never in the repo file. */
const inputOnlyShape = {
    'github-token': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    'openai-api-key': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    'slack-token': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    'jira-email': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    'jira-api-token': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    issue: int(1, 1_000_000_000).optional(),
    'jira-key': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .trim()
        .regex(/^[A-Z][A-Z0-9_]{1,9}-[1-9][0-9]{0,9}$/, {
        error: 'expected a Jira key such as ABC-123',
    })
        .optional(),
};
const configSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ ...policyShape, ...inputOnlyShape });
/**
 * Who owns each setting. `operator`: where the operator's credentials go
 * (endpoints, channels) — the app's environment, the workflow's inputs or
 * the CLI's environment, never a repository's file. `repository`: policy,
 * from `.github/specgate.yml` or an input. `input`: secrets and per-run
 * values, inputs only. Every key must be listed (the type says so).
 */
const KEY_OWNERS = {
    'trigger-label': 'repository',
    model: 'repository',
    'openai-base-url': 'operator',
    'model-timeout-seconds': 'repository',
    'rate-limit-wait-seconds': 'repository',
    'notify-budget-seconds': 'repository',
    'spec-path': 'repository',
    'branch-prefix': 'repository',
    'spec-authors': 'repository',
    'max-scope-files': 'repository',
    'denied-paths': 'repository',
    'context-tokens': 'repository',
    'spec-attempts': 'repository',
    'jira-base-url': 'operator',
    'jira-project-keys': 'repository',
    'jira-acceptance-criteria-field': 'repository',
    'jira-status-spec-review': 'repository',
    'slack-channel': 'operator',
    'slack-api-url': 'operator',
    'test-command': 'repository',
    'lint-command': 'repository',
    'build-command': 'repository',
    'qa-timeout-seconds': 'repository',
    'qa-env-passthrough': 'repository',
    'qa-isolation': 'repository',
    'qa-home': 'repository',
    'qa-network': 'repository',
    'repair-rounds': 'repository',
    reviewer: 'repository',
    reviewers: 'repository',
    'max-turns': 'repository',
    'max-tokens': 'repository',
    'max-cost-usd': 'repository',
    'max-minutes': 'repository',
    'model-prices': 'repository',
    'draft-on-failure': 'repository',
    'commit-convention': 'repository',
    'jira-status-in-review': 'repository',
    'jira-status-done': 'repository',
    'dry-run': 'repository',
    'spec-timeout-hours': 'repository',
    'pr-timeout-hours': 'repository',
    'close-on-timeout': 'repository',
    'github-token': 'input',
    'openai-api-key': 'input',
    'slack-token': 'input',
    'jira-email': 'input',
    'jira-api-token': 'input',
    issue: 'input',
    'jira-key': 'input',
};
/** Settings a repository's file may never set: they route the operator's credentials. */
const OPERATOR_KEYS = Object.entries(KEY_OWNERS)
    .filter(([, owner]) => owner === 'operator')
    .map(([key]) => key);
const policyFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej(policyShape).partial();
const POLICY_KEYS = Object.keys(policyShape);
const INPUT_ONLY_KEYS = Object.keys(inputOnlyShape);
const ALL_KEYS = [...POLICY_KEYS, ...INPUT_ONLY_KEYS];
/** Inputs whose values are masked in logs and redacted from everything posted. */
const SECRET_INPUTS = [
    'github-token',
    'openai-api-key',
    'slack-token',
    'jira-api-token',
];


/***/ }),

/***/ 9477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ canWrite),
/* harmony export */   w: () => (/* binding */ isBot)
/* harmony export */ });
/** Bots never trigger work or approve specs, whatever their permission. */
function isBot(actor) {
    return actor.type === 'Bot' || /\[bot\]$/i.test(actor.login);
}
const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);
function canWrite(roleName, permission) {
    return WRITE_ROLES.has(roleName ?? '') || WRITE_ROLES.has(permission ?? '');
}


/***/ }),

/***/ 4909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G2: () => (/* binding */ parseDestination),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   pg: () => (/* binding */ refusedAddress)
/* harmony export */ });
/* unused harmony export neverReason */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
/** Names of cloud metadata services, refused whatever the list says. */
const METADATA_NAMES = ['metadata', 'metadata.google.internal', 'metadata.goog', 'instance-data'];
/**
 * Reads one `host:port` entry of `qa-network`. An address that can never be
 * allowed (link-local, cloud metadata, unspecified) is refused here already.
 */
function parseDestination(entry) {
    const match = /^(?:\[([0-9a-f:.]+)\]|([^:\s]+)):(\d{1,5})$/i.exec(entry.trim());
    if (!match)
        return { error: `"${entry}" is not host:port` };
    const host = (match[1] ?? match[2] ?? '').toLowerCase();
    const port = Number(match[3]);
    if (port < 1 || port > 65535)
        return { error: `"${entry}": the port must be 1-65535` };
    if (!(0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) && !HOSTNAME.test(host))
        return { error: `"${entry}": not a host name or IP address` };
    const never = neverReason(host);
    if (never)
        return { error: `"${entry}": ${never}` };
    return { host, port };
}
/** Why an address or name is never reachable from QA, or undefined. */
function neverReason(hostOrAddress) {
    const value = hostOrAddress.toLowerCase().replace(/^\[|\]$/g, '');
    if (METADATA_NAMES.includes(value))
        return 'a cloud metadata service is never reachable from QA';
    const kind = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(value);
    if (kind === 4) {
        const [a = 0, b = 0] = value.split('.').map(Number);
        if (a === 169 && b === 254)
            return 'link-local and metadata addresses are never reachable from QA';
        if (value === '100.100.100.200')
            return 'a cloud metadata service is never reachable from QA';
        if (a === 0)
            return 'the unspecified address is never reachable from QA';
    }
    if (kind === 6) {
        const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value);
        if (mapped)
            return neverReason(mapped[1] ?? '');
        if (/^fe[89ab]/.test(value))
            return 'link-local and metadata addresses are never reachable from QA';
        if (value.startsWith('fd00:ec2:'))
            return 'a cloud metadata service is never reachable from QA';
        if (value === '::')
            return 'the unspecified address is never reachable from QA';
    }
    return undefined;
}
/** Whether a name or address means this machine itself. */
function isLoopback(hostOrAddress) {
    const value = hostOrAddress.toLowerCase();
    return (value === 'localhost' ||
        value.endsWith('.localhost') ||
        /^127\./.test(value) ||
        value === '::1' ||
        /^::ffff:127\./.test(value));
}
/**
 * Why a connection for `host` must not go to `address` (what the name
 * resolved to when QA connected), or undefined: never link-local or
 * metadata, and this machine only when the entry named it so.
 */
function refusedAddress(host, address) {
    const never = neverReason(address);
    if (never)
        return `${host} resolves to ${address}: ${never}`;
    if (isLoopback(address) && !isLoopback(host))
        return `${host} resolves to this machine (${address}); name it as localhost to allow that`;
    return undefined;
}


/***/ }),

/***/ 9042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lj: () => (/* binding */ specPathPattern),
/* harmony export */   _A: () => (/* binding */ specPathFor),
/* harmony export */   kv: () => (/* binding */ ticketOfBranch)
/* harmony export */ });
/* unused harmony export TICKET_PLACEHOLDER */
/**
 * Where each ticket's spec lives. `spec-path` is a template: `{ticket}` stands
 * for the ticket's id (the spec branch without its prefix, e.g. `issue-12` or
 * `abc-123`), so two tickets never write the same file and two spec pull
 * requests never conflict. A template without the placeholder is one fixed
 * path shared by every ticket (the behaviour of older versions).
 */
const TICKET_PLACEHOLDER = '{ticket}';
/** The spec path of one ticket. */
function specPathFor(template, ticket) {
    return template.replaceAll(TICKET_PLACEHOLDER, ticket);
}
/** The ticket id of a spec branch, or undefined when the branch is not one. */
function ticketOfBranch(prefix, branch) {
    if (!branch.startsWith(prefix))
        return undefined;
    const ticket = branch.slice(prefix.length);
    return ticket === '' ? undefined : ticket;
}
/** A glob matching every ticket's spec: specgate's files, never the agent's to write. */
function specPathPattern(template) {
    return template.replaceAll(TICKET_PLACEHOLDER, '*');
}


/***/ }),

/***/ 7066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ ticketStateSchema),
/* harmony export */   YC: () => (/* binding */ withApplied),
/* harmony export */   kY: () => (/* binding */ transition),
/* harmony export */   xj: () => (/* binding */ STATES)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);

const STATES = [
    'PENDING',
    'PLANNING',
    'AWAITING_SPEC_APPROVAL',
    'SPEC_APPROVED',
    'EXECUTING',
    'QA_RUNNING',
    'AWAITING_PR_APPROVAL',
    'COMPLETED',
    'SPEC_REJECTED',
    'QA_FAILED',
    'TIMED_OUT',
    'ERROR',
];
const transitionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    state: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(STATES),
    at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    by: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    note: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
/** Everything a later run needs to pick the ticket up; it lives in the PR body. */
const ticketStateSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
    state: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(STATES),
    issue: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().optional(),
    // Checked as a key: it is put in links and messages, and a marker is text anyone can write.
    jiraKey: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^[A-Z][A-Z0-9_]{1,9}-[1-9][0-9]{0,9}$/)
        .optional(),
    branch: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    specPath: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    specSha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** The branch head specgate last pushed or recorded: an approval holds only for it. */
    head: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    approval: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ by: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), specSha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).optional(),
    slack: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ channel: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), ts: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).optional(),
    spent: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ promptTokens: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), completionTokens: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), costUsd: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig() })
        .optional(),
    /** The commands already carried out on this ticket, by origin (a comment's id): each once. */
    applied: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(100)).max(100).optional(),
    history: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(transitionSchema).max(200),
});
/** The state with a command's origin recorded as carried out (the latest hundred kept). */
function withApplied(state, origin) {
    return { ...state, applied: [...(state.applied ?? []), origin].slice(-100) };
}
/**
 * Records a move in the history. Which moves are allowed is decided by the
 * ticket machine (`advance` in ticket-machine.ts), which is its only caller.
 */
function transition(current, to, at, details = {}) {
    const entry = { state: to, at: at.toISOString(), ...details };
    return { ...current, state: to, history: [...current.history, entry].slice(-200) };
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1845);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/* harmony import */ var _retry_requests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4711);



// The throttling plugin only spaces requests here; waiting and retrying is
// retryRequests' job, so the two never both resend one failure.
const PacedGitHub = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .GitHub */ .gq.plugin(_octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
const neverRetry = () => false;
/**
 * An Octokit that waits out rate limits as GitHub's headers say (bounded)
 * and retries transient failures. Built per run, never shared.
 */
function createGitHubClient(options) {
    const client = new PacedGitHub((0,_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .getOctokitOptions */ .EG)(options.token, {
        baseUrl: options.baseUrl,
        throttle: {
            enabled: options.pacing ?? true,
            onRateLimit: neverRetry,
            onSecondaryRateLimit: neverRetry,
        },
    }));
    (0,_retry_requests_js__WEBPACK_IMPORTED_MODULE_1__/* .retryRequests */ .J)(client, {
        log: options.log,
        retries: options.retries ?? 3,
        maxWaitSeconds: options.maxRateLimitWaitSeconds ?? 120,
    });
    return client;
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WN: () => (/* binding */ withGitHub),
/* harmony export */   c2: () => (/* binding */ statusOf)
/* harmony export */ });
/* unused harmony exports describeGitHubError, GitHubError */
/* harmony import */ var _retry_requests_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4711);

/** Turns GitHub API failures into messages a person can act on. */
function describeGitHubError(error, action) {
    const status = statusOf(error);
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof _retry_requests_js__WEBPACK_IMPORTED_MODULE_0__/* .RateLimitError */ .O) {
        return `GitHub's rate limit stopped specgate while trying to ${action}: ${message}. Try again after the limit resets.`;
    }
    if (status === 403 && /not permitted to create or approve pull requests/i.test(message)) {
        return (`GitHub refused to ${action}: this repository does not let GitHub Actions create pull requests. ` +
            'Turn on Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests", ' +
            'or give specgate a GitHub App or fine-grained token (see the README).');
    }
    if ((status === 403 || status === 429) && /rate limit/i.test(message)) {
        return `GitHub's rate limit stopped specgate while trying to ${action}; it waited as long as allowed. Try again after the limit resets.`;
    }
    if (status === 401)
        return `GitHub rejected the token while trying to ${action}: check the github-token input.`;
    if (status === 403) {
        return `GitHub refused to ${action} (403: ${message}). The workflow's permissions: need contents, pull-requests and issues: write.`;
    }
    if (status === 404)
        return `GitHub could not find what specgate needed to ${action} (404: ${message}).`;
    return `GitHub failed while trying to ${action}: ${message}`;
}
function statusOf(error) {
    if (typeof error === 'object' && error !== null && 'status' in error) {
        const status = error.status;
        return typeof status === 'number' ? status : undefined;
    }
    return undefined;
}
class GitHubError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'GitHubError';
    }
}
async function withGitHub(action, call) {
    try {
        return await call();
    }
    catch (error) {
        throw new GitHubError(describeGitHubError(error, action), statusOf(error));
    }
}


/***/ }),

/***/ 4711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ RateLimitError),
  J: () => (/* binding */ retryRequests)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/github/retry-policy.ts
/**
 * What to do with a failed GitHub request, as GitHub documents it
 * (REST "Rate limits", "Exceeding the rate limit"): a pure decision, so the
 * waiting code only sleeps and counts.
 */
/** GitHub: with neither header, "wait for at least one minute before retrying". */
const SECONDARY_FALLBACK_SECONDS = 60;
function decideRetry(failure, attempt, nowMs) {
    const { status } = failure;
    const retryAfter = retryAfterSeconds(failure.headers['retry-after'], nowMs);
    const exhausted = header(failure.headers, 'x-ratelimit-remaining') === '0';
    const rateLimited = failure.graphqlRateLimited === true ||
        status === 429 ||
        (status === 403 &&
            (exhausted || retryAfter !== undefined || /rate limit/i.test(failure.message)));
    if (rateLimited) {
        // retry-after wins when present; then the reset time of an exhausted quota.
        if (retryAfter !== undefined)
            return {
                kind: 'rate-limit',
                limit: exhausted ? 'primary' : 'secondary',
                waitSeconds: retryAfter,
            };
        if (exhausted || failure.graphqlRateLimited) {
            const reset = Number(header(failure.headers, 'x-ratelimit-reset'));
            // One second past the reset, as GitHub advises, so the retry lands after it.
            const wait = Number.isFinite(reset)
                ? Math.ceil(reset - nowMs / 1000) + 1
                : SECONDARY_FALLBACK_SECONDS;
            return { kind: 'rate-limit', limit: 'primary', waitSeconds: Math.max(wait, 1) };
        }
        return { kind: 'rate-limit', limit: 'secondary', waitSeconds: SECONDARY_FALLBACK_SECONDS };
    }
    // Network failures reach here without a status; 5xx are GitHub's own trouble. Any other
    // 4xx (422 above all) says the request itself is wrong: sending it again cannot help.
    if (!status || status >= 500) {
        const backoff = 2 ** attempt;
        return { kind: 'transient', waitSeconds: Math.max(backoff, retryAfter ?? 0) };
    }
    return { kind: 'final' };
}
function header(headers, name) {
    const value = headers[name];
    return value === undefined ? undefined : String(value).trim();
}
/** retry-after is either delta-seconds or an HTTP date (RFC 9110). */
function retryAfterSeconds(value, nowMs) {
    if (value === undefined)
        return undefined;
    const text = String(value).trim();
    if (/^\d+$/.test(text))
        return Number(text);
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - nowMs) / 1000));
}

;// CONCATENATED MODULE: ./src/github/retry-requests.ts


/** The request was rate limited and waiting it out would pass the allowed total. */
class RateLimitError extends Error {
    status;
    limit;
    constructor(message, status, limit) {
        super(message);
        this.status = status;
        this.limit = limit;
        this.name = 'RateLimitError';
    }
}
// A few resends of one request are enough; retry-after: 0 must not spin.
const MAX_RATE_LIMIT_RETRIES = 5;
/** Waits and resends as retry-policy decides; every other failure goes to the caller at once. */
function retryRequests(client, options) {
    let waitedSeconds = 0;
    client.hook.wrap('request', async (request, requestOptions) => {
        let transient = 0;
        let limited = 0;
        const label = describeRequest(requestOptions);
        for (;;) {
            try {
                return await request(requestOptions);
            }
            catch (error) {
                const decision = decideRetry(failureOf(error), transient, Date.now());
                if (decision.kind === 'final')
                    throw error;
                if (decision.kind === 'transient') {
                    if (transient >= retriesOf(requestOptions.request, options.retries))
                        throw error;
                    transient += 1;
                    options.log.warn(`GitHub failed on ${label}; retry ${transient} in ${decision.waitSeconds}s`);
                    await (0,promises_.setTimeout)(decision.waitSeconds * 1000);
                    continue;
                }
                const left = options.maxWaitSeconds - waitedSeconds;
                if (decision.waitSeconds > left || limited >= MAX_RATE_LIMIT_RETRIES) {
                    const message = `GitHub's ${decision.limit} rate limit on ${label}: GitHub asks to wait ${decision.waitSeconds}s, ` +
                        `more than the ${left}s left of the ${options.maxWaitSeconds}s this run may wait (rate-limit-wait-seconds)`;
                    options.log.error(message);
                    throw new RateLimitError(message, failureOf(error).status, decision.limit);
                }
                limited += 1;
                waitedSeconds += decision.waitSeconds;
                options.log.warn(`GitHub ${decision.limit} rate limit on ${label}; retrying in ${decision.waitSeconds}s`);
                await (0,promises_.setTimeout)(decision.waitSeconds * 1000);
            }
        }
    });
}
/** A caller that makes its own create idempotent turns the blind resend off (`request: { retries: 0 }`). */
function retriesOf(request, fallback) {
    if (typeof request !== 'object' || request === null || !('retries' in request))
        return fallback;
    return typeof request.retries === 'number' ? request.retries : fallback;
}
// The URL is a template ({owner}/{repo}); a person wants the real path.
function describeRequest(options) {
    const path = options.url.replace(/\{(\w+)\}/g, (whole, key) => {
        const value = options[key];
        return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
    });
    return `${options.method} ${path}`;
}
function failureOf(error) {
    const record = typeof error === 'object' && error !== null ? error : {};
    const status = 'status' in record && typeof record.status === 'number' ? record.status : undefined;
    const response = 'response' in record ? record.response : undefined;
    const headers = fieldOf(response, 'headers');
    const data = fieldOf(response, 'data');
    const errors = Array.isArray(data.errors) ? data.errors : [];
    return {
        status,
        headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [
            k.toLowerCase(),
            typeof v === 'number' ? v : typeof v === 'string' ? v : undefined,
        ])),
        message: error instanceof Error ? error.message : String(error),
        graphqlRateLimited: errors.some((e) => typeof e === 'object' && e !== null && 'type' in e && e.type === 'RATE_LIMITED'),
    };
}
function fieldOf(value, key) {
    if (typeof value !== 'object' || value === null || !(key in value))
        return {};
    const field = value[key];
    return typeof field === 'object' && field !== null ? field : {};
}


/***/ }),

/***/ 9710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ isTokenCount),
/* harmony export */   m: () => (/* binding */ usageFrom)
/* harmony export */ });
/** A token count a budget can add up: a finite, non-negative number. */
function isTokenCount(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
/**
 * Token counts as the endpoint reports them, each one checked on its own.
 * OpenAI-compatible servers omit usage, send `{}`, nulls, strings or only a
 * total; any count that is not a real number is estimated (4 characters a
 * token) so that the budgets stay closed.
 */
function usageFrom(reported, prompt, reply) {
    const fields = typeof reported === 'object' && reported !== null ? { ...reported } : {};
    const promptChars = prompt.reduce((sum, m) => sum + JSON.stringify(m).length, 0);
    const { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: total, } = fields;
    // With a total and one part, the other part is known exactly.
    const rest = (part) => isTokenCount(total) && isTokenCount(part) && total >= part ? total - part : undefined;
    return {
        promptTokens: countOr(promptTokens, rest(completionTokens), promptChars),
        completionTokens: countOr(completionTokens, rest(promptTokens), reply.length),
    };
}
function countOr(value, derived, chars) {
    if (isTokenCount(value))
        return Math.ceil(value);
    return derived !== undefined ? Math.ceil(derived) : Math.ceil(chars / 4);
}


/***/ }),

/***/ 7015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KZ: () => (/* binding */ resolvePrograms),
/* harmony export */   sg: () => (/* binding */ SYSTEM_PATH)
/* harmony export */ });
/* unused harmony export findProgram */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Where the sandbox's own helpers (mount, stat, ...) are looked up: the
 * system's directories, as sudo's secure_path has them, never the user's PATH.
 */
const SYSTEM_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/**
 * Resolves specgate's programs once, at the start of a run, before the agent
 * or a QA command has run. Later code that QA touched (a `git` planted in a
 * writable directory on PATH, a changed PATH) cannot change which binary
 * specgate runs. Relative PATH entries and directories inside the checkout
 * are never used. The sandbox's programs come from the system directories.
 */
function resolvePrograms(searchPath, workspace) {
    const git = findProgram('git', searchPath, workspace);
    if (!git)
        throw new Error('git was not found on PATH: specgate needs git');
    const system = (name) => findProgram(name, SYSTEM_PATH, workspace);
    const found = { git };
    for (const name of ['sh', 'env', 'unshare', 'setpriv', 'sudo']) {
        const at = system(name);
        if (at)
            found[name] = at;
    }
    return found;
}
function findProgram(name, searchPath, workspace) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
    for (const dir of (searchPath ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter))) {
        if (!dir || !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(dir))
            continue;
        const resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir);
        if (resolved === root || resolved.startsWith(root + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)))
            continue;
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(resolved, name);
        try {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(candidate).isFile())
                continue;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}


/***/ }),

/***/ 7212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ runProcess),
/* harmony export */   _: () => (/* binding */ stopProcessTree)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Runs a program with an argument array (never a shell), an explicit
 * environment, and a timeout that kills the whole process group.
 */
function runProcess(command, args, options) {
    const started = performance.now();
    const maxOutput = options.maxOutput ?? 10 * 1024 * 1024;
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            detached: process.platform !== 'win32',
            shell: false,
        });
        options.onStart?.(child.pid);
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        let stopped = false;
        let cut = false;
        const keep = (kept, chunk) => {
            if (kept.length + chunk.length <= maxOutput)
                return kept + chunk;
            cut = true;
            return tail(kept + chunk, maxOutput);
        };
        const { onStdout } = options;
        if (onStdout) {
            child.stdout.on('data', (chunk) => {
                if (stopped)
                    return;
                if (onStdout(chunk) === 'stop') {
                    stopped = true;
                    stopProcessTree(child.pid);
                }
            });
        }
        else {
            child.stdout
                .setEncoding('utf8')
                .on('data', (chunk) => (stdout = keep(stdout, chunk)));
        }
        child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr = keep(stderr, chunk)));
        let settled = false;
        let giveUp;
        const finish = (code, signal) => {
            if (settled)
                return;
            settled = true;
            if (timer)
                clearTimeout(timer);
            if (giveUp)
                clearTimeout(giveUp);
            const durationMs = performance.now() - started;
            resolve({ code, signal, stdout, stderr, timedOut, stopped, cut, durationMs });
        };
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                if (options.onTimeout)
                    options.onTimeout();
                else
                    stopProcessTree(child.pid);
                // A process that keeps the output open after the program ended must
                // not keep the caller waiting: the program's own end is enough.
                giveUp = setTimeout(() => {
                    if (child.exitCode !== null || child.signalCode !== null)
                        finish(child.exitCode, child.signalCode);
                }, 15_000);
            }, options.timeoutMs);
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            if (giveUp)
                clearTimeout(giveUp);
            settled = true;
            reject(error);
        });
        child.on('close', finish);
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
}
/**
 * SIGTERM first, so a program in between (sudo relays it; unshare's child
 * dies with it) can pass it on, then SIGKILL to the whole group.
 */
function stopProcessTree(pid) {
    if (pid === undefined)
        return;
    signalTree(pid, 'SIGTERM');
    setTimeout(() => signalTree(pid, 'SIGKILL'), 2000).unref();
}
function signalTree(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        try {
            process.kill(pid, signal);
        }
        catch {
            // already gone
        }
    }
}
function tail(text, max) {
    return text.length > max ? text.slice(text.length - max) : text;
}


/***/ }),

/***/ 5739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ STEP_FILES),
/* harmony export */   d: () => (/* binding */ guardStepFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

const STEP_FILES = [
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
];
/**
 * The runner applies its step files (`GITHUB_ENV`, `GITHUB_PATH`, ...) to later
 * steps. The sandbox hides them from QA; this is the check behind it: their
 * contents are kept before QA runs, and any change is undone and reported.
 */
async function guardStepFiles(env) {
    const saved = new Map();
    for (const name of STEP_FILES) {
        const file = env[name];
        if (file)
            saved.set(name, { file, content: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file).catch(() => undefined) });
    }
    return async () => {
        const changed = [];
        for (const [name, { file, content }] of saved) {
            const now = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file).catch(() => undefined);
            const same = now === undefined ? content === undefined : content?.equals(now) === true;
            if (same)
                continue;
            changed.push(name);
            if (content !== undefined)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, content);
            else
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, '');
        }
        return changed;
    };
}


/***/ }),

/***/ 8228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ PullBodyTicketStore)
});

// EXTERNAL MODULE: ./src/core/state.ts
var state = __webpack_require__(7066);
;// CONCATENATED MODULE: ./src/tickets/marker.ts

// specgate appends its marker last; untrusted text placed earlier in a body
// (agent summaries, QA output) must not be able to stand in for it.
const MARKER = /<!-- specgate-state (\{[^\n]*\}) -->\s*$/;
/** The state as a hidden marker; `<` and `>` are escaped so it cannot end the comment early. */
function encodeStateMarker(state) {
    const json = JSON.stringify(state).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    return `<!-- specgate-state ${json} -->`;
}
function decodeStateMarker(body) {
    const match = MARKER.exec(body ?? '');
    if (!match?.[1])
        return undefined;
    try {
        const parsed = state/* ticketStateSchema */.F_.safeParse(JSON.parse(match[1]));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/core/bots.ts
var bots = __webpack_require__(9477);
// EXTERNAL MODULE: ./src/core/spec-home.ts
var spec_home = __webpack_require__(9042);
;// CONCATENATED MODULE: ./src/tickets/ownership.ts


const sameLogin = (a, b) => a.toLowerCase() === b.toLowerCase();
/**
 * A state marker is text in a PR body: anyone who opens a PR can write one,
 * and anyone who can read the repository can open one from an existing spec
 * branch. specgate acts only on its own spec PRs: opened by a bot (the
 * workflow's token or the app) or a login the policy names (the owner of a
 * personal token), head branch in this repository, named with the spec
 * prefix, and the one the marker names; the spec the marker names is the
 * one the spec-path template gives for that branch's ticket.
 */
function ownershipProblem(pull, state, policy) {
    if (pull.fromFork)
        return 'its branch is in another repository; specgate acts only on its own spec pull requests';
    const author = pull.author.login;
    if (!(0,bots/* isBot */.w)(pull.author) && !policy.specAuthors.some((login) => sameLogin(login, author))) {
        return `it was opened by ${author}, not by specgate (a bot, or a login in spec-authors); specgate acts only on its own spec pull requests`;
    }
    const ticket = (0,spec_home/* ticketOfBranch */.kv)(policy.branchPrefix, state.branch);
    if (state.branch !== pull.headRef || ticket === undefined) {
        return `its state names branch ${state.branch}, not its own spec branch; specgate acts only on its own spec pull requests`;
    }
    const specPath = (0,spec_home/* specPathFor */._A)(policy.specPathTemplate, ticket);
    if (state.specPath !== specPath)
        return `its state names spec ${state.specPath}, not ${specPath}`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/tickets/pull-body.ts

const AUDIT_START = '<details><summary>Audit trail</summary>';
const STATE_LINE = /^\*\*State:\*\* `[A-Z_]+`/m;
/** The audit trail a person reads and the marker a later run reads. */
function stateFooter(state) {
    const rows = state.history.map((h) => `| ${h.at} | ${h.state} | ${h.by ? `@${h.by}` : ''} | ${oneLine(h.note ?? '')} |`);
    return [
        `${AUDIT_START}\n\n| When | State | By | Note |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n\n</details>`,
        encodeStateMarker(state),
    ].join('\n\n');
}
function stateLine(state) {
    return `**State:** \`${state.state}\``;
}
/** A PR body with its state line, audit trail and marker brought up to date. */
function withState(body, state) {
    // The last one is specgate's own: text quoted earlier in the body may hold the same words.
    const cut = body.lastIndexOf(AUDIT_START);
    const head = (cut >= 0 ? body.slice(0, cut) : body.replace(/<!-- specgate-state [\s\S]*?-->/, '')).trimEnd();
    const updated = STATE_LINE.test(head)
        ? head.replace(STATE_LINE, stateLine(state))
        : `${stateLine(state)}\n\n${head}`;
    return `${updated}\n\n${stateFooter(state)}`;
}
function oneLine(text) {
    return inert(text)
        .replace(/\s*\n\s*/g, ' ')
        .replace(/\|/g, '\\|')
        .trim();
}
/** Untrusted text in a PR body cannot open or close an HTML comment (and so cannot forge state). */
function inert(text) {
    return text.replace(/<!--/g, '&lt;!--').replace(/-->/g, '--&gt;');
}

;// CONCATENATED MODULE: ./src/tickets/report-page.ts

/**
 * The PR description after implementation: what a reviewer needs at a glance.
 * Each untrusted piece is redacted on its own before the body is put together,
 * so no piece can reach past its own section (to the state marker, say).
 */
function renderReadyBody(raw, state, links, redactor) {
    const report = redactReport(raw, redactor);
    const touched = new Set(report.touched);
    const files = report.approved.map((f) => `| \`${f}\` | ${touched.has(f) ? 'changed' : 'not changed'} |`);
    const gates = report.gates.length
        ? `| Gate | Command | Result | Time |\n| --- | --- | --- | --- |\n${report.gates
            .map((g) => `| ${g.name} | \`${oneLine(g.command)}\` | ${g.passed ? 'passed' : g.timedOut ? 'timed out' : 'failed'} | ${(g.durationMs / 1000).toFixed(1)} s |`)
            .join('\n')}`
        : 'No QA commands are configured (`test-command`, `lint-command`, `build-command`).';
    const failedOutput = report.gates
        .filter((g) => !g.passed)
        .map((g) => `<details><summary>${g.name} output (end)</summary>\n\n\`\`\`\n${inert(g.outputTail).replace(/```/g, "'''")}\n\`\`\`\n\n</details>`);
    const { spent } = report;
    return [
        stateLine(state),
        links,
        report.failure ? `> [!WARNING]\n> ${oneLine(report.failure)}` : '',
        `### ${oneLine(report.title)}\n\n${inert(report.agentSummary.trim())}`,
        `### Spec checklist\n\n${report.checklist.map((c) => `- [ ] ${oneLine(c)}`).join('\n')}`,
        `### Files approved vs touched\n\n| File | |\n| --- | --- |\n${files.join('\n')}`,
        `### QA\n\n${gates}\n\nSandbox: ${oneLine(report.isolation)}.`,
        ...failedOutput,
        report.refusals.length
            ? `### Refused actions\n\n${report.refusals.map((r) => `- ${oneLine(r)}`).join('\n')}`
            : '',
        `### Cost\n\n${spent.turns} model turns · ${spent.promptTokens} prompt + ${spent.completionTokens} completion tokens · $${spent.costUsd.toFixed(4)} · ${report.rounds} round(s) · ${(spent.elapsedMs / 1000).toFixed(0)} s`,
        stateFooter(state),
    ]
        .filter(Boolean)
        .join('\n\n');
}
function redactReport(report, redactor) {
    const r = (text) => redactor.redact(text);
    return {
        ...report,
        title: r(report.title),
        checklist: report.checklist.map(r),
        approved: report.approved.map(r),
        touched: report.touched.map(r),
        gates: report.gates.map((g) => ({ ...g, command: r(g.command), outputTail: r(g.outputTail) })),
        agentSummary: r(report.agentSummary),
        refusals: report.refusals.map(r),
        ...(report.failure !== undefined ? { failure: r(report.failure) } : {}),
    };
}

;// CONCATENATED MODULE: ./src/tickets/spec-page.ts

const COMMANDS_HELP = [
    'specgate wrote the spec in this pull request. Reply with a new comment that starts with one of:',
    '',
    '- `/approve` to implement exactly this spec (it binds to this version of the spec file),',
    '- `/revise <feedback>` to have the spec rewritten with your feedback,',
    '- `/reject [reason]` to close this pull request.',
    '',
    'Only people with write access can give these commands; edits of existing comments are ignored.',
].join('\n');
/**
 * The spec PR's description: a summary for people, the state marker for later
 * runs. The model's text is redacted piece by piece before it is put together.
 */
function renderSpecPullBody(view) {
    const { answer, state } = view;
    const r = (text) => view.redactor.redact(text);
    const links = [
        state.issue !== undefined ? `Closes #${state.issue}` : undefined,
        state.jiraKey
            ? `Jira: ${view.jiraUrl ? `[${state.jiraKey}](${view.jiraUrl})` : state.jiraKey}`
            : undefined,
    ].filter(Boolean);
    const scope = answer.scope.map((e) => `| \`${r(e.path)}\` | ${e.change} |`);
    return [
        stateLine(state),
        links.join(' · '),
        `### Spec\n\n${inert(r(answer.problem.split('\n')[0] ?? ''))}\n\nFull spec: \`${state.specPath}\` in this branch. It stays in the repository when the pull request is merged, as the record of what was approved.`,
        `### Scope (${answer.scope.length} files)\n\n| File | Change |\n| --- | --- |\n${scope.join('\n')}`,
        `### Commands\n\n${COMMANDS_HELP}`,
        stateFooter(state),
    ]
        .filter(Boolean)
        .join('\n\n');
}

;// CONCATENATED MODULE: ./src/tickets/pull-body-store.ts





/**
 * Tickets kept where people see them: each one's page and audit trail are its
 * pull request's body, its state a marker at the end of it. A marker on a pull
 * request specgate does not own (a fork, another branch) is not a ticket. This
 * is the only code that writes a ticket's state or reads a marker.
 */
class PullBodyTicketStore {
    host;
    home;
    redactor;
    constructor(host, home, redactor) {
        this.host = host;
        this.home = home;
        this.redactor = redactor;
    }
    async load(pullNumber) {
        return this.ticketOf(await this.host.getPull(pullNumber));
    }
    async listOpen() {
        const pulls = await this.host.listOpenPulls();
        return pulls
            .map((pull) => this.ticketOf(pull))
            .filter((ticket) => 'state' in ticket);
    }
    async findByBranch(branch, specPath) {
        const pull = await this.host.findPullByBranch(branch);
        if (!pull)
            return { kind: 'none' };
        const state = decodeStateMarker(pull.body);
        if (!pull.open) {
            // Anyone who can read the repository can open and close a pull request from the
            // branch with a marker of their own: only specgate's own says when the ticket ended.
            if (!state || ownershipProblem(pull, state, this.home))
                return { kind: 'none' };
            const endedAt = state.history.at(-1)?.at;
            return { kind: 'ended', pull, ...(endedAt ? { endedAt } : {}) };
        }
        // Someone else's pull request from the spec branch is not the ticket: never
        // take its state, its Slack thread or its body as specgate's.
        const foreign = ownershipProblem(pull, state ?? { branch, specPath }, this.home);
        if (foreign)
            return { kind: 'foreign', pull, reason: foreign };
        return { kind: 'open', pull, ...(state ? { state } : {}) };
    }
    async create(ticket) {
        const pull = await this.host.createDraftPull({
            title: ticket.title,
            head: ticket.state.branch,
            base: ticket.base,
            body: this.render(ticket.page, ticket.state),
        });
        return { pull, state: ticket.state };
    }
    async save(ticket, state, show) {
        // The one writer of state writes only on specgate's own pull requests, whoever asks.
        const foreign = ownershipProblem(ticket.pull, state, this.home);
        if (foreign)
            throw new Error(`#${ticket.pull.number} is not specgate's to write: ${foreign}`);
        const body = show ? this.render(show.page, state) : withState(ticket.pull.body, state);
        await this.host.updatePull(ticket.pull.number, {
            ...(show?.title !== undefined ? { title: show.title } : {}),
            body,
        });
        return {
            pull: { ...ticket.pull, body, ...(show?.title !== undefined ? { title: show.title } : {}) },
            state,
        };
    }
    /** The ticket a pull request carries, or why specgate does not act on it. */
    ticketOf(pull) {
        const state = decodeStateMarker(pull.body);
        if (!state)
            return { refused: `#${pull.number} is not a specgate pull request` };
        const foreign = ownershipProblem(pull, state, this.home);
        if (foreign)
            return { refused: `#${pull.number}: ${foreign}` };
        return { pull, state };
    }
    render(page, state) {
        return page.kind === 'spec'
            ? renderSpecPullBody({
                answer: page.answer,
                state,
                redactor: this.redactor,
                ...(page.jiraUrl ? { jiraUrl: page.jiraUrl } : {}),
            })
            : renderReadyBody(page.report, state, page.links, this.redactor);
    }
}


/***/ }),

/***/ 8503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildDeps: () => (/* binding */ buildDeps),
  notifiersOf: () => (/* binding */ notifiersOf),
  policyOf: () => (/* binding */ policyOf),
  unavailable: () => (/* binding */ unavailable)
});

// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
// EXTERNAL MODULE: ./src/core/redact.ts + 1 modules
var redact = __webpack_require__(3789);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/code-host.ts


// How far back a comment whose answer was lost is looked for (server clocks differ a little).
const LOST_COMMENT_WINDOW_MS = 5 * 60_000;
/** The GitHub REST API as specgate's CodeHost. Every text it posts is redacted. */
class GitHubCodeHost {
    octokit;
    repo;
    redactor;
    constructor(octokit, repo, redactor) {
        this.octokit = octokit;
        this.repo = repo;
        this.redactor = redactor;
    }
    async permissionOf(login) {
        try {
            const { data } = await this.octokit.rest.repos.getCollaboratorPermissionLevel({
                ...this.repo,
                username: login,
            });
            return { roleName: data.role_name, permission: data.permission };
        }
        catch (error) {
            // GitHub answers 404 for a login that does not exist: no permission.
            if ((0,errors/* statusOf */.c2)(error) === 404)
                return { permission: 'none' };
            return (0,errors/* withGitHub */.WN)(`check ${login}'s permission`, () => Promise.reject(error));
        }
    }
    async defaultBranch() {
        const { data } = await (0,errors/* withGitHub */.WN)('read the repository', () => this.octokit.rest.repos.get({ ...this.repo }));
        return data.default_branch;
    }
    async getIssue(number) {
        const { data } = await (0,errors/* withGitHub */.WN)(`read issue #${number}`, () => this.octokit.rest.issues.get({ ...this.repo, issue_number: number }));
        return toIssue(data);
    }
    async findPullByBranch(branch) {
        const pulls = await (0,errors/* withGitHub */.WN)(`look for the pull request of ${branch}`, () => this.octokit.paginate(this.octokit.rest.pulls.list, {
            ...this.repo,
            head: `${this.repo.owner}:${branch}`,
            state: 'all',
            per_page: 100,
        }));
        // Filter again here: a head filter the server ignored must not pick another branch's PR.
        const sorted = pulls
            .filter((p) => p.head.ref === branch)
            .sort((a, b) => b.number - a.number);
        const pick = sorted.find((p) => p.state === 'open') ?? sorted[0];
        return pick ? toPull(pick) : undefined;
    }
    async createDraftPull(pull) {
        try {
            const { data } = await this.octokit.rest.pulls.create({
                ...this.repo,
                title: this.redactor.redact(pull.title),
                head: pull.head,
                base: pull.base,
                body: this.redactor.redact(pull.body),
                draft: true,
            });
            return toPull(data);
        }
        catch (error) {
            // A create that failed may still have worked (a 502 after GitHub made the PR; the
            // client's resend then meets "A pull request already exists"): the PR is what counts.
            const existing = await this.openPullOf(pull.head, pull.base).catch(() => undefined);
            if (existing)
                return existing;
            return (0,errors/* withGitHub */.WN)('open the spec pull request', () => Promise.reject(error));
        }
    }
    async openPullOf(head, base) {
        const { data } = await this.octokit.rest.pulls.list({
            ...this.repo,
            head: `${this.repo.owner}:${head}`,
            base,
            state: 'open',
            per_page: 100,
        });
        const pick = data.find((p) => p.head.ref === head);
        return pick ? toPull(pick) : undefined;
    }
    async updatePull(number, changes) {
        await (0,errors/* withGitHub */.WN)(`update pull request #${number}`, () => this.octokit.rest.pulls.update({
            ...this.repo,
            pull_number: number,
            ...(changes.title !== undefined ? { title: this.redactor.redact(changes.title) } : {}),
            ...(changes.body !== undefined ? { body: this.redactor.redact(changes.body) } : {}),
        }));
    }
    async comment(issueNumber, body) {
        const text = this.redactor.redact(body);
        const since = new Date(Date.now() - LOST_COMMENT_WINDOW_MS);
        for (let attempt = 0;; attempt += 1) {
            try {
                // Not resent blindly by the client: a comment whose answer was lost may exist.
                await this.octokit.rest.issues.createComment({
                    ...this.repo,
                    issue_number: issueNumber,
                    body: text,
                    request: { retries: 0 },
                });
                return;
            }
            catch (error) {
                const status = (0,errors/* statusOf */.c2)(error);
                const lost = !status || status >= 500;
                if (!lost || attempt >= 2) {
                    return (0,errors/* withGitHub */.WN)(`comment on #${issueNumber}`, () => Promise.reject(error));
                }
                await (0,promises_.setTimeout)(1000 * 2 ** attempt);
                if (await this.hasComment(issueNumber, text, since).catch(() => false))
                    return;
            }
        }
    }
    async hasComment(issueNumber, text, since) {
        const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
            ...this.repo,
            issue_number: issueNumber,
            since: since.toISOString(),
            per_page: 100,
        });
        return comments.some((c) => c.body === text && Date.parse(c.created_at) >= since.getTime());
    }
    async getPull(number) {
        const { data } = await (0,errors/* withGitHub */.WN)(`read pull request #${number}`, () => this.octokit.rest.pulls.get({ ...this.repo, pull_number: number }));
        return toPull(data);
    }
    async closePull(number) {
        await (0,errors/* withGitHub */.WN)(`close pull request #${number}`, () => this.octokit.rest.pulls.update({ ...this.repo, pull_number: number, state: 'closed' }));
    }
    async markReadyForReview(pull) {
        if (!pull.draft)
            return;
        // REST cannot take a PR out of draft; GraphQL can.
        await (0,errors/* withGitHub */.WN)(`mark pull request #${pull.number} ready for review`, () => this.octokit.graphql('mutation($id: ID!) { markPullRequestReadyForReview(input: { pullRequestId: $id }) { pullRequest { isDraft } } }', { id: pull.nodeId }));
    }
    async requestReviewers(number, logins) {
        if (logins.length === 0)
            return;
        await (0,errors/* withGitHub */.WN)(`request reviewers on #${number}`, () => this.octokit.rest.pulls.requestReviewers({
            ...this.repo,
            pull_number: number,
            reviewers: logins,
        }));
    }
    async listOpenPulls() {
        const pulls = await (0,errors/* withGitHub */.WN)('list the open pull requests', () => this.octokit.paginate(this.octokit.rest.pulls.list, {
            ...this.repo,
            state: 'open',
            sort: 'created',
            direction: 'desc',
            per_page: 100,
        }));
        return pulls.map(toPull);
    }
    async addLabels(issueNumber, labels) {
        if (labels.length === 0)
            return;
        await (0,errors/* withGitHub */.WN)(`label #${issueNumber}`, () => this.octokit.rest.issues.addLabels({ ...this.repo, issue_number: issueNumber, labels }));
    }
    async openIssue(issue) {
        const { data } = await (0,errors/* withGitHub */.WN)('open an issue', () => this.octokit.rest.issues.create({
            ...this.repo,
            title: this.redactor.redact(issue.title),
            body: this.redactor.redact(issue.body),
            labels: issue.labels,
        }));
        return toIssue(data);
    }
    async issuesLabelled(label) {
        const issues = await (0,errors/* withGitHub */.WN)(`list the issues labelled ${label}`, () => this.octokit.paginate(this.octokit.rest.issues.listForRepo, {
            ...this.repo,
            labels: label,
            state: 'all',
            per_page: 100,
        }));
        return issues
            .map(toIssue)
            .filter((issue) => !issue.isPullRequest)
            .sort((a, b) => a.number - b.number);
    }
    async readFile(path) {
        try {
            const { data } = await this.octokit.rest.repos.getContent({ ...this.repo, path });
            if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
                return undefined;
            return Buffer.from(data.content, 'base64').toString('utf8');
        }
        catch (error) {
            if ((0,errors/* statusOf */.c2)(error) === 404)
                return undefined;
            return (0,errors/* withGitHub */.WN)(`read ${path}`, () => Promise.reject(error));
        }
    }
    async closeIssue(number, comment) {
        await this.comment(number, comment);
        await (0,errors/* withGitHub */.WN)(`close issue #${number}`, () => this.octokit.rest.issues.update({
            ...this.repo,
            issue_number: number,
            state: 'closed',
            state_reason: 'completed',
        }));
    }
}
function toIssue(raw) {
    return {
        number: raw.number,
        title: raw.title,
        body: raw.body ?? '',
        url: raw.html_url,
        author: raw.user?.login ?? 'ghost',
        isPullRequest: Boolean(raw.pull_request),
    };
}
function toPull(raw) {
    return {
        number: raw.number,
        nodeId: raw.node_id,
        url: raw.html_url,
        title: raw.title,
        body: raw.body ?? '',
        draft: Boolean(raw.draft),
        open: raw.state === 'open',
        merged: Boolean(raw.merged_at) || Boolean(raw.merged),
        headRef: raw.head.ref,
        fromFork: raw.head.repo?.full_name !== (raw.base?.repo?.full_name ?? raw.head.repo?.full_name),
        // A deleted account shows as null: nobody specgate knows.
        author: raw.user
            ? { login: raw.user.login, ...(raw.user.type ? { type: raw.user.type } : {}) }
            : { login: 'ghost' },
    };
}

;// CONCATENATED MODULE: ./src/git/branches.ts
class GitBranches {
    git;
    constructor(git) {
        this.git = git;
    }
    /** Brings a commit (and what it needs) from another local repository into this one. */
    async fetchCommit(from, commit) {
        await this.git.run(['fetch', '--quiet', '--no-tags', from, commit]);
    }
    /** Puts the work tree at `commit` (detached), discarding local changes. */
    async checkout(commit) {
        await this.git.run(['checkout', '--quiet', '--force', '--detach', commit]);
    }
    /**
     * What differs from HEAD in the work tree and index, untracked files
     * included (ignored ones aside), as paths; empty when the tree is clean.
     */
    async uncleanFiles() {
        const out = await this.git.run(['status', '--porcelain', '-z', '--untracked-files=all']);
        return out
            .split('\0')
            .filter((entry) => entry.length > 3)
            .map((entry) => entry.slice(3));
    }
    async currentBranch() {
        const result = await this.git.exec(['symbolic-ref', '--quiet', '--short', 'HEAD'], {});
        return result.code === 0 ? result.stdout.trim() : undefined;
    }
    /** Creates a branch at `commit` and checks it out. */
    async startBranch(name, commit) {
        await this.git.run(['check-ref-format', '--branch', name]);
        await this.git.run(['switch', '--quiet', '-c', name, commit]);
    }
    /** Moves the current branch to `commit` (made on top of `expected`), keeping the work tree. */
    async advanceHead(commit, expected) {
        await this.git.run(['update-ref', '-m', 'specgate', 'HEAD', commit, expected]);
        await this.git.run(['reset', '--quiet']);
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/git/raw-diff.ts
/** What changed between two trees, as `git diff --raw -z` reports it. */
/** Parses `git diff --raw -z` output: ":old new oldsha newsha status\0path\0". */
function parseRawDiff(raw) {
    const fields = raw.split('\0');
    const entries = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
        const meta = (fields[i] ?? '').replace(/^:/, '').split(' ');
        const file = fields[i + 1] ?? '';
        if (meta.length < 5)
            continue;
        entries.push({
            oldMode: meta[0] ?? '',
            newMode: meta[1] ?? '',
            status: (meta[4] ?? '').charAt(0),
            path: file,
        });
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/git/commits.ts
/** Builds commits from file contents without the work tree or the checkout's index, and diffs them. */




class GitCommits {
    git;
    reads;
    constructor(git, reads) {
        this.git = git;
        this.reads = reads;
    }
    /**
     * Commits files on top of `base` without touching the work tree or the
     * checkout's index. Returns the new commit, or `base` itself when nothing
     * changed.
     */
    async commitFiles(base, files, message) {
        const { tree, entries } = await this.treeWith(base, files);
        if (entries.length === 0)
            return base;
        return this.commitTree(tree, base, message);
    }
    /**
     * The tree of `base` with these files set to these contents, built in a
     * private index from blobs hashed without filters: nothing but the listed
     * paths can differ from `base`. Files keep the mode they had in `base`
     * (new ones are regular files). Returns the tree and what changed.
     */
    async treeWith(base, files) {
        const dir = await (0,external_node_fs_promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'specgate-index-'));
        const indexEnv = { GIT_INDEX_FILE: external_node_path_default().join(dir, 'index') };
        try {
            await this.git.run(['read-tree', base], { env: indexEnv });
            const modes = await this.modes(base, files.map((f) => f.path));
            const lines = [];
            for (const file of files) {
                if (file.content === undefined) {
                    // Mode 0 removes the entry (a bare repository has no work tree for --force-remove).
                    const zero = '0'.repeat((await this.reads.revParse(base)).length);
                    if (modes.has(file.path))
                        lines.push(`0 ${zero}\t${file.path}\0`);
                    continue;
                }
                const blob = (await this.git.run(['hash-object', '-w', '--no-filters', '--stdin'], {
                    input: file.content,
                })).trim();
                lines.push(`${modes.get(file.path) ?? '100644'} ${blob}\t${file.path}\0`);
            }
            if (lines.length)
                await this.git.run(['update-index', '-z', '--index-info'], {
                    env: indexEnv,
                    input: lines.join(''),
                });
            const tree = (await this.git.run(['write-tree'], { env: indexEnv })).trim();
            const raw = await this.git.run([
                'diff-tree',
                '-r',
                '-z',
                '--raw',
                '--no-renames',
                base,
                tree,
            ]);
            return { tree, entries: parseRawDiff(raw) };
        }
        finally {
            await (0,external_node_fs_promises_.rm)(dir, { recursive: true, force: true });
        }
    }
    /** Modes of these paths in `commit` (absent paths are left out). */
    async modes(commit, paths) {
        const modes = new Map();
        if (paths.length === 0)
            return modes;
        const out = await this.git.run(['ls-tree', '-z', '--full-tree', commit, '--', ...paths]);
        for (const row of out.split('\0')) {
            const tab = row.indexOf('\t');
            if (tab > 0)
                modes.set(row.slice(tab + 1), row.split(' ')[0] ?? '100644');
        }
        return modes;
    }
    /** Unified diff between two trees or commits, for the reviewer. */
    async diff(from, to, maxChars) {
        const out = await this.git.run(['diff', '--no-color', '--no-ext-diff', from, to]);
        return out.length > maxChars ? `${out.slice(0, maxChars)}\n... (diff truncated)` : out;
    }
    async commitTree(tree, parent, message) {
        return (await this.git.run(['commit-tree', tree, '-p', parent, '-F', '-'], { input: message })).trim();
    }
}

;// CONCATENATED MODULE: ./src/git/stored-credentials.ts
/**
 * Credentials git's effective configuration holds where QA code can read
 * them: the repository's config and whatever it includes (`include`,
 * `includeIf`, however the checkout tool laid it out), the worktree's, and
 * the system's. A header with a token, a URL with a password, and (in the
 * repository's own config) a credential helper. HOME's config is hidden from
 * QA with the rest of HOME.
 *
 * `listing` is `git config --show-scope --show-origin -z --list`.
 */
function credentialsIn(listing) {
    const fields = listing.split('\0');
    const found = [];
    for (let i = 0; i + 2 < fields.length; i += 3) {
        const scope = fields[i] ?? '';
        const origin = (fields[i + 1] ?? '').replace(/^file:/, '');
        const entry = fields[i + 2] ?? '';
        const cut = entry.indexOf('\n');
        const key = (cut < 0 ? entry : entry.slice(0, cut)).toLowerCase();
        const value = cut < 0 ? '' : entry.slice(cut + 1);
        if (!['local', 'worktree', 'system'].includes(scope))
            continue;
        const where = `${key} (${scope === 'system' ? 'system config' : 'repository config'}, in ${origin})`;
        if (/^http\..*extraheader$/.test(key))
            found.push(where);
        else if (/^credential\.(.*\.)?helper$/.test(key) && scope !== 'system' && value.trim())
            found.push(where);
        else if (/[a-z][a-z0-9+.-]*:\/\/[^/@\s:]*:[^/@\s]+@/i.test(value))
            found.push(`${where}: a URL with a password`);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/git/git-config.ts

class GitConfig {
    git;
    constructor(git) {
        this.git = git;
    }
    async remoteUrl(name) {
        return (await this.git.run(['remote', 'get-url', name])).trim();
    }
    /**
     * Credentials git's effective configuration holds where QA could read them
     * (the token `actions/checkout` leaves unless persist-credentials is false,
     * in .git/config or a file it includes), named with where they are.
     */
    async storedCredentials() {
        const result = await this.git.exec(['config', '--show-scope', '--show-origin', '-z', '--list'], {});
        return result.code === 0 ? credentialsIn(result.stdout) : [];
    }
    /** user.name and user.email from git's configuration, when both are set. */
    async configuredIdentity() {
        const get = async (key) => {
            const result = await this.git.exec(['config', '--get', key], {});
            return result.code === 0 ? result.stdout.trim() : undefined;
        };
        const [name, email] = [await get('user.name'), await get('user.email')];
        return name && email ? { name, email } : undefined;
    }
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/process/programs.ts
var process_programs = __webpack_require__(7015);
// EXTERNAL MODULE: ./src/process/run.ts
var run = __webpack_require__(7212);
;// CONCATENATED MODULE: ./src/git/git-process.ts
/** Runs git for one repository: its options, the hardened environment and config, GitError. */



class GitError extends Error {
    args;
    stderr;
    constructor(args, stderr) {
        super(`git ${args[0] ?? ''} failed: ${stderr.trim().split('\n').slice(-3).join(' ')}`);
        this.args = args;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
// Repository config can run programs (fsmonitor, hooks); a checkout that
// untrusted code has touched must not get to run them with our credentials.
const SAFE_CONFIG = [
    'core.fsmonitor=false',
    'core.hooksPath=/dev/null',
    'protocol.ext.allow=never',
    'core.quotePath=off',
    'gc.auto=0',
    'maintenance.auto=false',
    'commit.gpgSign=false',
    // The checkout may belong to another user (container jobs); the global
    // config that would list it as safe is not read.
    'safe.directory=*',
].flatMap((setting) => ['-c', setting]);
/** What a git command may print before it is treated as an error (a tracked-file list of a huge monorepo fits). */
const MAX_OUTPUT = 64 * 1024 * 1024;
/** One exec path for every git command, with argument arrays. */
class GitProcess {
    options;
    constructor(options) {
        this.options = options;
    }
    /** Runs git and returns its output; a failure or a cut output is a GitError. */
    async run(args, extra = {}) {
        const result = await this.exec(args, extra);
        if (result.code !== 0)
            throw new GitError(args, result.stderr || result.stdout);
        // Parsing the tail of a cut output would give wrong answers, not short ones.
        if (result.cut)
            throw new GitError(args, `the output is larger than ${MAX_OUTPUT} characters`);
        return result.stdout;
    }
    /** Runs git, handing each line of its output to `onLine` as it comes, never keeping it all. */
    async streamLines(args, onLine) {
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        let pending = '';
        let stopped = false;
        const take = (text) => {
            const lines = (pending + text).split('\n');
            pending = lines.pop() ?? '';
            for (const line of lines) {
                if (onLine(line) === 'stop') {
                    stopped = true;
                    return 'stop';
                }
            }
        };
        const result = await this.exec(args, { onStdout: (chunk) => take(decoder.write(chunk)) });
        if (!stopped)
            take(`${decoder.end()}\n`);
        return { ...result, stopped: result.stopped || stopped };
    }
    /** Runs git and returns what it did, failed or not. */
    exec(args, extra) {
        const { identity, userConfig, gitDir } = this.options;
        const env = {
            ...(userConfig
                ? { PATH: userConfig.PATH, HOME: userConfig.HOME }
                : {
                    PATH: process_programs/* SYSTEM_PATH */.sg,
                    HOME: '/dev/null',
                    XDG_CONFIG_HOME: '/dev/null',
                    GIT_CONFIG_NOSYSTEM: '1',
                    GIT_CONFIG_GLOBAL: '/dev/null',
                    GIT_ATTR_NOSYSTEM: '1',
                }),
            GIT_NO_REPLACE_OBJECTS: '1',
            LANG: 'C',
            GIT_TERMINAL_PROMPT: '0',
            ...(gitDir ? { GIT_DIR: gitDir } : {}),
            GIT_AUTHOR_NAME: identity.name,
            GIT_AUTHOR_EMAIL: identity.email,
            GIT_COMMITTER_NAME: identity.name,
            GIT_COMMITTER_EMAIL: identity.email,
            ...extra.env,
        };
        return (0,run/* runProcess */.R)(this.options.program, [...SAFE_CONFIG, ...args], {
            cwd: this.options.cwd,
            env,
            input: extra.input,
            timeoutMs: 5 * 60_000,
            maxOutput: MAX_OUTPUT,
            ...(extra.onStdout ? { onStdout: extra.onStdout } : {}),
        });
    }
}

;// CONCATENATED MODULE: ./src/git/cat-file-batch.ts
/** Reads the stream `git cat-file --batch` prints, keeping only the start of each blob. */
/**
 * Reads `git cat-file --batch` output as it comes: a header line
 * ("<oid> <type> <size>" or "<name> missing") then, for an object, its bytes
 * and a newline. Keeps at most `keepBytes` of each blob.
 */
class BatchReader {
    files;
    keepBytes;
    onBlob;
    index = 0;
    header = Buffer.alloc(0);
    body;
    constructor(files, keepBytes, onBlob) {
        this.files = files;
        this.keepBytes = keepBytes;
        this.onBlob = onBlob;
    }
    push(chunk) {
        let data = chunk;
        while (data.length) {
            if (this.body) {
                const body = this.body;
                const take = Math.min(body.left, data.length);
                // The last byte of the body is the newline after the object, never kept.
                const content = Math.min(take, body.left - 1, this.keepBytes - body.keptBytes);
                if (body.blob && content > 0) {
                    body.kept.push(Buffer.from(data.subarray(0, content)));
                    body.keptBytes += content;
                }
                body.left -= take;
                data = data.subarray(take);
                if (body.left === 0) {
                    if (body.blob)
                        this.onBlob(body.file, Buffer.concat(body.kept), body.size - 1);
                    this.body = undefined;
                }
                continue;
            }
            const newline = data.indexOf(10);
            if (newline < 0) {
                this.header = Buffer.concat([this.header, data]);
                return;
            }
            const line = Buffer.concat([this.header, data.subarray(0, newline)]).toString('utf8');
            this.header = Buffer.alloc(0);
            data = data.subarray(newline + 1);
            const file = this.files[this.index++] ?? '';
            const [, type, size] = line.split(' ');
            if (line.endsWith(' missing') || line.endsWith(' ambiguous') || size === undefined)
                continue;
            // The object's bytes and the newline after them.
            this.body = {
                file,
                size: Number(size) + 1,
                left: Number(size) + 1,
                kept: [],
                keptBytes: 0,
                blob: type === 'blob',
            };
        }
    }
}

;// CONCATENATED MODULE: ./src/git/reads.ts
/** What planning reads from a repository: its files, their text, searches over them, commit ids. */


class GitReads {
    git;
    constructor(git) {
        this.git = git;
    }
    async trackedFiles() {
        const out = await this.git.run(['ls-files', '-z']);
        return out.split('\0').filter(Boolean);
    }
    /**
     * Tracked and new (not ignored) files, for the agent's listing; with `dir`,
     * only those under that folder (git then looks at that folder alone).
     */
    async listFiles(dir = '') {
        const out = await this.git.run([
            'ls-files',
            '--cached',
            '--others',
            '--exclude-standard',
            '-z',
            ...(dir ? ['--', `:(literal)${dir}`] : []),
        ]);
        return [...new Set(out.split('\0').filter(Boolean))];
    }
    /**
     * Lines matching a fixed string (tracked and new files), the first `max` of
     * them; `more` says that there were others. git stops once enough are read.
     */
    async grepLines(query, max) {
        const hits = [];
        let more = false;
        const result = await this.git.streamLines(['grep', '--untracked', '-n', '-I', '-F', '-z', '-e', query, '--'], (row) => {
            const [file, line, ...text] = row.split('\0');
            if (!file || !line)
                return;
            if (hits.length === max) {
                more = true;
                return 'stop';
            }
            hits.push({ path: file, line: Number(line), text: text.join('\0') });
        });
        if (!result.stopped && result.code !== 0 && result.code !== 1)
            throw new GitError(['grep'], result.stderr);
        return { hits, more };
    }
    async revParse(rev) {
        return (await this.git.run(['rev-parse', '--verify', '--end-of-options', rev])).trim();
    }
    /**
     * Tracked text files holding any of `terms` (fixed strings, compared in
     * lower case), each with the number of lines holding each term: one pass
     * of git over the tree for all the terms.
     */
    async grepTerms(terms) {
        const found = new Map();
        const wanted = [...new Set(terms.map((t) => t.toLowerCase()).filter(Boolean))];
        if (wanted.length === 0)
            return found;
        // -o prints the longest match at each place: a match also counts for the
        // terms it contains ("loginuser" holds "login" and "user").
        const termsIn = new Map();
        let lastLine = '';
        const seen = new Set();
        const result = await this.git.streamLines(['grep', '-I', '-i', '-F', '-n', '-o', '-z', ...wanted.flatMap((t) => ['-e', t]), '--'], (row) => {
            const [file, line, match] = row.split('\0');
            if (!file || !line || match === undefined)
                return;
            const place = `${file}\0${line}`;
            if (place !== lastLine) {
                lastLine = place;
                seen.clear();
            }
            const lower = match.toLowerCase();
            let held = termsIn.get(lower);
            if (!held)
                termsIn.set(lower, (held = wanted.filter((t) => lower.includes(t))));
            let counts = found.get(file);
            if (!counts)
                found.set(file, (counts = new Map()));
            for (const term of held) {
                if (seen.has(term))
                    continue;
                seen.add(term);
                counts.set(term, (counts.get(term) ?? 0) + 1);
            }
        });
        if (result.code !== 0 && result.code !== 1)
            throw new GitError(['grep'], result.stderr);
        return found;
    }
    async readBlob(rev, file) {
        const result = await this.git.exec(['show', `${rev}:${file}`], {});
        return result.code === 0 ? result.stdout : undefined;
    }
    /**
     * Several files of `rev` through one `git cat-file --batch`: each file's
     * text, cut to its first `maxChars` characters (`truncated` then says so);
     * absent files and directories are left out.
     */
    async readBlobs(rev, files, maxChars) {
        const read = new Map();
        // The batch protocol is line-based: a name with a newline is read on its own.
        const batch = files.filter((f) => !f.includes('\n'));
        for (const file of files.filter((f) => f.includes('\n'))) {
            const content = await this.readBlob(rev, file);
            if (content !== undefined)
                read.set(file, {
                    content: content.slice(0, maxChars),
                    truncated: content.length > maxChars,
                });
        }
        if (batch.length === 0)
            return read;
        const keepBytes = maxChars * 4;
        const reader = new BatchReader(batch, keepBytes, (file, bytes, size) => {
            const text = bytes.toString('utf8');
            const content = text.slice(0, maxChars);
            read.set(file, { content, truncated: size > bytes.length || text.length > maxChars });
        });
        const result = await this.git.exec(['cat-file', '--batch'], {
            input: batch.map((f) => `${rev}:${f}\n`).join(''),
            onStdout: (chunk) => reader.push(chunk),
        });
        if (result.code !== 0)
            throw new GitError(['cat-file'], result.stderr);
        return read;
    }
    /** The blob id git gives this content (what approval binds to). */
    async blobId(content) {
        return (await this.git.run(['hash-object', '--stdin'], { input: content })).trim();
    }
}

;// CONCATENATED MODULE: ./src/git/remote.ts
class GitRemote {
    git;
    constructor(git) {
        this.git = git;
    }
    /** The commit a remote branch points at (ls-remote only), or undefined. */
    async remoteHead(branch) {
        const out = await this.git.run(['ls-remote', '--heads', 'origin', `refs/heads/${branch}`], {
            env: this.authEnv(),
        });
        return out.split('\t')[0]?.trim() || undefined;
    }
    /** The commit a remote branch points at, fetched, or undefined when it does not exist. */
    async remoteBranch(branch) {
        const sha = await this.remoteHead(branch);
        if (!sha)
            return undefined;
        await this.git.run(['fetch', '--no-tags', '--depth=1', 'origin', `refs/heads/${branch}`], {
            env: this.authEnv(),
        });
        return sha;
    }
    /** Pushes a commit to one branch: never forced, never with extra options. */
    async push(commit, branch) {
        if (!/^[0-9a-f]{40,64}$/.test(commit))
            throw new Error(`not a commit id: ${commit}`);
        await this.git.run(['push', '--no-verify', '--porcelain', 'origin', `${commit}:refs/heads/${branch}`], { env: this.authEnv() });
    }
    /** Credentials through git's environment config: not in argv, not in .git/config. */
    authEnv() {
        const { token, serverUrl } = this.git.options;
        if (!token || !serverUrl)
            return {};
        const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
        return {
            GIT_CONFIG_COUNT: '1',
            GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`,
            GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
        };
    }
}

;// CONCATENATED MODULE: ./src/git/trusted-store.ts
/** The trusted store: a bare repository only specgate writes, where what is pushed after QA is built. */





/**
 * A new bare repository in a private temp directory, holding `base` copied
 * from the checkout before any untrusted code ran. What is committed and
 * pushed after the QA commands is built there: nothing QA can change in the
 * checkout's .git (config, refs, replace objects, alternates, attributes,
 * hooks, the index) is ever read again. The store's Git comes from `open`:
 * Git itself calls this, so only its type is imported here.
 */
async function openTrustedStore(checkout, base, open) {
    // Never inside the checkout (a TMPDIR there would put it in QA's reach).
    const work = external_node_path_default().resolve(checkout.options.cwd);
    const temp = external_node_path_default().resolve((0,external_node_os_.tmpdir)());
    const parent = temp === work || temp.startsWith(work + (external_node_path_default()).sep) ? '/tmp' : temp;
    const dir = await (0,external_node_fs_promises_.mkdtemp)(external_node_path_default().join(parent, 'specgate-store-'));
    const options = { ...checkout.options, cwd: dir, gitDir: dir };
    const store = new GitProcess(options);
    try {
        await store.run(['init', '--quiet', '--bare', dir]);
        const origin = await new GitConfig(checkout).remoteUrl('origin').catch(() => undefined);
        if (origin)
            await store.run(['config', 'remote.origin.url', origin]);
        await store.run(['fetch', '--quiet', '--no-tags', '--depth=1', checkout.options.cwd, base]);
        await store.run(['cat-file', '-e', `${base}^{tree}`]);
    }
    catch (error) {
        await (0,external_node_fs_promises_.rm)(dir, { recursive: true, force: true });
        throw error;
    }
    return { git: open(options), dir, dispose: () => (0,external_node_fs_promises_.rm)(dir, { recursive: true, force: true }) };
}

;// CONCATENATED MODULE: ./src/git/git.ts
/** The one Git object the use cases receive, handing each call to the file that does that job. */







/**
 * Every git command of one repository, all through one GitProcess: its
 * options (the hardened environment, the token) hold for reads, branches,
 * commits and pushes alike. The use cases depend on this one type, so a dry
 * run can replace the few methods that write.
 */
class Git {
    runner;
    reads;
    branches;
    commits;
    config;
    remote;
    constructor(options) {
        this.runner = new GitProcess(options);
        this.reads = new GitReads(this.runner);
        this.branches = new GitBranches(this.runner);
        this.commits = new GitCommits(this.runner, this.reads);
        this.config = new GitConfig(this.runner);
        this.remote = new GitRemote(this.runner);
    }
    // Planning reads: reads.ts.
    trackedFiles() {
        return this.reads.trackedFiles();
    }
    listFiles(dir) {
        return this.reads.listFiles(dir);
    }
    grepLines(query, max) {
        return this.reads.grepLines(query, max);
    }
    grepTerms(terms) {
        return this.reads.grepTerms(terms);
    }
    revParse(rev) {
        return this.reads.revParse(rev);
    }
    readBlob(rev, file) {
        return this.reads.readBlob(rev, file);
    }
    readBlobs(rev, files, maxChars) {
        return this.reads.readBlobs(rev, files, maxChars);
    }
    blobId(content) {
        return this.reads.blobId(content);
    }
    // The checkout's branches and work tree: branches.ts.
    fetchCommit(from, commit) {
        return this.branches.fetchCommit(from, commit);
    }
    checkout(commit) {
        return this.branches.checkout(commit);
    }
    uncleanFiles() {
        return this.branches.uncleanFiles();
    }
    currentBranch() {
        return this.branches.currentBranch();
    }
    startBranch(name, commit) {
        return this.branches.startBranch(name, commit);
    }
    advanceHead(commit, expected) {
        return this.branches.advanceHead(commit, expected);
    }
    // Commits built off the work tree: commits.ts.
    commitFiles(base, files, message) {
        return this.commits.commitFiles(base, files, message);
    }
    treeWith(base, files) {
        return this.commits.treeWith(base, files);
    }
    commitTree(tree, parent, message) {
        return this.commits.commitTree(tree, parent, message);
    }
    diff(from, to, maxChars) {
        return this.commits.diff(from, to, maxChars);
    }
    // The repository's configuration: git-config.ts.
    remoteUrl(name) {
        return this.config.remoteUrl(name);
    }
    storedCredentials() {
        return this.config.storedCredentials();
    }
    configuredIdentity() {
        return this.config.configuredIdentity();
    }
    // Origin, with the token: remote.ts.
    remoteHead(branch) {
        return this.remote.remoteHead(branch);
    }
    remoteBranch(branch) {
        return this.remote.remoteBranch(branch);
    }
    push(commit, branch) {
        return this.remote.push(commit, branch);
    }
    // The trusted store: trusted-store.ts.
    openTrustedStore(base) {
        return openTrustedStore(this.runner, base, (options) => new Git(options));
    }
}

;// CONCATENATED MODULE: ./src/notify/notify-budget.ts

class NotifyBudgetError extends Error {
    constructor(message) {
        super(message);
        this.name = 'NotifyBudgetError';
    }
}
// Two resends are enough to ride out a blip; more only spends the budget.
const MAX_RETRIES = 2;
/**
 * One time budget per run, shared by Slack and Jira. Their failures, timeouts
 * and retry waits are charged to it; once it is spent, every further message
 * fails at once, so a service answering 429 forever costs the run this much
 * and no more, whatever the number of messages.
 */
class NotifyBudget {
    totalSeconds;
    now;
    spentMs = 0;
    blockedUntil = new Map();
    constructor(totalSeconds, now = () => Date.now()) {
        this.totalSeconds = totalSeconds;
        this.now = now;
    }
    get remainingMs() {
        return Math.max(0, this.totalSeconds * 1000 - this.spentMs);
    }
    async call(service, attempt, advise) {
        for (let tries = 0;; tries += 1) {
            await this.waitOut(service);
            const started = this.now();
            try {
                return await this.bounded(service, attempt());
            }
            catch (error) {
                this.spentMs += this.now() - started;
                const advice = advise(error);
                if (advice.waitMs !== undefined)
                    this.blockedUntil.set(service, this.now() + advice.waitMs);
                if (!advice.retry || tries >= MAX_RETRIES)
                    throw error;
                if (advice.waitMs === undefined)
                    this.blockedUntil.set(service, this.now() + 500 * 2 ** tries);
            }
        }
    }
    /** A service that asked us to wait is not called before then, and the wait is charged. */
    async waitOut(service) {
        const wait = (this.blockedUntil.get(service) ?? 0) - this.now();
        if (this.remainingMs <= 0 || wait >= this.remainingMs) {
            throw new NotifyBudgetError(`${service} was not told: ${wait > 0 ? `it asked to wait ${Math.ceil(wait / 1000)}s, and ` : ''}` +
                `the ${this.totalSeconds}s notification budget of this run (notify-budget-seconds) ` +
                `has ${Math.floor(this.remainingMs / 1000)}s left`);
        }
        if (wait > 0) {
            await (0,promises_.setTimeout)(wait);
            this.spentMs += wait;
        }
    }
    /** No single answer may outlast what is left of the budget. */
    async bounded(service, pending) {
        const limit = this.remainingMs;
        let timer;
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new NotifyBudgetError(`${service} did not answer within the ${Math.ceil(limit / 1000)}s left of the notification budget`)), limit);
            timer.unref();
        });
        try {
            return await Promise.race([pending, timeout]);
        }
        finally {
            clearTimeout(timer);
        }
    }
}

;// CONCATENATED MODULE: ./src/core/adf-to-markdown.ts
/** Renders Jira's Atlassian Document Format (untrusted JSON) as GitHub-flavoured Markdown. */
const MAX_DEPTH = 50;
const MAX_COLSPAN = 50;
const ATTACHMENT = '[attachment]';
const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;
function adfToMarkdown(doc) {
    // Jira Server / API v2 return descriptions as plain (wiki markup) strings.
    if (typeof doc === 'string')
        return doc.trimEnd();
    try {
        const node = toNode(doc);
        return node ? renderNode(node, 0).trimEnd() : '';
    }
    catch {
        // Only reachable for non-JSON exotica such as throwing getters or proxies.
        return '';
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function toNode(value) {
    if (!isRecord(value) || typeof value.type !== 'string')
        return undefined;
    return {
        type: value.type,
        attrs: isRecord(value.attrs) ? value.attrs : {},
        content: Array.isArray(value.content) ? value.content : [],
        text: typeof value.text === 'string' ? value.text : '',
        marks: Array.isArray(value.marks) ? value.marks : [],
    };
}
function nodes(values) {
    return values.map(toNode).filter((node) => node !== undefined);
}
function str(value) {
    return typeof value === 'string' ? value : '';
}
function renderNode(node, depth) {
    if (depth > MAX_DEPTH)
        return '';
    const render = RENDERERS.get(node.type);
    // Unknown node types degrade to their own text or their children's.
    return render ? render(node, depth) : node.text || renderFlow(node.content, depth);
}
const INLINE_TYPES = new Set('text hardBreak mention emoji inlineCard status date media mediaInline'.split(' '));
const LIST_TYPES = new Set(['bulletList', 'orderedList', 'taskList', 'decisionList']);
function isInline(node) {
    if (INLINE_TYPES.has(node.type))
        return true;
    if (RENDERERS.has(node.type))
        return false;
    // An unknown node is inline when it only wraps inline nodes (e.g. a future inline extension).
    return nodes(node.content).every((child) => INLINE_TYPES.has(child.type));
}
/** Renders mixed children: runs of inline nodes are concatenated, blocks get a blank line. */
function renderFlow(content, depth) {
    const chunks = [];
    let inline = '';
    for (const child of nodes(content)) {
        if (isInline(child)) {
            inline += renderNode(child, depth + 1);
            continue;
        }
        chunks.push(inline, renderNode(child, depth + 1));
        inline = '';
    }
    chunks.push(inline);
    return chunks.filter((chunk) => chunk.trim() !== '').join('\n\n');
}
// String methods rather than regexes like /\s*\n\s*/, which backtrack quadratically on long runs.
function oneLine(text) {
    return text.split('\n').map(trim).filter(Boolean).join(' ');
}
const trim = (text) => text.trim();
function longestBacktickRun(text) {
    return (text.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0);
}
function codeSpan(text) {
    const ticks = '`'.repeat(longestBacktickRun(text) + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${text}${pad}${ticks}`;
}
/** Wraps in a delimiter, keeping edge whitespace outside (`** x**` is not emphasis). */
function wrap(text, delimiter) {
    const core = text.trim();
    const start = text.length - text.trimStart().length;
    const [lead, trail] = [text.slice(0, start), text.slice(start + core.length)];
    return core ? `${lead}${delimiter}${core}${delimiter}${trail}` : text;
}
const percentEncode = (char) => `%${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
function safeHref(href) {
    const value = str(href).trim();
    return SAFE_HREF.test(value) ? value.replace(/[\s()<>]/g, percentEncode) : undefined;
}
function renderText(node) {
    const marks = nodes(node.marks);
    const mark = (type) => marks.find((m) => m.type === type);
    const link = mark('link');
    const href = link ? safeHref(link.attrs.href) : undefined;
    let text = node.text;
    if (!text)
        return '';
    if (mark('code'))
        text = codeSpan(text);
    else if (href)
        text = text.replace(/[[\]]/g, '\\$&');
    if (mark('strike'))
        text = wrap(text, '~~');
    if (mark('em'))
        text = wrap(text, '*');
    if (mark('strong'))
        text = wrap(text, '**');
    return href ? `[${text}](${href})` : text;
}
function isoDate(timestamp) {
    const ms = typeof timestamp === 'number' ? timestamp : Number(str(timestamp).trim() || NaN);
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}
function quote(text) {
    return text.replace(/^/gm, '> ').replace(/^> $/gm, '>');
}
function prefixLines(text, first, rest) {
    return first + text.replace(/\n(?=.)/g, `\n${rest}`);
}
function renderList(node, depth, marker) {
    const lines = [];
    let indent = '  ';
    let index = 0;
    for (const item of nodes(node.content)) {
        const body = renderNode(item, depth + 1);
        if (LIST_TYPES.has(item.type)) {
            // ADF nests task lists as siblings of the item they belong to.
            if (body)
                lines.push(prefixLines(body, indent, indent));
            continue;
        }
        const prefix = marker(item, index++);
        indent = ' '.repeat(prefix.indexOf(' ') + 1);
        lines.push(body ? prefixLines(body, prefix, indent) : prefix.trimEnd());
    }
    return lines.join('\n');
}
function renderListItem(node, depth) {
    // A nested list hugs its parent item so the outer list stays tight.
    return nodes(node.content).reduce((out, child) => {
        const text = renderNode(child, depth + 1);
        if (!text.trim())
            return out;
        return out ? out + (LIST_TYPES.has(child.type) ? '\n' : '\n\n') + text : text;
    }, '');
}
function orderedMarker(node) {
    const order = node.attrs.order;
    const start = typeof order === 'number' && Number.isInteger(order) && order >= 0 ? order : 1;
    return (_item, index) => `${start + index}. `;
}
function renderCodeBlock(node) {
    const code = nodes(node.content)
        .map((child) => (child.type === 'hardBreak' ? '\n' : child.text))
        .join('')
        .replace(/\n$/, '');
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(code) + 1));
    const language = str(node.attrs.language).replace(/[^\w+#.-]/g, '');
    return `${fence}${language}\n${code}\n${fence}`;
}
function renderTable(node, depth) {
    const rows = nodes(node.content).map((row) => renderRow(row, depth + 1));
    const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
    if (width === 0)
        return '';
    const line = (cells) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
    // GFM requires a header row, so the first row always serves as one.
    const [header = [], ...body] = rows;
    return [line(header), line(new Array(width).fill('---')), ...body.map(line)].join('\n');
}
function renderRow(row, depth) {
    if (depth > MAX_DEPTH)
        return [];
    const cells = [];
    for (const cell of nodes(row.content)) {
        cells.push(oneLine(renderFlow(cell.content, depth + 1)).replace(/\|/g, '\\|'));
        const span = cell.attrs.colspan;
        const extra = typeof span === 'number' ? Math.min(Math.floor(span), MAX_COLSPAN) - 1 : 0;
        for (let i = 0; i < extra; i++)
            cells.push('');
    }
    return cells;
}
function renderPanel(node, depth) {
    const type = str(node.attrs.panelType);
    const name = /^[a-z]+$/i.test(type) ? type : 'info';
    const label = `**${name.charAt(0).toUpperCase()}${name.slice(1).toLowerCase()}:**`;
    const body = renderFlow(node.content, depth);
    // Inline the label only before a paragraph: "**Note:** - item" would break a list.
    const startsWithParagraph = nodes(node.content)[0]?.type === 'paragraph';
    return quote(body ? `${label}${startsWithParagraph ? ' ' : '\n\n'}${body}` : label);
}
function renderExpand(node, depth) {
    const title = oneLine(str(node.attrs.title));
    return [title && `**${title}**`, renderFlow(node.content, depth)].filter(Boolean).join('\n\n');
}
function renderHeading(node, depth) {
    const level = node.attrs.level;
    const hashes = typeof level === 'number' ? Math.min(Math.max(Math.floor(level), 1), 6) : 1;
    const text = oneLine(renderFlow(node.content, depth));
    return text && `${'#'.repeat(hashes)} ${text}`;
}
const flow = (node, depth) => renderFlow(node.content, depth);
const each = (types, render) => types.split(' ').map((type) => [type, render]);
const RENDERERS = new Map([
    ...each('doc paragraph tableHeader tableCell taskItem decisionItem', flow),
    ['text', renderText],
    ['hardBreak', () => '\n'],
    ['heading', renderHeading],
    ['bulletList', (node, depth) => renderList(node, depth, () => '- ')],
    ['orderedList', (node, depth) => renderList(node, depth, orderedMarker(node))],
    ['listItem', renderListItem],
    ['codeBlock', renderCodeBlock],
    ['blockquote', (node, depth) => quote(renderFlow(node.content, depth))],
    ['rule', () => '---'],
    ['table', renderTable],
    ['panel', renderPanel],
    ['mention', (node) => `@${str(node.attrs.text).replace(/^@/, '') || 'unknown'}`],
    ['emoji', (node) => str(node.attrs.text) || str(node.attrs.shortName)],
    ...each('inlineCard blockCard embedCard', (node) => str(node.attrs.url)),
    ['status', (node) => (str(node.attrs.text) ? `[${str(node.attrs.text)}]` : '')],
    ['date', (node) => isoDate(node.attrs.timestamp)],
    ...each('mediaSingle media mediaInline', () => ATTACHMENT),
    ['mediaGroup', (node) => new Array(nodes(node.content).length).fill(ATTACHMENT).join(' ')],
    ...each('expand nestedExpand', renderExpand),
    ['taskList', (node, depth) => renderList(node, depth, taskMarker)],
    ['decisionList', (node, depth) => renderList(node, depth, () => '- **Decision:** ')],
]);
function taskMarker(item) {
    return item.attrs.state === 'DONE' ? '- [x] ' : '- [ ] ';
}

;// CONCATENATED MODULE: ./src/jira/markdown-to-adf.ts
/** Converts the small Markdown subset we post as Jira comments into an ADF document. */
const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/;
const HEADING = /^ {0,3}(#{1,6})\s+(.*)$/;
const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;
// Sticky and bounded so scanning many `[` or backticks stays linear.
const LINK = /\[([^\]]{1,1000})\]\(\s*<?([^\s<>()]{1,2000})>?(?:\s+"[^"]*")?\s*\)/y;
const TICKS = /`+/y;
const ESCAPABLE = /[!-/:-@[-`{-~]/;
function markdownToAdf(markdown) {
    const lines = (typeof markdown === 'string' ? markdown : '').replace(/\r\n?/g, '\n').split('\n');
    return { type: 'doc', version: 1, content: parseBlocks(lines) };
}
function parseBlocks(lines) {
    const blocks = [];
    for (let i = nextNonBlank(lines, 0); i < lines.length;) {
        const parsed = parseFence(lines, i) ??
            parseHeading(lines, i) ??
            parseList(lines, i) ??
            parseParagraph(lines, i);
        blocks.push(...parsed.nodes);
        i = nextNonBlank(lines, parsed.next);
    }
    return blocks;
}
function startsBlock(line) {
    return FENCE.test(line) || HEADING.test(line) || LIST_ITEM.test(line);
}
function parseFence(lines, start) {
    const open = FENCE.exec(lines[start] ?? '');
    if (!open)
        return undefined;
    const fence = open[1] ?? '```';
    const isClose = (line) => {
        const trimmed = line.trim();
        return trimmed.length >= fence.length && trimmed === fence.charAt(0).repeat(trimmed.length);
    };
    let end = start + 1;
    while (end < lines.length && !isClose(lines[end] ?? ''))
        end++;
    const code = lines.slice(start + 1, end).join('\n');
    const language = open[2];
    const node = {
        type: 'codeBlock',
        ...(language ? { attrs: { language } } : {}),
        content: textNodes(code, []),
    };
    // An empty code block carries nothing worth posting.
    return { nodes: code.trim() ? [node] : [], next: end + 1 };
}
function parseHeading(lines, start) {
    const match = HEADING.exec(lines[start] ?? '');
    if (!match)
        return undefined;
    const content = parseInline((match[2] ?? '').trim());
    const level = match[1]?.length ?? 1;
    return {
        nodes: content.length ? [{ type: 'heading', attrs: { level }, content }] : [],
        next: start + 1,
    };
}
function parseParagraph(lines, start) {
    const content = [];
    let i = start;
    for (; i < lines.length; i++) {
        const line = lines[i] ?? '';
        if (!line.trim() || (i > start && startsBlock(line)))
            break;
        appendLine(content, line);
    }
    return { nodes: content.length ? [{ type: 'paragraph', content }] : [], next: i };
}
/** Appends one source line to inline content; lines within a block are joined by hardBreak. */
function appendLine(content, line) {
    const inline = parseInline(line.trim());
    if (inline.length === 0)
        return;
    if (content.length > 0)
        content.push({ type: 'hardBreak' });
    content.push(...inline);
}
const isOrdered = (marker) => /\d/.test(marker);
const indentOf = (line) => /^\s*/.exec(line)?.[0].length ?? 0;
function nextNonBlank(lines, from) {
    let i = from;
    while (i < lines.length && !lines[i]?.trim())
        i++;
    return i;
}
function parseList(lines, start) {
    const first = LIST_ITEM.exec(lines[start] ?? '');
    if (!first)
        return undefined;
    const indent = first[1]?.length ?? 0;
    const ordered = isOrdered(first[2] ?? '');
    const items = [];
    const orphans = [];
    let i = start;
    while (i < lines.length) {
        const match = LIST_ITEM.exec(lines[i] ?? '');
        if (!match || match[1]?.length !== indent || isOrdered(match[2] ?? '') !== ordered)
            break;
        const item = parseListItem(lines, i, indent);
        // ADF requires an item to start with a paragraph; nested lists of an empty item move up.
        if (item.nodes[0]?.type === 'paragraph')
            items.push({ type: 'listItem', content: item.nodes });
        else if (items.at(-1))
            items.at(-1)?.content?.push(...item.nodes);
        else
            orphans.push(...item.nodes);
        i = item.next;
        const after = nextNonBlank(lines, i);
        if (after > i && LIST_ITEM.exec(lines[after] ?? '')?.[1]?.length === indent)
            i = after;
    }
    const order = Number.parseInt(first[2] ?? '1', 10);
    const attrs = ordered && order !== 1 ? { attrs: { order } } : {};
    const list = { type: ordered ? 'orderedList' : 'bulletList', ...attrs, content: items };
    return { nodes: items.length ? [list, ...orphans] : orphans, next: i };
}
/** Parses one item: its paragraphs (indented lines) and nested lists. */
function parseListItem(lines, start, indent) {
    const blocks = [];
    let paragraph = [];
    const flush = () => {
        if (paragraph.length)
            blocks.push({ type: 'paragraph', content: paragraph });
        paragraph = [];
    };
    appendLine(paragraph, LIST_ITEM.exec(lines[start] ?? '')?.[3] ?? '');
    let i = start + 1;
    while (i < lines.length) {
        const after = nextNonBlank(lines, i);
        const line = lines[after] ?? '';
        if (after >= lines.length || indentOf(line) <= indent)
            break;
        const list = LIST_ITEM.test(line) ? parseList(lines, after) : undefined;
        if (list || after > i)
            flush();
        if (list)
            blocks.push(...list.nodes);
        else
            appendLine(paragraph, line);
        i = list ? list.next : after + 1;
    }
    flush();
    return { nodes: blocks, next: i };
}
function textNodes(text, marks) {
    if (!text)
        return [];
    return [{ type: 'text', text, ...(marks.length ? { marks: [...marks] } : {}) }];
}
function withMark(marks, mark) {
    return marks.some((m) => m.type === mark.type) ? marks : [...marks, mark];
}
function parseInline(text, marks = []) {
    const out = [];
    let plain = '';
    let i = 0;
    while (i < text.length) {
        const char = text.charAt(i);
        if (char === '\\' && ESCAPABLE.test(text.charAt(i + 1))) {
            plain += text.charAt(i + 1);
            i += 2;
            continue;
        }
        const match = matchInline(text, i, marks);
        if (match) {
            out.push(...textNodes(plain, marks), ...match.nodes);
            plain = '';
            i = match.next;
            continue;
        }
        // An unmatched backtick run stays literal as a whole.
        const literal = char === '`' ? tickRun(text, i) : char;
        plain += literal;
        i += literal.length;
    }
    return [...out, ...textNodes(plain, marks)];
}
function matchInline(text, at, marks) {
    switch (text.charAt(at)) {
        case '`':
            return matchCode(text, at, marks);
        case '[':
            return matchLink(text, at, marks);
        case '*':
            return matchDelimited(text, at, marks, '**') ?? matchDelimited(text, at, marks, '*');
        case '_':
            return matchDelimited(text, at, marks, '_');
        default:
            return undefined;
    }
}
function tickRun(text, at) {
    TICKS.lastIndex = at;
    return TICKS.exec(text)?.[0] ?? '`';
}
function matchCode(text, at, marks) {
    const open = tickRun(text, at);
    const runs = /`+/g;
    runs.lastIndex = at + open.length;
    for (let run = runs.exec(text); run; run = runs.exec(text)) {
        if (run[0].length !== open.length)
            continue;
        let code = text.slice(at + open.length, run.index);
        if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim()) {
            code = code.slice(1, -1);
        }
        // ADF only lets `code` combine with `link`.
        const codeMarks = [...marks.filter((m) => m.type === 'link'), { type: 'code' }];
        return { nodes: textNodes(code, codeMarks), next: run.index + open.length };
    }
    return undefined;
}
function matchLink(text, at, marks) {
    LINK.lastIndex = at;
    const match = LINK.exec(text);
    if (!match)
        return undefined;
    const [source, label = '', href = ''] = match;
    const linkMarks = /^https?:\/\//i.test(href)
        ? withMark(marks, { type: 'link', attrs: { href } })
        : marks;
    return { nodes: parseInline(label, linkMarks), next: at + source.length };
}
function matchDelimited(text, at, marks, delim) {
    const from = at + delim.length;
    const single = delim.length === 1;
    const char = delim.charAt(0);
    const mark = { type: delim === '**' ? 'strong' : 'em' };
    if (!text.startsWith(delim, at) || /^\s|^$/.test(text.charAt(from)))
        return undefined;
    if (single && text.charAt(from) === char)
        return undefined;
    // snake_case_words are not emphasis.
    if (char === '_' && /\w/.test(text.charAt(at - 1)))
        return undefined;
    for (let close = text.indexOf(delim, from + 1); close >= 0; close = text.indexOf(delim, close + 1)) {
        const before = text.charAt(close - 1);
        const after = text.charAt(close + delim.length);
        if (/\s/.test(before) || (single && (before === char || after === char)))
            continue;
        if (char === '_' && /\w/.test(after))
            continue;
        const inner = parseInline(text.slice(from, close), withMark(marks, mark));
        return { nodes: inner, next: close + delim.length };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/jira/jira-tracker.ts



class TrackerError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TrackerError';
    }
}
/** Jira Cloud (REST v3, ADF) through jira.js. Every text it posts is redacted. */
class JiraTracker {
    options;
    redactor;
    budget;
    connection;
    constructor(options, redactor, budget = new NotifyBudget(10)) {
        this.options = options;
        this.redactor = redactor;
        this.budget = budget;
    }
    browseUrl(key) {
        return `${this.options.baseUrl.replace(/\/+$/, '')}/browse/${key}`;
    }
    async getTicket(key) {
        const field = this.options.acceptanceCriteriaField;
        const issue = await this.call(`read ${key}`, key, (client) => client.issues.getIssue({
            issueIdOrKey: key,
            fields: [
                'summary',
                'description',
                'priority',
                'labels',
                'status',
                ...(field ? [field] : []),
            ],
        }));
        const fields = (issue.fields ?? {});
        const criteria = field ? fields[field] : undefined;
        const priority = nameOf(fields.priority);
        const status = nameOf(fields.status);
        return {
            key: issue.key ?? key,
            url: this.browseUrl(key),
            summary: typeof fields.summary === 'string' ? fields.summary : '',
            description: adfToMarkdown(fields.description),
            ...(criteria !== undefined && criteria !== null
                ? { acceptanceCriteria: adfToMarkdown(criteria) }
                : {}),
            ...(priority ? { priority } : {}),
            ...(status ? { status } : {}),
            labels: Array.isArray(fields.labels)
                ? fields.labels.filter((l) => typeof l === 'string')
                : [],
        };
    }
    async comment(key, markdown) {
        await this.call(`comment on ${key}`, key, (client) => client.issueComments.addComment({
            issueIdOrKey: key,
            body: markdownToAdf(this.redactor.redact(markdown)),
        }));
    }
    async transition(key, statusName) {
        const wanted = statusName.trim().toLowerCase();
        const { transitions = [] } = await this.call(`list transitions of ${key}`, key, (client) => client.issues.getTransitions({ issueIdOrKey: key }));
        const match = transitions.find((t) => t.to?.name?.toLowerCase() === wanted || t.name?.toLowerCase() === wanted);
        if (!match?.id)
            return false;
        await this.call(`move ${key} to ${statusName}`, key, (client) => client.issues.doTransition({ issueIdOrKey: key, transition: { id: match.id } }));
        return true;
    }
    async linkPullRequest(key, pull) {
        // globalId makes the link idempotent: a second run updates it.
        await this.call(`link the pull request to ${key}`, key, (client) => client.issueRemoteLinks.createOrUpdateRemoteIssueLink({
            issueIdOrKey: key,
            globalId: pull.url,
            application: { type: 'com.github', name: 'GitHub' },
            relationship: 'implemented in',
            object: { url: pull.url, title: this.redactor.redact(pull.title) },
        }));
    }
    // jira.js builds a schema per endpoint when loaded (a third of a second):
    // load it only for runs that talk to Jira.
    connect() {
        this.connection ??= __webpack_require__.e(/* import() */ 590).then(__webpack_require__.bind(__webpack_require__, 8590)).then((sdk) => ({
            sdk,
            client: sdk.createCloudClient({
                host: this.options.baseUrl,
                auth: { type: 'basic', email: this.options.email, apiToken: this.options.apiToken },
                // One attempt per call: retries and waits belong to the run's notification budget.
                retry: { maxAttempts: 1 },
                onSchemaMismatch: 'silent',
            }),
        }));
        return this.connection;
    }
    async call(action, key, request) {
        const { sdk, client } = await this.connect();
        try {
            return await this.budget.call('Jira', () => request(client), (error) => advise(error, sdk));
        }
        catch (error) {
            throw new TrackerError(`could not ${action}: ${describe(error, key, sdk)}`);
        }
    }
}
function advise(error, sdk) {
    if (sdk.isRateLimitError(error)) {
        const waitMs = error.retryAfterMs;
        return { retry: true, ...(waitMs !== undefined ? { waitMs } : {}) };
    }
    return { retry: sdk.isServerError(error) || (sdk.isNetworkError(error) && error.transient) };
}
function describe(error, key, sdk) {
    if (error instanceof TrackerError || error instanceof NotifyBudgetError)
        return error.message;
    if (sdk.isNotFoundError(error))
        return `Jira has no ticket ${key}, or this account cannot see it`;
    if (sdk.isAuthError(error))
        return 'Jira rejected the credentials (check jira-email and jira-api-token)';
    if (sdk.isForbiddenError(error))
        return 'the Jira account lacks permission';
    if (sdk.isRateLimitError(error))
        return "Jira's rate limit was hit";
    if (sdk.isNetworkError(error))
        return 'Jira is unreachable';
    return error instanceof Error ? error.message : String(error);
}
function nameOf(value) {
    if (typeof value === 'object' && value !== null && 'name' in value) {
        const name = value.name;
        return typeof name === 'string' ? name : undefined;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/model/bounded-call.ts

class ModelError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ModelError';
    }
}
/**
 * One deadline over the whole model call. The SDK's own retries are off
 * (each of them would get a fresh timeout); ours only run while the
 * deadline allows, and an attempt in flight is aborted when it comes.
 */
async function boundedCall(sdk, options, attempt) {
    const deadline = Date.now() + options.timeoutMs;
    const signal = AbortSignal.timeout(options.timeoutMs);
    const timedOut = () => new ModelError(`the model endpoint ${options.endpoint} did not answer within ${options.timeoutMs / 1000}s ` +
        '(model-timeout-seconds, retries included)');
    for (let tries = 0;; tries += 1) {
        try {
            return await attempt({ signal, timeout: Math.max(1, deadline - Date.now()), maxRetries: 0 });
        }
        catch (error) {
            if (signal.aborted || error instanceof sdk.APIConnectionTimeoutError)
                throw timedOut();
            const failed = new ModelError(`the model endpoint ${options.endpoint} failed: ${bounded_call_describe(error, sdk)}`);
            if (tries >= options.retries || !retryable(error, sdk))
                throw failed;
            const wait = waitBefore(error, sdk, tries);
            // A retry that cannot finish in time only hides what the endpoint said.
            if (Date.now() + wait >= deadline)
                throw failed;
            await (0,promises_.setTimeout)(wait);
        }
    }
}
function retryable(error, sdk) {
    if (error instanceof sdk.APIConnectionError)
        return true;
    const status = error instanceof sdk.APIError ? numberOr(error.status) : undefined;
    if (status === undefined)
        return false;
    return [408, 409, 429].includes(status) || status >= 500;
}
function waitBefore(error, sdk, tries) {
    const backoff = 500 * 2 ** tries;
    const headers = error instanceof sdk.APIError ? error.headers : undefined;
    const header = headers instanceof Headers ? headers.get('retry-after') : null;
    const asked = header && /^\d+(\.\d+)?$/.test(header.trim()) ? Number(header) * 1000 : 0;
    return Math.max(backoff, asked);
}
function numberOr(value) {
    return typeof value === 'number' ? value : undefined;
}
function bounded_call_describe(error, sdk) {
    if (error instanceof sdk.APIError) {
        // The SDK's message usually starts with the status already.
        const status = String(numberOr(error.status) ?? 'no status');
        return error.message.startsWith(status) ? error.message : `${status} ${error.message}`;
    }
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./src/model/usage.ts
var usage = __webpack_require__(9710);
;// CONCATENATED MODULE: ./src/core/public-url.ts
/** A URL as it may be shown: no user name, password, query or fragment (they can hold keys). */
function publicUrl(url) {
    try {
        const parsed = new URL(url);
        parsed.username = '';
        parsed.password = '';
        parsed.search = '';
        parsed.hash = '';
        return parsed.toString().replace(/\/$/, '');
    }
    catch {
        return '(an invalid URL)';
    }
}

;// CONCATENATED MODULE: ./src/model/openai-model.ts




/** Any OpenAI-compatible Chat Completions endpoint: OpenAI, Azure, Ollama, vLLM, OpenRouter. */
class OpenAiModel {
    options;
    client;
    name;
    constructor(options) {
        this.options = options;
        this.name = options.model;
    }
    async complete(messages) {
        const response = await this.create({ model: this.name, messages });
        const content = response.choices?.[0]?.message?.content;
        if (typeof content !== 'string' || content.trim() === '') {
            throw new ModelError('the model returned no text');
        }
        return { content, usage: (0,usage/* usageFrom */.m)(response.usage, messages, content) };
    }
    async chat(messages, tools) {
        const response = await this.create({
            model: this.name,
            messages: messages.map(toOpenAi),
            tools: tools.map((t) => ({
                type: 'function',
                function: { name: t.name, description: t.description, parameters: t.parameters },
            })),
        });
        const message = response.choices?.[0]?.message;
        if (!message)
            throw new ModelError('the model returned no message');
        const toolCalls = [];
        for (const call of message.tool_calls ?? []) {
            if (call.type === 'function') {
                toolCalls.push({
                    id: call.id,
                    name: call.function.name,
                    arguments: call.function.arguments,
                });
            }
        }
        return {
            content: typeof message.content === 'string' ? message.content : null,
            toolCalls,
            usage: (0,usage/* usageFrom */.m)(response.usage, messages, `${message.content ?? ''}${JSON.stringify(toolCalls)}`),
        };
    }
    async create(body) {
        const { client, sdk } = await (this.client ??= this.connect());
        const options = {
            timeoutMs: this.options.timeoutMs,
            retries: this.options.maxRetries ?? 2,
            endpoint: publicUrl(this.options.baseUrl),
        };
        return boundedCall(sdk, options, (request) => client.chat.completions.create(body, request));
    }
    // Loaded on first use: runs that stop before planning start faster.
    async connect() {
        const { default: sdk } = await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.bind(__webpack_require__, 8193));
        // The base URL and key are always explicit: the client would otherwise
        // read OPENAI_BASE_URL / OPENAI_API_KEY from the environment.
        const client = new sdk({
            apiKey: this.options.apiKey || 'not-needed',
            baseURL: this.options.baseUrl,
            // boundedCall owns timeouts and retries, under one deadline for the whole call.
            timeout: this.options.timeoutMs,
            maxRetries: 0,
        });
        return { client, sdk };
    }
}
function toOpenAi(message) {
    if (message.role === 'tool') {
        return { role: 'tool', tool_call_id: message.toolCallId, content: message.content };
    }
    if (message.role === 'assistant' && 'toolCalls' in message) {
        return {
            role: 'assistant',
            content: message.content,
            ...(message.toolCalls.length
                ? {
                    tool_calls: message.toolCalls.map((c) => ({
                        id: c.id,
                        type: 'function',
                        function: { name: c.name, arguments: c.arguments },
                    })),
                }
                : {}),
        };
    }
    return { role: message.role, content: message.content };
}

;// CONCATENATED MODULE: ./src/repo/checkout-files.ts
/**
 * RepoFiles from the run's git checkout, through the hardened Git adapter:
 * files are read from HEAD, the search runs over the tracked files as
 * checked out (the same on a clean checkout), and branches are looked up on
 * origin.
 */
class CheckoutFiles {
    git;
    constructor(git) {
        this.git = git;
    }
    list() {
        return this.git.trackedFiles();
    }
    read(path) {
        return this.git.readBlob('HEAD', path);
    }
    readMany(paths, maxChars) {
        return this.git.readBlobs('HEAD', paths, maxChars);
    }
    async search(terms) {
        return [...(await this.git.grepTerms(terms))].map(([path, hits]) => ({ path, hits }));
    }
    async readOnBranch(branch, path) {
        const tip = await this.git.remoteBranch(branch);
        return tip ? this.git.readBlob(tip, path) : undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/@slack/web-api/dist/index.js
var dist = __webpack_require__(5105);
;// CONCATENATED MODULE: ./src/slack/messages.ts
/** Block Kit for a stage message, built as pure data so it can be checked without Slack. */
function slackPayload(message) {
    const { ticket } = message;
    const refs = [
        ticket.jiraKey
            ? ticket.jiraUrl
                ? messages_link(ticket.jiraUrl, ticket.jiraKey)
                : messages_escape(ticket.jiraKey)
            : undefined,
        ticket.issue ? messages_link(ticket.issue.url, `#${ticket.issue.number}`) : undefined,
    ];
    const links = message.links.map((l) => messages_link(l.url, l.label));
    const blocks = [
        {
            type: 'section',
            text: mrkdwn(`*${messages_escape(message.stage)}*: ${messages_escape(message.title)}`),
        },
        { type: 'section', text: mrkdwn(messages_escape(message.detail)) },
    ];
    const parts = [...refs, ...links].filter((part) => part !== undefined);
    if (parts.length) {
        blocks.push({ type: 'context', elements: [mrkdwn(parts.join(' · '))] });
    }
    return { text: messages_escape(`${message.stage}: ${message.title}`), blocks };
}
// verbatim: Slack does not turn bare URLs, channel names or @names in the text
// into links or mentions; only the links built here are links.
function mrkdwn(text) {
    return { type: 'mrkdwn', text, verbatim: true };
}
/** A link when the URL is a plain http(s) address; else its label alone. */
function messages_link(url, label) {
    return /^https?:\/\/[^\s<>|]+$/.test(url) ? `<${url}|${messages_escape(label)}>` : messages_escape(label);
}
// Slack mrkdwn control characters; untrusted titles must not form links or mentions.
function messages_escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./src/slack/slack-chat.ts



/** Slack through @slack/web-api: stage messages as Block Kit, every text and block redacted. */
class SlackChat {
    options;
    redactor;
    budget;
    client;
    constructor(options, redactor, budget = new NotifyBudget(10)) {
        this.options = options;
        this.redactor = redactor;
        this.budget = budget;
        // The client's own retries and rate-limit waits are unbounded over a run:
        // off here, and done by the run's notification budget instead.
        this.client = new dist.WebClient(options.token, {
            slackApiUrl: options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`,
            timeout: Math.min(options.timeoutMs ?? 15_000, budget.totalSeconds * 1000 || 1),
            retryConfig: { retries: 0 },
            rejectRateLimitedCalls: true,
        });
    }
    async post(message) {
        // Redacted before escaping, so a secret holding &, < or > is still found;
        // and once more as sent, whatever the building added.
        const r = (text) => this.redactor.redact(text);
        const payload = slackPayload({
            ...message,
            stage: r(message.stage),
            title: r(message.title),
            detail: r(message.detail),
            links: message.links.map((l) => ({ url: r(l.url), label: r(l.label) })),
        });
        const blocks = JSON.parse(r(JSON.stringify(payload.blocks)));
        const result = await this.budget.call('Slack', () => this.client.chat.postMessage({
            // Always the configured channel: the thread comes from a PR body that
            // people can edit, and must not steer posts to another channel.
            channel: this.options.channel,
            text: r(payload.text),
            blocks,
            parse: 'none',
            link_names: false,
            ...(message.thread ? { thread_ts: message.thread.ts } : {}),
            unfurl_links: false,
        }), adviseOnSlack);
        if (!result.ts)
            throw new Error('Slack accepted the message but returned no timestamp');
        return { channel: result.channel ?? this.options.channel, ts: result.ts };
    }
}
function adviseOnSlack(error) {
    if (typeof error !== 'object' || error === null || !('code' in error))
        return { retry: false };
    if (error.code === dist.ErrorCode.RateLimitedError && 'retryAfter' in error) {
        const seconds = Number(error.retryAfter);
        return { retry: true, ...(Number.isFinite(seconds) ? { waitMs: seconds * 1000 } : {}) };
    }
    if (error.code === dist.ErrorCode.RequestError)
        return { retry: true };
    const status = 'statusCode' in error ? Number(error.statusCode) : 0;
    return { retry: error.code === dist.ErrorCode.HTTPError && status >= 500 };
}

// EXTERNAL MODULE: ./src/tickets/pull-body-store.ts + 5 modules
var pull_body_store = __webpack_require__(8228);
;// CONCATENATED MODULE: ./src/qa/clean-env.ts
/**
 * The environment QA commands get: an allowlist of what toolchains need,
 * minus anything that looks like a credential, whatever the allowlist says.
 * No GitHub token, model key, Slack or Jira token, Actions runtime or OIDC
 * variables, and no INPUT_* ever reach them.
 */
const ALLOWED = [
    /^PATH$/,
    /^HOME$/,
    /^USER$/,
    /^LOGNAME$/,
    /^SHELL$/,
    /^LANG$/,
    /^LC_[A-Z]+$/,
    /^TZ$/,
    /^TERM$/,
    /^TMPDIR$/,
    /^TEMP$/,
    /^TMP$/,
    /^CI$/,
    /^RUNNER_(OS|ARCH|TEMP|TOOL_CACHE)$/,
    /^JAVA_HOME(_\w+)?$/,
    /^GO(ROOT|PATH|CACHE|MODCACHE|FLAGS)$/,
    /^CARGO_HOME$/,
    /^RUSTUP_HOME$/,
    /^DOTNET_ROOT$/,
    /^ANDROID_(HOME|SDK_ROOT)$/,
    /^PYENV_ROOT$/,
    /^PIPX_HOME$/,
    /^NVM_DIR$/,
];
const NEVER = [
    /^INPUT_/i,
    /^ACTIONS_/i,
    /^GITHUB_TOKEN$/i,
    /^GH_TOKEN$/i,
    /TOKEN/i,
    /SECRET/i,
    /PASSWORD/i,
    /PASSWD/i,
    /(^|_)KEY($|_)/i,
    /API_?KEY/i,
    /CREDENTIAL/i,
    /^OPENAI_/i,
    /^SLACK_/i,
    /^JIRA_/i,
    /^AWS_/i,
    /^AZURE_/i,
    /^GOOGLE_/i,
    /^NPM_CONFIG__?AUTH/i,
    /^NODE_AUTH/i,
];
function cleanEnv(parent, passthrough = []) {
    const env = {};
    for (const [name, value] of Object.entries(parent)) {
        if (value === undefined)
            continue;
        const allowed = ALLOWED.some((p) => p.test(name)) || passthrough.includes(name);
        if (allowed && !NEVER.some((p) => p.test(name)))
            env[name] = value;
    }
    // As on a CI runner, and nothing more: suites test their own colour variables
    // (NO_COLOR, FORCE_COLOR), so colour codes are taken out of the output instead.
    env.CI = 'true';
    return env;
}

// EXTERNAL MODULE: ./src/sandbox/step-files.ts
var step_files = __webpack_require__(5739);
;// CONCATENATED MODULE: ./src/wiring/build-deps.ts














const BOT_IDENTITY = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/** Builds the adapters for one run from validated config. Reads no global state. */
function buildDeps(config, env) {
    const { repo, workspace, log } = env;
    // Fixed now, before the agent or any QA command has run.
    const programs = (0,process_programs/* resolvePrograms */.KZ)(env.processEnv.PATH, workspace);
    const redactor = new redact/* Redactor */.p(schema/* SECRET_INPUTS */.pH.map((key) => config[key]));
    const token = config['github-token'];
    const host = token
        ? new GitHubCodeHost((0,client.createGitHubClient)({
            token,
            baseUrl: env.apiUrl,
            log,
            maxRateLimitWaitSeconds: config['rate-limit-wait-seconds'],
            ...(env.githubRetries !== undefined ? { retries: env.githubRetries } : {}),
            ...(env.githubPacing === false ? { pacing: false } : {}),
        }), repo, redactor)
        : unavailableHost('GitHub is not configured: give a token (github-token, or GITHUB_TOKEN for the CLI)');
    const git = new Git({
        cwd: workspace,
        program: programs.git,
        token: config['github-token'],
        serverUrl: env.serverUrl,
        identity: BOT_IDENTITY,
    });
    const policy = policyOf(config, env.processEnv);
    return {
        host,
        tickets: new pull_body_store/* PullBodyTicketStore */.Z(host, policy, redactor),
        files: new CheckoutFiles(git),
        git,
        model: new OpenAiModel({
            apiKey: config['openai-api-key'],
            baseUrl: config['openai-base-url'],
            model: config.model,
            timeoutMs: config['model-timeout-seconds'] * 1000,
        }),
        ...notifiersOf(config, redactor),
        redactor,
        log,
        clock: env.clock ?? { now: () => new Date() },
        policy,
        workspace,
        machine: {
            programs,
            env: Object.fromEntries(['HOME', 'TMPDIR', 'RUNNER_TEMP', 'SSH_AUTH_SOCK', ...step_files/* STEP_FILES */.D].map((name) => [
                name,
                env.processEnv[name],
            ])),
        },
    };
}
/**
 * Jira and Slack for a run, where configured. They share one budget: together
 * they never hold the run up longer.
 */
function notifiersOf(config, redactor) {
    const notifyBudget = new NotifyBudget(config['notify-budget-seconds']);
    const tracker = config['jira-base-url'] && config['jira-email'] && config['jira-api-token']
        ? new JiraTracker({
            baseUrl: config['jira-base-url'],
            email: config['jira-email'],
            apiToken: config['jira-api-token'],
            acceptanceCriteriaField: config['jira-acceptance-criteria-field'],
        }, redactor, notifyBudget)
        : undefined;
    const chat = config['slack-token'] && config['slack-channel']
        ? new SlackChat({
            token: config['slack-token'],
            channel: config['slack-channel'],
            apiUrl: config['slack-api-url'],
        }, redactor, notifyBudget)
        : undefined;
    return { ...(tracker ? { tracker } : {}), ...(chat ? { chat } : {}) };
}
function policyOf(config, processEnv) {
    return {
        triggerLabel: config['trigger-label'],
        specPathTemplate: config['spec-path'],
        branchPrefix: config['branch-prefix'],
        specAuthors: config['spec-authors'],
        maxScopeFiles: config['max-scope-files'],
        deniedPaths: config['denied-paths'],
        contextTokens: config['context-tokens'],
        specAttempts: config['spec-attempts'],
        jiraProjectKeys: config['jira-project-keys'],
        ...(config['jira-status-spec-review']
            ? { jiraStatusSpecReview: config['jira-status-spec-review'] }
            : {}),
        ...(config['jira-status-in-review']
            ? { jiraStatusInReview: config['jira-status-in-review'] }
            : {}),
        ...(config['jira-status-done'] ? { jiraStatusDone: config['jira-status-done'] } : {}),
        gates: gatesOf(config),
        qaTimeoutMs: config['qa-timeout-seconds'] * 1000,
        qaEnv: cleanEnv(processEnv, config['qa-env-passthrough']),
        qaIsolation: config['qa-isolation'],
        commitConvention: config['commit-convention'],
        qaHome: config['qa-home'],
        qaNetwork: config['qa-network'],
        repairRounds: config['repair-rounds'],
        reviewer: config.reviewer,
        reviewers: config.reviewers,
        limits: {
            turns: config['max-turns'],
            tokens: config['max-tokens'],
            costUsd: config['max-cost-usd'],
            wallMs: config['max-minutes'] * 60_000,
        },
        prices: config['model-prices'],
        draftOnFailure: config['draft-on-failure'],
        specTimeoutHours: config['spec-timeout-hours'],
        prTimeoutHours: config['pr-timeout-hours'],
        closeOnTimeout: config['close-on-timeout'],
    };
}
function gatesOf(config) {
    const gates = [];
    if (config['test-command'])
        gates.push({ name: 'test', command: config['test-command'] });
    if (config['lint-command'])
        gates.push({ name: 'lint', command: config['lint-command'] });
    if (config['build-command'])
        gates.push({ name: 'build', command: config['build-command'] });
    return gates;
}
/** A CodeHost for runs that have no GitHub: any use says what is missing. */
function unavailableHost(reason) {
    return unavailable(reason);
}
/** A port whose every method fails with the reason it is not available here. */
function unavailable(reason) {
    return new Proxy({}, {
        get: () => () => Promise.reject(new Error(reason)),
    });
}


/***/ })

};
