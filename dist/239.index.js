export const id = 239;
export const ids = [239];
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

/***/ 8239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dryRun: () => (/* binding */ dryRun)
});

// EXTERNAL MODULE: ./src/tickets/pull-body-store.ts + 5 modules
var pull_body_store = __webpack_require__(8228);
;// CONCATENATED MODULE: ./src/dry-run/recorder.ts
/** The number a dry run gives the pull request it did not open: GitHub's numbers start at 1. */
const UNOPENED_PULL = 0;
/**
 * What a dry run would have written, one line each, in the order the run
 * reached them. Lines are redacted as everything posted is, and logged as
 * they come, so a run that ends early still shows how far it got.
 */
class WriteRecorder {
    redactor;
    log;
    lines = [];
    files = [];
    constructor(redactor, log) {
        this.redactor = redactor;
        this.log = log;
    }
    get writes() {
        return this.lines;
    }
    /** Files a commit would have carried, whole, as a person would review them. */
    get previews() {
        return this.files;
    }
    /** Keeps a file the run would have committed and shows it in the log, whole. */
    preview(path, content) {
        const safe = this.redactor.redact(content);
        this.files.push({ path, content: safe });
        this.log.info(`Dry run, ${path} as it would have been committed:\n${safe}`);
    }
    record(line) {
        const safe = this.redactor.redact(line);
        this.lines.push(safe);
        this.log.info(`Dry run, not written: ${safe}`);
    }
}
/** The start of a text body on one line, quoted: enough to recognise it. */
function excerpt(text, max = 100) {
    const flat = text
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}
function pullName(number) {
    return number === UNOPENED_PULL ? 'the new pull request' : `pull request #${number}`;
}
function shortSha(sha) {
    return sha.slice(0, 12);
}

;// CONCATENATED MODULE: ./src/dry-run/dry-run.ts


/**
 * What each part of Deps can write outside this machine. A part added to
 * Deps does not compile until it is listed here, so no new port can write
 * through a dry run unnoticed.
 */
const WRITES = {
    host: 'recorded',
    tickets: 'recorded: kept on the pull request, through the host',
    files: 'none: planning reads the repository',
    git: 'recorded',
    tracker: 'recorded',
    chat: 'recorded',
    model: 'none: model calls are reads',
    redactor: 'none',
    log: 'none',
    clock: 'none',
    policy: 'none',
    workspace: 'none: local files',
    machine: 'none',
};
void WRITES;
/**
 * Wraps the write side of each port of a run: reads go through, writes are
 * recorded as a line saying what would have been done and never sent. Writes
 * that answer (a new pull request, a Slack thread) answer with clearly
 * synthetic values, so the use case goes on and shows its later writes too.
 */
