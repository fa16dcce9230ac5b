export const id = 487;
export const ids = [487];
export const modules = {

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

/***/ 1783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ ticketId),
/* harmony export */   Yv: () => (/* binding */ slugify)
/* harmony export */ });
/* unused harmony export specBranch */
/** The id of a ticket as branches and spec paths name it: `issue-12`, or a Jira key as `abc-123`. */
function ticketId(ticket) {
    if (ticket.issue !== undefined)
        return `issue-${ticket.issue}`;
    if (ticket.jiraKey)
        return slugify(ticket.jiraKey);
    throw new Error('a ticket needs an issue number or a Jira key');
}
/** A deterministic branch per ticket, so a second run finds the first run's PR. */
function specBranch(prefix, ticket) {
    return `${prefix}${ticketId(ticket)}`;
}
/**
 * A safe ref component from any text: lowercase ASCII words joined by `-`, at
 * most `max` characters, cut between words (a single longer word is cut).
 */
function slugify(text, max = 40) {
    const slug = text
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    if (slug.length <= max)
        return slug || 'ticket';
    const cut = slug.slice(0, max + 1);
    const lastBreak = cut.lastIndexOf('-');
    return (lastBreak > 0 ? cut.slice(0, lastBreak) : slug.slice(0, max)).replace(/-+$/g, '');
}


/***/ }),

/***/ 3276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ CREDENTIAL_FILES)
/* harmony export */ });
/**
 * Files that usually hold credentials, as globs matched case-insensitively
 * against repo-relative paths. Data, kept in one list so it can be reviewed
 * and extended on its own.
 *
 * Sources: the file signatures of gitrob (michenriksen/gitrob, as carried on
 * in the `git-deny-patterns.json` of bahmutov/ban-sensitive-files), trimmed of
 * its generic entries (`*.log`, `settings.py`, `schema.rb`, names containing
 * "backup" or "dump") that a ticket may rightly change; plus the credential
 * and config files documented by the tools that write them (git credential
 * store, OpenSSH, kubectl, Docker, npm, Yarn, pip/twine, Cargo, RubyGems,
 * Composer, Maven, Gradle, Terraform, Vault, AWS, Azure and Google Cloud
 * CLIs, PostgreSQL, MySQL) and the key store formats of Java, PKCS and PGP.
 */
const CREDENTIAL_FILES = [
    // Environment files.
    '**/.env',
    '**/.env.*',
    '**/.envrc',
    // SSH keys and folders.
    '**/.ssh/**',
    '**/id_rsa*',
    '**/id_dsa*',
    '**/id_ecdsa*',
    '**/id_ed25519*',
    '**/*_rsa',
    '**/*_dsa',
    '**/*_ecdsa',
    '**/*_ed25519',
    '**/*.ppk',
    // Private keys, certificates with keys, key bundles and key stores.
    '**/*.pem',
    '**/*.key',
    '**/*.keypair',
    '**/*.p8',
    '**/*.p12',
    '**/*.pfx',
    '**/*.pkcs12',
    '**/*.jks',
    '**/*.jceks',
    '**/*.keystore',
    '**/*.truststore',
    '**/*.bks',
    '**/*.keyring',
    '**/*.gpg',
    '**/secring.*',
    '**/.gnupg/**',
    '**/otr.private_key',
    // Password managers and wallets.
    '**/*.kdb',
    '**/*.kdbx',
    '**/*.keychain',
    '**/*.agilekeychain',
    '**/*.kwallet',
    // git, HTTP and shell logins.
    '**/.git-credentials',
    '**/.config/git/credentials',
    '**/.netrc',
    '**/_netrc',
    '**/.htpasswd',
    '**/.pgpass',
    '**/.my.cnf',
    '**/.mylogin.cnf',
    // Package registries.
    '**/.npmrc',
    '**/.yarnrc',
    '**/.yarnrc.yml',
    '**/.pypirc',
    '**/.gem/credentials',
    '**/.cargo/credentials',
    '**/.cargo/credentials.toml',
    '**/.composer/auth.json',
    '**/.m2/settings.xml',
    '**/.m2/settings-security.xml',
    '**/.gradle/gradle.properties',
    // Clouds, containers and infrastructure.
    '**/.aws/**',
    '**/.azure/**',
    '**/.config/gcloud/**',
    '**/credentials.json',
    '**/client_secret*.json',
    '**/.boto',
    '**/.s3cfg',
    '**/.kube/config',
    '**/kubeconfig',
    '**/.docker/config.json',
    '**/.dockercfg',
    '**/.terraformrc',
    '**/terraform.rc',
    '**/.terraform.d/credentials.tfrc.json',
    '**/.vault-token',
    // CI servers and publishing profiles.
    '**/credentials.xml',
    '**/jenkins.plugins.publish_over_ssh.BapSshPublisherPlugin.xml',
    '**/*.pubxml',
    '**/*.pubxml.user',
    '**/secret_token.rb',
    // VPN, chat and mail clients.
    '**/*.ovpn',
    '**/*.tblk',
    '**/.purple/accounts.xml',
    '**/.irssi/config',
    '**/.xchat2/servlist_.conf',
    '**/.muttrc',
    '**/.recon-ng/keys.db',
    '**/.dbeaver/credentials-config.json',
    '**/dbeaver-data-sources.xml',
    // Shell and REPL histories (typed passwords end up there).
    '**/.bash_history',
    '**/.zsh_history',
    '**/.sh_history',
    '**/.mysql_history',
    '**/.psql_history',
    '**/.irb_history',
    '**/.python_history',
    '**/.node_repl_history',
];


