export const id = 42;
export const ids = [42];
export const modules = {

/***/ 3856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ detectConvention),
/* harmony export */   d: () => (/* binding */ commitHeader)
/* harmony export */ });
const COMMITLINT_CONFIG = /^(\.commitlintrc(\.(json|ya?ml|js|cjs|mjs|ts|cts))?|commitlint\.config\.(js|cjs|mjs|ts|cts))$/;
/** Conventional when the repository declares commitlint (a config file, or package.json's key). */
function detectConvention(trackedFiles, packageJson) {
    if (trackedFiles.some((file) => COMMITLINT_CONFIG.test(file)))
        return 'conventional';
    try {
        const parsed = JSON.parse(packageJson ?? '{}');
        if (parsed && typeof parsed === 'object' && 'commitlint' in parsed)
            return 'conventional';
    }
    catch {
        // not JSON: no declaration there
    }
    return 'plain';
}
/** Conventional Commits' usual limit on a header. */
const MAX_HEADER = 100;
/** The commit's first line: `ref` is the ticket (`ABC-123` or `#42`), or empty. */
function commitHeader(kind, title, ref, convention) {
    const suffix = ref ? ` (${ref})` : '';
    if (convention === 'plain') {
        if (kind === 'spec')
            return `spec: ${title}${suffix}`;
        return `${kind === 'checkpoint' ? 'WIP (QA failing): ' : ''}${title}${suffix}`;
    }
    // commitlint's conventional config refuses a subject in sentence case.
    const subject = title.charAt(0).toLowerCase() + title.slice(1);
    const type = kind === 'spec'
        ? 'docs(spec)'
        : /\b(fix|bug|crash|error|fail|broken|regression)/i.test(title)
            ? 'fix'
            : 'feat';
    const header = `${type}: ${kind === 'checkpoint' ? 'wip, QA failing: ' : ''}${subject}${suffix}`;
    return header.length <= MAX_HEADER ? header : `${header.slice(0, MAX_HEADER - 1)}…`;
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

/***/ 6147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ checkScope)
/* harmony export */ });
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6045);

/**
 * Validates a proposed scope before anyone is asked to approve it. Every
 * problem is reported (not just the first) so the model can fix them all
 * in one retry, and a person reading the failure sees the whole picture.
 */
function checkScope(entries, rules) {
    const errors = [];
    const scope = [];
    const seen = new Set();
    const trackedLower = new Map([...rules.trackedFiles].map((f) => [f.toLowerCase(), f]));
    for (const entry of entries) {
        const verdict = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeRepoPath */ .NP)(entry.path);
        if (!verdict.ok) {
            errors.push(`scope path ${JSON.stringify(entry.path)}: ${verdict.reason}`);
            continue;
        }
        const file = verdict.path;
        const denied = rules.policy.deniedReason(file);
        if (denied) {
            errors.push(`scope path ${JSON.stringify(entry.path)}: ${denied}`);
            continue;
        }
        if (seen.has(file.toLowerCase()))
            continue;
        seen.add(file.toLowerCase());
        const existing = trackedLower.get(file.toLowerCase());
        if (entry.change === 'modify' && existing !== file) {
            errors.push(existing
                ? `scope path ${JSON.stringify(file)}: the file is spelled ${JSON.stringify(existing)}`
                : `scope path ${JSON.stringify(file)}: marked "modify" but no such file is tracked; use "create" for a new file`);
            continue;
        }
        if (entry.change === 'create' && existing !== undefined) {
            errors.push(`scope path ${JSON.stringify(file)}: marked "create" but ${existing} already exists; use "modify"`);
            continue;
        }
        scope.push({ ...entry, path: file });
    }
    if (scope.length > rules.maxFiles) {
        errors.push(`the scope lists ${scope.length} files; at most ${rules.maxFiles} are allowed`);
    }
    return { scope, errors };
}


/***/ }),