function dryRun(deps) {
    const recorder = new WriteRecorder(deps.redactor, deps.log);
    const record = (line) => recorder.record(line);
    const host = dryHost(deps.host, record);
    return {
        recorder,
        deps: {
            ...deps,
            host,
            tickets: new pull_body_store/* PullBodyTicketStore */.Z(host, deps.policy, deps.redactor),
            git: dryGit(deps.git, record, (path, content) => recorder.preview(path, content)),
            ...(deps.tracker ? { tracker: dryTracker(deps.tracker, record) } : {}),
            ...(deps.chat ? { chat: dryChat(record) } : {}),
        },
        finish: (outcome) => {
            const { prNumber, prUrl, ...rest } = outcome;
            const real = prNumber !== undefined && prNumber !== UNOPENED_PULL;
            return {
                ...rest,
                ...(real ? { prNumber } : {}),
                ...(real && prUrl ? { prUrl } : {}),
                message: `Dry run, nothing was written: ${outcome.message}`,
                dryRun: [...recorder.writes],
                ...(recorder.previews.length ? { dryRunFiles: [...recorder.previews] } : {}),
            };
        },
    };
}
function dryHost(host, record) {
    return {
        permissionOf: (login) => host.permissionOf(login),
        defaultBranch: () => host.defaultBranch(),
        getIssue: (number) => host.getIssue(number),
        findPullByBranch: (branch) => host.findPullByBranch(branch),
        getPull: (number) => host.getPull(number),
        listOpenPulls: () => host.listOpenPulls(),
        issuesLabelled: (label) => host.issuesLabelled(label),
        readFile: (path) => host.readFile(path),
        openIssue: (issue) => {
            record(`GitHub: open an issue "${issue.title}": ${excerpt(issue.body)}`);
            return Promise.resolve({
                number: UNOPENED_PULL,
                title: issue.title,
                body: issue.body,
                url: 'dry-run:issue-not-opened',
                author: 'specgate-dry-run',
                isPullRequest: false,
            });
        },
        addLabels: (number, labels) => {
            record(`GitHub: label ${numbered(number)} ${labels.join(', ')}`);
            return Promise.resolve();
        },
        createDraftPull: (pull) => {
            record(`GitHub: open a draft pull request "${pull.title}" (${pull.head} into ${pull.base}): ${excerpt(pull.body)}`);
            return Promise.resolve(unopenedPull(pull));
        },
        updatePull: (number, changes) => {
            const parts = [
                changes.title !== undefined ? `title "${changes.title}"` : '',
                changes.body !== undefined ? `body ${excerpt(changes.body)}` : '',
            ].filter(Boolean);
            record(`GitHub: update ${pullName(number)}: ${parts.join(', ')}`);
            return Promise.resolve();
        },
        comment: (number, body) => {
            record(`GitHub: comment on ${numbered(number)}: ${excerpt(body)}`);
            return Promise.resolve();
        },
        closePull: (number) => {
            record(`GitHub: close ${pullName(number)}`);
            return Promise.resolve();
        },
        markReadyForReview: (pull) => {
            record(`GitHub: mark ${pullName(pull.number)} ready for review`);
            return Promise.resolve();
        },
        requestReviewers: (number, logins) => {
            record(`GitHub: request reviews on ${pullName(number)} from ${logins.join(', ')}`);
            return Promise.resolve();
        },
        closeIssue: (number, comment) => {
            record(`GitHub: close issue #${number} with the comment ${excerpt(comment)}`);
            return Promise.resolve();
        },
    };
}
function numbered(number) {
    return number === UNOPENED_PULL ? pullName(number) : `#${number}`;
}
function unopenedPull(pull) {
    return {
        number: UNOPENED_PULL,
        nodeId: 'dry-run',
        url: 'dry-run:pull-request-not-opened',
        title: pull.title,
        body: pull.body,
        draft: true,
        open: true,
        merged: false,
        headRef: pull.head,
        fromFork: false,
        author: { login: 'specgate-dry-run', type: 'Bot' },
    };
}
function dryTracker(tracker, record) {
    return {
        browseUrl: (key) => tracker.browseUrl(key),
        getTicket: (key) => tracker.getTicket(key),
        comment: (key, markdown) => {
            record(`Jira: comment on ${key}: ${excerpt(markdown)}`);
            return Promise.resolve();
        },
        transition: (key, statusName) => {
            record(`Jira: move ${key} to "${statusName}"`);
            return Promise.resolve(true);
        },
        linkPullRequest: (key, pull) => {
            record(`Jira: link ${key} to "${pull.title}" (${pull.url})`);
            return Promise.resolve();
        },
    };
}
function dryChat(record) {
    return {
        post: (message) => {
            record(`Slack: ${message.thread ? "reply in the ticket's thread" : "start the ticket's thread"}: ${excerpt(`${message.stage}: ${message.title}`)}`);
            return Promise.resolve({ channel: 'dry-run', ts: 'dry-run' });
        },
    };
}
/**
 * Git's remote write is push (fetch and ls-remote only read). Moving the
 * checkout's branches (the command line's plan and implement) is recorded
 * too: a developer's dry run leaves their branches as they were. Local
 * objects and the trusted store are work, not writes: a store's pushes are
 * recorded like the checkout's.
 */
function dryGit(git, record, preview) {
    const writes = {
        // A local commit is work, not a write; what it holds (the spec) is shown whole.
        commitFiles: async (base, files, message) => {
            for (const file of files)
                if (file.content !== undefined)
                    preview?.(file.path, Buffer.from(file.content).toString('utf8'));
            return git.commitFiles(base, files, message);
        },
        push: (commit, branch) => {
            record(`git: push ${shortSha(commit)} to the branch ${branch}`);
            return Promise.resolve();
        },
        startBranch: (name, commit) => {
            record(`git: create the branch ${name} at ${shortSha(commit)} and check it out`);
            return Promise.resolve();
        },
        advanceHead: (commit) => {
            record(`git: move the checked-out branch to ${shortSha(commit)}`);
            return Promise.resolve();
        },
        openTrustedStore: async (base) => {
            const store = await git.openTrustedStore(base);
            return { ...store, git: dryGit(store.git, record, preview) };
        },
    };
    return new Proxy(git, {
        get: (target, name, receiver) => typeof name === 'string' && name in writes
            ? writes[name]
            : Reflect.get(target, name, receiver),
    });
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


/***/ })

};
