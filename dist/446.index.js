export const id = 446;
export const ids = [446,36,439];
export const modules = {

/***/ 1036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONFIG_FILE: () => (/* binding */ CONFIG_FILE),
/* harmony export */   ConfigError: () => (/* binding */ ConfigError),
/* harmony export */   loadConfig: () => (/* binding */ loadConfig)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(131);


const CONFIG_FILE = '.github/specgate.yml';
class ConfigError extends Error {
    problems;
    constructor(problems) {
        super(`Invalid specgate configuration:\n${problems.map((p) => `- ${p}`).join('\n')}`);
        this.problems = problems;
        this.name = 'ConfigError';
    }
}
/**
 * Merges the repo's policy file with the action inputs (an input that is set
 * wins) and validates both with the one schema. Every problem is reported at
 * once, naming the key, where it came from and what is allowed. A value of
 * the file that an input overrides does not count: if it is invalid, `warn`
 * is told, and the run goes on with the input.
 */
function loadConfig(inputs, fileText, warn = () => undefined) {
    const problems = [];
    const fromInputs = Object.fromEntries(Object.entries(inputs).filter((entry) => (entry[1] ?? '').trim() !== ''));
    for (const key of Object.keys(fromInputs)) {
        if (!_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ALL_KEYS */ .nX.includes(key))
            problems.push(`input "${key}" is not a specgate input; known inputs: ${_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ALL_KEYS */ .nX.join(', ')}`);
    }
    const file = parsePolicyFile(fileText);
    problems.push(...file.problems);
    for (const key of _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .OPERATOR_KEYS */ .yX) {
        if (!(key in file.values))
            continue;
        // Where the operator's credentials go is never the repository's to say.
        warn(`"${key}" in ${CONFIG_FILE} is ignored: it decides where the operator's credentials go, ` +
            "so only the operator sets it (the workflow's inputs, the app's or the command line's environment)");
        delete file.values[key];
        file.invalid.delete(key);
    }
    for (const [key, messages] of file.invalid) {
        if (key in fromInputs)
            for (const message of messages)
                warn(`${message} (ignored: the action input "${key}" is set and wins)`);
        else
            problems.push(...messages);
    }
    // Unknown and invalid values are reported above (or overridden): only the others are merged.
    const merged = {
        ...Object.fromEntries(Object.entries(file.values).filter(([key]) => !file.invalid.has(key))),
        ...Object.fromEntries(Object.entries(fromInputs).filter(([key]) => _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ALL_KEYS */ .nX.includes(key))),
    };
    const parsed = _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .configSchema */ .Qn.safeParse(merged);
    if (!parsed.success) {
        problems.push(...parsed.error.issues.map((issue) => describe(issue, (key) => (key in file.values && !(key in fromInputs) ? CONFIG_FILE : 'action input'), merged)));
    }
    if (!parsed.success || problems.length)
        throw new ConfigError(problems);
    return parsed.data;
}
function parsePolicyFile(text) {
    const result = { values: {}, problems: [], invalid: new Map() };
    if (text === undefined || text.trim() === '')
        return result;
    let data;
    try {
        data = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        result.problems.push(`${CONFIG_FILE} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
        return result;
    }
    if (data === null || data === undefined)
        return result;
    if (typeof data !== 'object' || Array.isArray(data)) {
        result.problems.push(`${CONFIG_FILE} must be a mapping of keys to values`);
        return result;
    }
    const record = data;
    for (const key of Object.keys(record)) {
        if (_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_ONLY_KEYS */ .ZH.includes(key)) {
            result.problems.push(`"${key}" in ${CONFIG_FILE}: secrets and per-run values belong in the workflow's action inputs, not in the repository`);
        }
    }
    result.values = Object.fromEntries(Object.entries(record).filter(([k]) => !_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_ONLY_KEYS */ .ZH.includes(k)));
    const parsed = _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .policyFileSchema */ .Yo.safeParse(result.values);
    if (!parsed.success) {
        for (const issue of parsed.error.issues) {
            const keys = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '(root)')];
            const message = describe(issue, () => CONFIG_FILE, result.values);
            // An unknown key is a problem whatever the inputs say.
            if (issue.code === 'unrecognized_keys')
                result.problems.push(message);
            for (const key of keys) {
                if (issue.code === 'unrecognized_keys')
                    result.invalid.set(key, []);
                else
                    result.invalid.set(key, [...(result.invalid.get(key) ?? []), message]);
            }
        }
    }
    return result;
}
function describe(issue, sourceOf, given) {
    if (issue.code === 'unrecognized_keys') {
        return issue.keys
            .map((key) => `unknown key "${key}" in ${sourceOf(key)}; allowed keys: ${_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_KEYS */ .cN.join(', ')}`)
            .join('\n- ');
    }
    const key = String(issue.path[0] ?? '(root)');
    const where = issue.path.length > 1 ? `${key}[${issue.path.slice(1).join('.')}]` : key;
    const message = issue.code === 'invalid_type' && !(key in given) ? 'is required' : issue.message;
    return `"${where}" (${sourceOf(key)}): ${message}`;
}