/***/ }),

/***/ 9820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ findJiraKey),
/* harmony export */   _: () => (/* binding */ isJiraKey)
/* harmony export */ });
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

/***/ 6045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Up: () => (/* binding */ PathPolicy),
  NP: () => (/* binding */ normalizeRepoPath)
});

// UNUSED EXPORTS: ALWAYS_DENIED

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/core/credential-files.ts
var credential_files = __webpack_require__(3276);
;// CONCATENATED MODULE: ./src/core/path-aliases.ts
/**
 * Names that some common file system reads as another name. A checkout on
 * Windows, macOS or a network share may resolve them to a denied path
 * (`git~1` is `.git` on NTFS, `.git.` and `.git ` lose their trailing dot and
 * space on Windows, `.git::$INDEX_ALLOCATION` is `.git` as an NTFS stream),
 * so a component of that shape is refused whatever it would alias.
 */
function aliasProblem(normalPath) {
    for (const part of normalPath.split('/')) {
        if (/~\d/.test(part))
            return `"${part}" has the shape of a Windows short (8.3) name, which can stand for another file`;
        if (/[. ]$/.test(part))
            return `"${part}" ends with a dot or a space, which Windows drops, making it another name`;
        if (part.includes(':'))
            return `"${part}" holds a colon, which names an alternate data stream on NTFS`;
    }
    return undefined;
}
/**
 * The spellings under which a path may reach the disk: as given, and in each
 * Unicode normalisation form (macOS stores NFD, most tools write NFC, and
 * compatibility forms fold look-alikes such as full-width letters). A path is
 * denied when any of them is. Case is compared by the matcher itself.
 */
function spellings(normalPath) {
    const forms = ['NFC', 'NFD', 'NFKC', 'NFKD'];
    return [...new Set([normalPath, ...forms.map((form) => normalPath.normalize(form))])];
}

// EXTERNAL MODULE: ./src/core/sanitize.ts
var sanitize = __webpack_require__(9528);
;// CONCATENATED MODULE: ./src/core/paths.ts





/**
 * Paths the agent may never write, whatever a spec says: CI definitions,
 * git internals and hooks, review rules, specgate's own policy, and files
 * that usually hold credentials. Matched case-insensitively so a case variant
 * cannot slip through on a case-insensitive file system.
 */
const CONTROL_PATHS = [
    '.github/workflows/**',
    '.github/actions/**',
    '.github/specgate.yml',
    '.github/specgate.yaml',
    '**/CODEOWNERS',
    '**/.git',
    '**/.git/**',
    '**/.gitmodules',
    '**/.gitattributes',
    '.husky/**',
    '.githooks/**',
];
/** Files that usually hold credentials: never written, never shown to a model. */
const CREDENTIAL_PATHS = [...credential_files/* CREDENTIAL_FILES */.S];
const ALWAYS_DENIED = [...CONTROL_PATHS, ...CREDENTIAL_PATHS];
const isCredentialFile = picomatch_default()(CREDENTIAL_PATHS, { dot: true, nocase: true });
const GLOB_CHARS = /[*?[\]{}!]/;
/**
 * Checks the shape of a repo-relative path written by a model or a user:
 * relative, inside the repo, no glob, no tricks. Returns the normal form.
 * This is the string-level check; writes are checked again on disk after
 * resolving symlinks.
 */