/***/ 4996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ parseSpec),
/* harmony export */   QE: () => (/* binding */ specChecklist),
/* harmony export */   UE: () => (/* binding */ renderSpec)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);


const frontMatterSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    specgate: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    issue: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().optional(),
    jira: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    scope: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), change: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['modify', 'create']), reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }))
        .min(1),
});
/**
 * A spec: machine-readable front matter, then the sections a person reads.
 * It is committed to the repository, so it is written the way Prettier writes
 * Markdown (a repository that checks its Markdown must not fail on it): `-`
 * lists, one blank line between blocks, no table (Prettier pads tables),
 * code in code spans, and elsewhere `*`, `_` and `+` escaped so no formatter
 * rewrites them.
 */
function renderSpec(answer, meta) {
    const front = {
        specgate: 1,
        ...(meta.issue !== undefined ? { issue: meta.issue } : {}),
        ...(meta.jiraKey ? { jira: meta.jiraKey } : {}),
        model: meta.model,
        title: answer.title,
        scope: answer.scope.map(({ path, change, reason }) => ({ path, change, reason })),
    };
    const links = [
        meta.issue !== undefined ? `GitHub issue #${meta.issue}` : undefined,
        meta.jiraKey ? (meta.jiraUrl ? `[${meta.jiraKey}](${meta.jiraUrl})` : meta.jiraKey) : undefined,
    ].filter(Boolean);
    const sections = [
        `# ${inline(answer.title)}`,
        links.length ? `Ticket: ${links.join(' · ')}` : '',
        `## Problem\n\n${block(answer.problem)}`,
        `## Acceptance criteria\n\n${bullets(answer.acceptanceCriteria)}`,
        `## Scope\n\nThe implementation may change these files and no others.\n\n${scopeList(answer)}`,
        `## Plan\n\n${answer.plan.map((step, i) => `${i + 1}. ${inline(step)}`).join('\n')}`,
        `## Tests\n\n${bullets(answer.tests, 'No new tests proposed.')}`,
        `## Risks\n\n${bullets(answer.risks, 'None identified.')}`,
        `## Checklist\n\n${answer.checklist.map((item) => `- [ ] ${inline(item)}`).join('\n')}`,
        meta.notes.length ? `## Notes\n\n${bullets(meta.notes)}` : '',
    ];
    return `---\n${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(front, { lineWidth: 0 })}---\n\n${sections.filter(Boolean).join('\n\n')}\n`;
}
function parseSpec(text) {
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    if (!match)
        return { ok: false, error: 'The spec has no front matter (a block between --- lines)' };
    let data;
    try {
        data = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(match[1] ?? '');
    }
    catch (error) {
        return { ok: false, error: `The spec's front matter is not valid YAML: ${String(error)}` };
    }
    const parsed = frontMatterSchema.safeParse(data);
    if (!parsed.success) {
        const first = parsed.error.issues[0];
        return {
            ok: false,
            error: `The spec's front matter: ${first?.path.join('.') || '(root)'}: ${first?.message}`,
        };
    }
    return { ok: true, front: parsed.data, body: match[2] ?? '' };
}
/** The checklist items of a spec body, for the PR description. */
function specChecklist(body) {
    return [...body.matchAll(/^- \[[ xX]\] (.+)$/gm)].map((m) => m[1] ?? '');
}
function bullets(items, empty = '') {
    return items.length ? items.map((item) => `- ${inline(item)}`).join('\n') : empty;
}
function scopeList(answer) {
    return answer.scope
        .map((e) => `- ${codeSpan(e.path)} (${e.change}): ${inline(e.reason)}`)
        .join('\n');
}
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, ' ').trim();
}
/** One line of the model's text, with what a formatter would rewrite escaped. */
function inline(text) {
    return escapeLine(oneLine(text));
}
/**
 * Paragraphs of the model's text: fenced code kept as it is; elsewhere lines
 * lose trailing spaces, blank runs become one blank line, and each line is escaped.
 */