/***/ }),

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

/***/ 9820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ findJiraKey)
/* harmony export */ });
/* unused harmony export isJiraKey */
const KEY = /\b([A-Z][A-Z0-9_]{1,9})-([1-9][0-9]{0,9})\b/g;
const EXACT_KEY = /^[A-Z][A-Z0-9_]{1,9}-[1-9][0-9]{0,9}$/;
// Shapes that look like Jira keys but are standards or encodings.
const NOT_PROJECTS = new Set([
    'UTF',
    'SHA',
    'ISO',
    'RFC',
    'CVE',
    'HTTP',
    'TLS',
    'ES',
    'MD',
    'CWE',
    'PEP',
    'GPT',
    'AES',
    'RSA',
    'SSL',
    'IEEE',
]);
function isJiraKey(value) {
    return EXACT_KEY.test(value);
}
/**
 * The first Jira key found in the given texts, in order of preference.
 * When `projects` is non-empty only keys of those projects count.
 */
function findJiraKey(texts, projects = []) {
    const allowed = new Set(projects.map((p) => p.toUpperCase()));
    for (const text of texts) {
        if (!text)
            continue;
        for (const match of text.matchAll(KEY)) {
            const project = match[1] ?? '';
            if (allowed.size > 0 ? allowed.has(project) : !NOT_PROJECTS.has(project))
                return match[0];
        }
    }
    return undefined;
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

/***/ 4439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EventError: () => (/* binding */ EventError),
  commandFromGitHub: () => (/* binding */ commandFromGitHub)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(1036);
// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 53 modules
var lib = __webpack_require__(3825);
;// CONCATENATED MODULE: ./src/core/open-html.ts
// Elements that never hold content, so they never leave anything open.
const VOID = new Set([
    'area',
    'base',
    'br',
    'col',
    'embed',
    'hr',
    'img',
    'input',
    'link',
    'meta',
    'param',
    'source',
    'track',
    'wbr',
]);
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^>]*?)?(\/?)>/g;
/**
 * Which raw HTML elements a comment has opened and not closed yet. Markdown
 * between `<details>` and `</details>` (or `<pre>`, `<div hidden>`...) is
 * parsed as ordinary blocks, but a reader may never see it; while anything is
 * open, nothing counts as plainly visible.
 */
class OpenHtmlElements {
    open = new Map();
    read(html) {
        for (const [, closing, rawName, selfClosing] of html.matchAll(TAG)) {
            const name = (rawName ?? '').toLowerCase();
            if (VOID.has(name) || selfClosing)
                continue;
            const count = this.open.get(name) ?? 0;
            this.open.set(name, closing ? Math.max(0, count - 1) : count + 1);
        }
    }
    any() {
        return [...this.open.values()].some((count) => count > 0);
    }
}

;// CONCATENATED MODULE: ./src/core/comment-command.ts


const COMMAND = /^\/(approve|revise|reject)(?:[ \t]+(.*))?$/;
/**
 * The command a comment gives, if any. What a command is follows what GitHub
 * shows, so the comment is parsed as CommonMark: only a paragraph at the top
 * level of the comment, outside any raw HTML element (`<details>`, `<pre>`...),
 * whose first line starts at the left margin with the command, counts. Quotes,
 * lists, code, headings (setext included), HTML blocks and comments, and a
 * command on a later line of a paragraph (shown mid-sentence) are not commands.
 * The first paragraph that starts with a command decides; `/revise` takes the
 * rest of the comment as feedback.
 */