function normalizeRepoPath(raw) {
    if (typeof raw !== 'string' || raw.trim() === '')
        return deny('the path is empty');
    if ([...raw].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
        return deny('the path contains control characters');
    }
    // A name that differs from what a reviewer sees is not a name anyone approved;
    // HFS+ also ignores these code points, so `.g\u200Cit` would be `.git` there.
    if ((0,sanitize/* hasInvisible */.wy)(raw)) {
        return deny('the path contains invisible or bidirectional characters');
    }
    if (raw.includes('\\'))
        return deny('use forward slashes, not backslashes');
    if (external_node_path_default().posix.isAbsolute(raw) || /^[A-Za-z]:/.test(raw) || raw.startsWith('~')) {
        return deny('the path must be relative to the repository root');
    }
    if (GLOB_CHARS.test(raw))
        return deny('list exact files; globs are not allowed in the scope');
    const normal = external_node_path_default().posix.normalize(raw).replace(/^\.\//, '').replace(/\/$/, '');
    if (normal === '.' || normal === '')
        return deny('the path names the repository root, not a file');
    if (normal === '..' || normal.startsWith('../'))
        return deny('the path leaves the repository');
    const alias = aliasProblem(normal);
    if (alias)
        return deny(alias);
    return { ok: true, path: normal };
}
class PathPolicy {
    extraDenied;
    protectedFiles;
    denied;
    own;
    /** `protectedFiles`: specgate's own files (the specs), as paths or globs. */
    constructor(extraDenied = [], protectedFiles = []) {
        this.extraDenied = extraDenied;
        this.protectedFiles = protectedFiles;
        const patterns = [...ALWAYS_DENIED, ...extraDenied, ...protectedFiles];
        this.denied = picomatch_default()(patterns, { dot: true, nocase: true });
        this.own = picomatch_default()([...protectedFiles], { dot: true, nocase: true });
    }
    /** Why the agent may not write this normalized path, or undefined if it may. */
    deniedReason(normalPath) {
        // Also here, for paths that never went through normalizeRepoPath (a diff's).
        const alias = aliasProblem(normalPath);
        if (alias)
            return `${normalPath} is refused: ${alias}`;
        if (!spellings(normalPath).some((p) => this.denied(p)))
            return undefined;
        if (this.protectedFiles.length && spellings(normalPath).some((p) => this.own(p))) {
            return `${normalPath} is specgate's own file and cannot be in the scope`;
        }
        return `${normalPath} is a protected path (CI, git internals, review rules or credentials)`;
    }
    /** Whether the file may be shown to the model as context. */
    readable(normalPath) {
        return !spellings(normalPath).some((p) => isCredentialFile(p));
    }
}
function deny(reason) {
    return { ok: false, reason };
}


/***/ }),

/***/ 9528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pz: () => (/* binding */ stripHidden),
/* harmony export */   _2: () => (/* binding */ sanitizeUntrusted),
/* harmony export */   wy: () => (/* binding */ hasInvisible)
/* harmony export */ });
/**
 * Text from issues, comments, Jira and Slack is untrusted. Before it reaches a
 * model we remove what a human reviewer cannot see but a model would read:
 * HTML comments, invisible and bidi control characters, Unicode "tag"
 * characters (used to smuggle ASCII), and text hidden in alt/title attributes.
 */
// Every code point Unicode says a renderer may draw as nothing (tags,
// variation selectors, fillers, joiners, zero-width spaces, ...) and every
// bidi control: by property, not by list, so new ones are covered as well.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu;
// Link reference definitions render as nothing; `[//]: # (text)` is a known way to hide text.
const LINK_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const HIDDEN_ATTRIBUTE = /\s(?:alt|title|aria-label|data-[\w-]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;
const IMAGE_ALT = /!\[[^\]]*\]\(/g;
const LINK_TITLE = /(\]\([^)\s]+)\s+(?:"[^"]*"|'[^']*')\)/g;
/** Whether text holds a code point that is not drawn (see INVISIBLE). */
function hasInvisible(text) {
    return new RegExp(INVISIBLE.source, 'u').test(text);
}
function stripHidden(text) {
    let out = text;
    // Comments first: removing invisible characters could otherwise join `<!`
    // and `--` into a comment opener that was not one, or split one that was.
    out = out.replace(INVISIBLE, '');
    let previous;
    do {
        previous = out;
        out = out.replace(HTML_COMMENT, '');
    } while (out !== previous);
    out = out.replace(LINK_DEFINITION, '');
    out = out.replace(HIDDEN_ATTRIBUTE, '');
    out = out.replace(IMAGE_ALT, '![](');
    out = out.replace(LINK_TITLE, '$1)');
    return out;
}
/**
 * Ticket text of any shape (an issue, a Jira ticket with its labels, priority,
 * components..., feedback, notes), cleaned string by string on its way into a
 * prompt. Walking the whole value means a field added later is cleaned too.
 */
function sanitizeUntrusted(value) {
    return clean(value);
}
function clean(value) {
    if (typeof value === 'string')
        return stripHidden(value);
    if (Array.isArray(value))
        return value.map(clean);
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)]));
    }
    return value;
}


/***/ }),

/***/ 9042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lj: () => (/* binding */ specPathPattern),
/* harmony export */   XO: () => (/* binding */ TICKET_PLACEHOLDER),
/* harmony export */   _A: () => (/* binding */ specPathFor),
/* harmony export */   kv: () => (/* binding */ ticketOfBranch)
/* harmony export */ });
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
/* harmony export */   Kp: () => (/* binding */ findProgram),
/* harmony export */   sg: () => (/* binding */ SYSTEM_PATH)
/* harmony export */ });
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


/***/ })

};