function block(text) {
    const out = [];
    let fence;
    for (const raw of text.replace(/\r\n?/g, '\n').trim().split('\n')) {
        const opens = /^\s{0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
        if (fence !== undefined) {
            out.push(raw);
            if (opens && opens[0] === fence[0] && opens.length >= fence.length && raw.trim() === opens)
                fence = undefined;
        }
        else if (opens) {
            fence = opens;
            out.push(raw.trimEnd());
        }
        else {
            const line = raw.trimEnd();
            if (line === '' && out.at(-1) === '')
                continue;
            out.push(escapeLine(line));
        }
    }
    return out.join('\n');
}
/**
 * Writes the model's text so that it renders as what it says and no formatter
 * rewrites it: code spans are kept; a word that is code (it holds a backslash,
 * or `_` or `*` inside it: `normalize_and_validate`, `.before\:bottom-1\/2`)
 * becomes a code span, which needs no escape; elsewhere `*`, `_` and a leading
 * `+` (emphasis and list markers Prettier rewrites) are escaped.
 */
function escapeLine(line) {
    let out = '';
    let text = '';
    let i = 0;
    while (i < line.length) {
        const c = line[i];
        if (c === '`') {
            const run = /^`+/.exec(line.slice(i))[0];
            const close = findRun(line, run.length, i + run.length);
            if (close === -1) {
                text += run;
                i += run.length;
                continue;
            }
            out += escapeText(text) + line.slice(i, close + run.length);
            text = '';
            i = close + run.length;
        }
        else {
            text += c;
            i += 1;
        }
    }
    return (out + escapeText(text)).replace(/^(\s*)\+(?=\s|$)/, '$1\\+');
}
/** Text outside code spans, a word at a time (spaces kept as they are). */
function escapeText(text) {
    return text.replace(/\S+/g, (word) => {
        const [, lead = '', body = '', punctuation = ''] = /^([(["']*)(.*?)([.,;:!?"']*)$/.exec(word) ?? [];
        // A closing bracket belongs to the code when the code opened it: `f(x)`, `a[0]`.
        let core = body;
        let trail = punctuation;
        while (/[)\]]$/.test(core) && unbalanced(core)) {
            trail = core.slice(-1) + trail;
            core = core.slice(0, -1);
        }
        if (core && (core.includes('\\') || /[\w./-][_*]+[\w./-]/.test(core)))
            return `${lead}${codeSpan(core)}${trail}`;
        return word.replace(/[*_]/g, (m) => `\\${m}`);
    });
}
function unbalanced(text) {
    const count = (c) => text.split(c).length - 1;
    return count(')') > count('(') || count(']') > count('[');
}
/** Where the next run of exactly `length` backticks starts, or -1. */
function findRun(line, length, from) {
    for (const match of line.slice(from).matchAll(/`+/g)) {
        if (match[0].length === length)
            return from + match.index;
    }
    return -1;
}
/** A path as inline code, fenced the way Prettier fences it. */
function codeSpan(text) {
    const runs = new Set([...text.matchAll(/`+/g)].map((m) => m[0].length));
    let ticks = 1;
    while (runs.has(ticks))
        ticks += 1;
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    const fence = '`'.repeat(ticks);
    return `${fence}${pad}${text}${pad}${fence}`;
}


/***/ }),

/***/ 499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ commitConvention)
/* harmony export */ });
/* harmony import */ var _core_commit_message_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3856);

/** The convention commits follow: the configured one, or the one the repository declares. */
async function commitConvention(deps) {
    if (deps.policy.commitConvention !== 'auto')
        return deps.policy.commitConvention;
    try {
        return (0,_core_commit_message_js__WEBPACK_IMPORTED_MODULE_0__/* .detectConvention */ .F)(await deps.files.list(), await deps.files.read('package.json'));
    }
    catch {
        return 'plain';
    }
}


/***/ })

};