function parseCommand(body) {
    // An HTML comment left open hides the rest of the comment.
    const text = body.replace(/\r\n?/g, '\n').replace(/<!--[\s\S]*?(?:-->|$)/g, '');
    const html = new OpenHtmlElements();
    for (const node of (0,lib/* fromMarkdown */.Y)(text).children) {
        const line = node.type === 'paragraph' && !html.any() ? commandLine(node, text) : undefined;
        const match = line === undefined ? null : COMMAND.exec(line.trimEnd());
        if (match) {
            const argument = (match[2] ?? '').trim();
            switch (match[1]) {
                case 'approve':
                    // "/approve if tests pass" is a conversation, not an approval.
                    return argument ? undefined : { kind: 'approve' };
                case 'reject':
                    return { kind: 'reject', reason: argument };
                default: {
                    const start = node.position?.start.offset ?? 0;
                    const rest = text.slice(start + (line ?? '').length + 1);
                    const feedback = `${argument}\n${rest}`.trim();
                    return feedback ? { kind: 'revise', feedback } : undefined;
                }
            }
        }
        for (const value of htmlIn(node))
            html.read(value);
    }
    return undefined;
}
/** The paragraph's first source line, when it starts with plain text at the left margin. */
function commandLine(paragraph, text) {
    const first = paragraph.children[0];
    const start = paragraph.position?.start;
    if (first?.type !== 'text' || !start || start.column !== 1)
        return undefined;
    if (first.position?.start.offset !== start.offset)
        return undefined;
    return text.slice(start.offset).split('\n', 1)[0];
}
/** Raw HTML anywhere in a node, in document order. */
function htmlIn(node) {
    const found = [];
    const walk = (n) => {
        if (n.type === 'html')
            found.push(n.value);
        if ('children' in n)
            for (const child of n.children)
                walk(child);
    };
    walk(node);
    return found;
}

;// CONCATENATED MODULE: ./src/intake/github-event.ts



const sender = schemas/* object */.Ikc({ login: schemas/* string */.YjP().min(1), type: schemas/* string */.YjP().optional() });
const repository = schemas/* object */.Ikc({ default_branch: schemas/* string */.YjP().min(1).optional() }).optional();
const labeledIssue = schemas/* object */.Ikc({
    action: schemas/* literal */.euz('labeled'),
    issue: schemas/* object */.Ikc({ number: schemas/* number */.aig().int().positive() }),
    label: schemas/* object */.Ikc({ name: schemas/* string */.YjP() }),
    repository,
    sender,
});
const dispatch = schemas/* object */.Ikc({
    inputs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
    repository,
    sender,
});
const issueComment = schemas/* object */.Ikc({
    action: schemas/* string */.YjP(),
    issue: schemas/* object */.Ikc({
        number: schemas/* number */.aig().int().positive(),
        pull_request: schemas/* object */.Ikc({}).passthrough().nullish(),
    }),
    comment: schemas/* object */.Ikc({
        id: schemas/* number */.aig().int().positive().optional(),
        body: schemas/* string */.YjP().nullable(),
        created_at: schemas/* string */.YjP().optional(),
    }),
    sender,
});
const closedPull = schemas/* object */.Ikc({
    action: schemas/* literal */.euz('closed'),
    pull_request: schemas/* object */.Ikc({ number: schemas/* number */.aig().int().positive() }),
});
class EventError extends Error {
    constructor(message) {
        super(message);
        this.name = 'EventError';
    }
}
/**
 * A GitHub event (an Actions event or an app's webhook: the same name and
 * payload) as the command it asks for, or why it asks for none. A payload
 * that is not what GitHub sends throws an EventError.
 */
function commandFromGitHub(name, payload, options) {
    switch (name) {
        case 'issues': {
            const action = payload?.action;
            if (action !== 'labeled')
                return { ignored: `issues.${String(action)} is not a trigger` };
            const event = check(labeledIssue, payload, 'issues.labeled');
            if (event.label.name !== options.triggerLabel) {
                return {
                    ignored: `label "${event.label.name}" is not the trigger label "${options.triggerLabel}"`,
                };
            }
            return {
                kind: 'plan',
                trigger: 'label',
                requester: { source: 'github', actor: event.sender },
                ticket: { issueNumber: event.issue.number },
                ...defaultBranchOf(event),
            };
        }
        case 'workflow_dispatch': {
            const event = check(dispatch, payload, 'workflow_dispatch');
            const inputs = event.inputs ?? {};
            const raw = (0,load.loadConfig)({
                ...(typeof inputs.issue === 'string' && inputs.issue ? { issue: inputs.issue } : {}),
                ...(typeof inputs['jira-key'] === 'string' && inputs['jira-key']
                    ? { 'jira-key': inputs['jira-key'] }
                    : {}),
            });
            const issueNumber = options.dispatchOverrides?.issueNumber ?? raw.issue;
            const jiraKey = options.dispatchOverrides?.jiraKey ?? raw['jira-key'];
            return {
                kind: 'plan',
                trigger: 'dispatch',
                requester: { source: 'github', actor: event.sender },
                ticket: {
                    ...(issueNumber !== undefined ? { issueNumber } : {}),
                    ...(jiraKey ? { jiraKey } : {}),
                },
                ...defaultBranchOf(event),
            };
        }
        case 'issue_comment': {
            const event = check(issueComment, payload, 'issue_comment');
            if (!event.issue.pull_request)
                return { ignored: 'the comment is on an issue, not a pull request' };
            if (event.action !== 'created')
                return { ignored: `comment ${event.action}; only new comments give commands` };
            const said = parseCommand(event.comment.body ?? '');
            if (!said)
                return { ignored: 'the comment holds no command at the start of a paragraph' };
            const requester = { source: 'github', actor: event.sender };
            const pullNumber = event.issue.number;
            const at = Date.parse(event.comment.created_at ?? '');
            const written = {
                ...(Number.isNaN(at) ? {} : { writtenAt: new Date(at).toISOString() }),
                ...(event.comment.id ? { origin: `github-comment:${event.comment.id}` } : {}),
            };
            switch (said.kind) {
                case 'approve':
                    return { kind: 'approve', requester, pullNumber, ...written };
                case 'revise':
                    return { kind: 'revise', requester, pullNumber, feedback: said.feedback, ...written };
                case 'reject':
                    return { kind: 'reject', requester, pullNumber, reason: said.reason, ...written };
            }
            break;
        }
        case 'pull_request': {
            const action = payload?.action;
            if (action !== 'closed')
                return { ignored: `pull_request.${String(action)} is not handled` };
            return {
                kind: 'pull-closed',
                pullNumber: check(closedPull, payload, 'pull_request.closed').pull_request.number,
            };
        }
        case 'schedule':
            return { kind: 'sweep', requester: { source: 'schedule' } };
    }
    return { ignored: `specgate does not act on ${name ?? 'an unnamed'} event` };
}
function defaultBranchOf(event) {
    const branch = event.repository?.default_branch;
    return branch ? { defaultBranch: branch } : {};
}
function check(schema, payload, what) {
    const parsed = schema.safeParse(payload);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    throw new EventError(`The ${what} event payload is malformed: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
}


/***/ }),

/***/ 7446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commandFromHandoff: () => (/* binding */ commandFromHandoff)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./src/core/bots.ts
var bots = __webpack_require__(9477);
;// CONCATENATED MODULE: ./src/core/handoff-inputs.ts
/**
 * The workflow_dispatch inputs a hand-over sends: a comment to read again (on
 * a pull request), or an issue to plan. They only say where to look; the run
 * reads who asked and what they asked for again through the API.
 */
const HANDOFF_INPUTS = { comment: 'comment-id', pull: 'pull', issue: 'issue' };

// EXTERNAL MODULE: ./src/core/jira-keys.ts
var jira_keys = __webpack_require__(9820);
// EXTERNAL MODULE: ./src/intake/github-event.ts + 2 modules
var github_event = __webpack_require__(4439);
;// CONCATENATED MODULE: ./src/intake/handoff.ts





const dispatch = schemas/* object */.Ikc({
    inputs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
    sender: schemas/* object */.Ikc({ login: schemas/* string */.YjP().min(1), type: schemas/* string */.YjP().optional() }),
    repository: schemas/* object */.Ikc({ default_branch: schemas/* string */.YjP().min(1).optional() }).optional(),
});
const positive = /^[1-9][0-9]{0,15}$/;
/**
 * A workflow_dispatch that hands work over, as the command it really carries;
 * undefined when the dispatch is a person's own (their sender is who asks).
 */
async function commandFromHandoff(payload, source, options) {
    const parsed = dispatch.safeParse(payload);
    if (!parsed.success)
        throw new github_event.EventError('The workflow_dispatch event payload is malformed');
    const { inputs, sender } = parsed.data;
    const commentId = inputText(inputs, HANDOFF_INPUTS.comment);
    if (commentId !== undefined) {
        if (!positive.test(commentId))
            throw new github_event.EventError(`The ${HANDOFF_INPUTS.comment} input must be a comment id`);
        return fromComment(Number(commentId), inputText(inputs, HANDOFF_INPUTS.pull), source, options);
    }
    if (!(0,bots/* isBot */.w)(sender))
        return undefined;
    const issueText = inputText(inputs, HANDOFF_INPUTS.issue);
    const issueNumber = options.dispatchOverrides?.issueNumber ??
        (issueText && positive.test(issueText) ? Number(issueText) : undefined);
    if (issueNumber === undefined)
        return undefined;
    const branch = parsed.data.repository?.default_branch;
    const plan = {
        kind: 'plan',
        trigger: 'dispatch',
        ticket: { issueNumber },
        ...(branch ? { defaultBranch: branch } : {}),
    };
    const labeled = await source.lastLabeler(issueNumber, options.triggerLabel);
    if (labeled && !(0,bots/* isBot */.w)(labeled.actor)) {
        // When: a labelling older than the ticket's last ending asks for nothing now.
        return {
            ...plan,
            trigger: 'label',
            requester: { source: 'github', actor: labeled.actor },
            requestedAt: labeled.at,
        };
    }
    // An issue the same app opened from a verified Jira webhook: Jira asks.
    const issue = await source.issue(issueNumber);
    const jiraKey = (0,jira_keys/* findJiraKey */.Z)([issue.title, issue.body]);
    if (jiraKey && (0,bots/* isBot */.w)(issue.author) && sameLogin(issue.author.login, sender.login)) {
        // A route is an allowlist, checked again here: the repository names its projects.
        const project = jiraKey.split('-')[0] ?? '';
        if (!(options.jiraProjectKeys ?? []).includes(project))
            return {
                ignored: `Jira project ${project} is not in this repository's jira-project-keys; its ticket ${jiraKey} is not planned`,
            };
        return {
            ...plan,
            requester: { source: 'jira' },
            ticket: { issueNumber, jiraKey },
        };
    }
    // Nobody a person can vouch for: the bot itself asks, and the authorizer refuses it.
    return { ...plan, requester: { source: 'github', actor: sender } };
}
async function fromComment(id, pull, source, options) {
    const comment = await source.comment(id);
    if (!comment)
        return { ignored: `comment ${id} does not exist in this repository` };
    if (!comment.onPull)
        return { ignored: `comment ${id} is on an issue, not a pull request` };
    if (comment.edited)
        return { ignored: `comment ${id} was edited; only new comments count` };
    if (pull !== undefined && pull !== String(comment.issueNumber)) {
        return { ignored: `comment ${id} is on #${comment.issueNumber}, not on #${pull}` };
    }
    // The same reading as a webhook's comment: what it says, asked by who wrote it.
    return (0,github_event.commandFromGitHub)('issue_comment', {
        action: 'created',
        issue: { number: comment.issueNumber, pull_request: {} },
        comment: { id, body: comment.body, created_at: comment.writtenAt },
        sender: comment.author,
    }, options);
}
function inputText(inputs, name) {
    const value = inputs?.[name];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
function sameLogin(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}


/***/ })

};
