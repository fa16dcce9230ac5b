export const id = 574;
export const ids = [574];
export const modules = {

/***/ 3574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeSweep: () => (/* binding */ describeSweep),
/* harmony export */   sweepCommand: () => (/* binding */ sweepCommand)
/* harmony export */ });
/* harmony import */ var _usecases_sweep_timeouts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3333);
/* harmony import */ var _cli_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8607);


/** `specgate sweep`: the scheduled run's timeout sweep, for the checkout's GitHub repository. */
async function sweepCommand(ctx) {
    if (!ctx.config['github-token'])
        throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_1__/* .CliError */ .z(_cli_error_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.config, 'specgate sweep needs GITHUB_TOKEN.');
    if (!ctx.github)
        throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_1__/* .CliError */ .z(_cli_error_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.precondition, 'specgate sweep needs a checkout whose origin is a GitHub repository.');
    ctx.io.stderr.write(`▸ Sweeping ${ctx.github.owner}/${ctx.github.repo}\n`);
    const outcome = await (0,_usecases_sweep_timeouts_js__WEBPACK_IMPORTED_MODULE_0__/* .sweepTimeouts */ .Ly)(ctx.deps);
    return {
        ok: !outcome.failed,
        message: outcome.message,
        swept: outcome.swept,
        failures: outcome.failures,
        warnings: outcome.warnings,
    };
}
/** The sweep as a person reads it. */
function describeSweep(result) {
    const lines = [result.message];
    for (const t of result.swept)
        lines.push(`  #${t.pullNumber} ${t.url}: TIMED_OUT${t.closed ? ', closed' : ''}`);
    for (const warning of result.warnings)
        lines.push(`  warning: ${warning}`);
    return lines;
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

/***/ 7447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ next),
/* harmony export */   N3: () => (/* binding */ timedOutWaiting),
/* harmony export */   g0: () => (/* binding */ REVIEW_TIMED_OUT),
/* harmony export */   np: () => (/* binding */ advance)
/* harmony export */ });
/* unused harmony export EVENTS */
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7066);

/** Everything that can happen to a ticket, in the product's words. */
const EVENTS = (/* unused pure expression or super */ null && ([
    'plan-requested',
    'revise-requested',
    'spec-drafted',
    'spec-changed-outside',
    'spec-approved',
    'implementation-started',
    'qa-started',
    'agent-resumed',
    'ready-for-review',
    'qa-failed',
    'implementation-failed',
    'spec-rejected',
    'merged',
    'closed-unmerged',
    'timed-out',
]));
/** A finished ticket (merged or rejected) no longer moves on its own pull request. */
const FINISHED = new Set(['COMPLETED', 'SPEC_REJECTED']);
const OPEN = _state_js__WEBPACK_IMPORTED_MODULE_0__/* .STATES */ .xj.filter((s) => !FINISHED.has(s));
const to = (from, target) => Object.fromEntries(from.map((s) => [s, target]));
const stay = (from) => Object.fromEntries(from.map((s) => [s, s]));
// EXECUTING is approvable for a run that died (job timeout, runner lost): runs
// of one ticket never overlap (the workflow's concurrency group), and a push
// on a moved branch is refused anyway. QA_FAILED and ERROR take a new /approve
// to try again. A timeout is a notice, not a verdict: a late /approve still holds.
const APPROVABLE = [
    'AWAITING_SPEC_APPROVAL',
    'QA_FAILED',
    'ERROR',
    'EXECUTING',
    'TIMED_OUT',
];
const TABLE = {
    // Re-planning is allowed until the spec is approved (a rejected spec whose
    // pull request was reopened too); after that, /revise.
    'plan-requested': {
        moves: to(['PENDING', 'PLANNING', 'AWAITING_SPEC_APPROVAL', 'SPEC_REJECTED', 'ERROR', 'TIMED_OUT'], 'PLANNING'),
        refusal: 'the spec can no longer be re-planned',
    },
    'revise-requested': {
        moves: to(['AWAITING_SPEC_APPROVAL'], 'PLANNING'),
        refusal: '/revise applies to a spec awaiting approval',
    },
    'spec-drafted': {
        moves: to(['PLANNING'], 'AWAITING_SPEC_APPROVAL'),
        refusal: 'a spec is drafted only while planning',
    },
    // A push specgate did not record: the approver may not have seen it, so the
    // spec waits for an approval of this version.
    'spec-changed-outside': {
        moves: to(APPROVABLE, 'AWAITING_SPEC_APPROVAL'),
        refusal: '/approve applies to a spec awaiting approval',
    },
    'spec-approved': {
        moves: to(APPROVABLE, 'SPEC_APPROVED'),
        refusal: '/approve applies to a spec awaiting approval',
    },
    'implementation-started': {
        moves: to(['SPEC_APPROVED'], 'EXECUTING'),
        refusal: 'only an approved spec is implemented',
    },
    'qa-started': {
        moves: to(['EXECUTING'], 'QA_RUNNING'),
        refusal: 'QA runs only on an implementation under way',
    },
    // The gates ended and the agent works again: a repair round, review
    // findings, or the agent's own check of its work.
    'agent-resumed': {
        moves: to(['QA_RUNNING'], 'EXECUTING'),
        refusal: 'the agent resumes only after a QA run',
    },
    // From EXECUTING when no QA gates are configured: there was nothing to run.
    'ready-for-review': {
        moves: to(['QA_RUNNING', 'EXECUTING'], 'AWAITING_PR_APPROVAL'),
        refusal: 'only an implementation under way becomes ready for review',
    },
    'qa-failed': {
        moves: to(['QA_RUNNING'], 'QA_FAILED'),
        refusal: 'QA fails only while it runs',
    },
    'implementation-failed': {
        moves: to(['EXECUTING', 'QA_RUNNING'], 'ERROR'),
        refusal: 'only an implementation under way can fail',
    },
    // A person may stop the ticket at any point before it is finished.
    'spec-rejected': {
        moves: to(OPEN, 'SPEC_REJECTED'),
        refusal: 'the ticket is already finished',
    },
    merged: { moves: to(OPEN, 'COMPLETED'), refusal: 'the ticket is already finished' },
    // Closing without merging is recorded, but the state stays: reopening the
    // pull request picks the ticket up where it was.
    'closed-unmerged': { moves: stay(OPEN), refusal: 'the ticket is already finished' },
    // Only a ticket waiting on a person times out; once swept it is not swept again.
    'timed-out': {
        moves: to(['AWAITING_SPEC_APPROVAL', 'AWAITING_PR_APPROVAL'], 'TIMED_OUT'),
        refusal: 'only a ticket waiting for an approval times out',
    },
};
/** Where `event` takes a ticket in `state`, or why it does not. */
function next(state, event) {
    const rule = TABLE[event];
    const target = rule.moves[state];
    return target ? { ok: true, to: target } : { ok: false, reason: rule.refusal };
}
/**
 * The ticket after an accepted event, with its history entry. A use case asks
 * `next` first wherever a person can send a refused event; here a refusal is a
 * broken invariant, so it throws.
 */
function advance(ticket, event, at, details = {}) {
    const move = next(ticket.state, event);
    if (!move.ok)
        throw new Error(`${event} refused in ${ticket.state}: ${move.reason}`);
    return (0,_state_js__WEBPACK_IMPORTED_MODULE_0__/* .transition */ .kY)(ticket, move.to, at, details);
}
/**
 * Why a TIMED_OUT ticket stopped waiting: for its spec's approval or for the
 * review of its change. The table cannot tell (one state), the history can.
 * A change that timed out waiting for review is done work: approving or
 * re-planning it again would redo or overwrite it.
 */
function timedOutWaiting(ticket) {
    if (ticket.state !== 'TIMED_OUT')
        return undefined;
    const last = ticket.history.map((h) => h.state).lastIndexOf('TIMED_OUT');
    const before = last > 0 ? ticket.history[last - 1]?.state : undefined;
    return before === 'AWAITING_PR_APPROVAL' ? 'review' : 'spec';
}
const REVIEW_TIMED_OUT = 'its change timed out waiting for review and is still ready: review and merge it, or close it';


/***/ }),

/***/ 3557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ announce)
/* harmony export */ });
/**
 * Tells the ticket's Slack thread and Jira ticket about a stage. Failures are
 * warnings: the GitHub work has already happened and stands. Returns the
 * Slack thread when this message started it (the ticket had none).
 */
async function announce(deps, effects, state, news) {
    let started;
    const chat = deps.chat;
    if (chat) {
        const message = {
            stage: news.stage,
            title: news.title,
            detail: news.detail,
            ticket: {
                ...(state.jiraKey ? { jiraKey: state.jiraKey } : {}),
                ...(news.jiraUrl ? { jiraUrl: news.jiraUrl } : {}),
                ...(news.issue ? { issue: news.issue } : {}),
            },
            links: [{ url: news.pull.url, label: `PR #${news.pull.number}` }],
            ...(state.slack ? { thread: state.slack } : {}),
        };
        const posted = await effects.attempt('Posting to Slack', () => chat.post(message));
        if (!state.slack)
            started = posted;
    }
    const tracker = deps.tracker;
    const key = state.jiraKey;
    if (tracker && key && news.tellJira !== false) {
        await effects.attempt('Commenting on Jira', () => tracker.comment(key, `${news.stage}: ${news.detail}\n\n[GitHub PR #${news.pull.number}](${news.pull.url})`));
        if (news.linkPull) {
            await effects.attempt('Linking the pull request in Jira', () => tracker.linkPullRequest(key, {
                url: news.pull.url,
                title: `PR #${news.pull.number}: ${news.title}`,
            }));
        }
        const status = news.jiraStatus;
        if (status) {
            await effects.attempt(`Moving ${key} to "${status}"`, async () => {
                if (!(await tracker.transition(key, status)))
                    throw new Error(`no transition of ${key} leads to "${status}"`);
            });
        }
    }
    return started;
}


/***/ }),

/***/ 9322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ SideEffects)
/* harmony export */ });
/**
 * Slack and Jira are told about progress, but their failures never stop the
 * GitHub work: each attempt that fails becomes a warning in the log and the
 * job summary.
 */
class SideEffects {
    log;
    warnings = [];
    constructor(log) {
        this.log = log;
    }
    async attempt(what, effect) {
        try {
            return await effect();
        }
        catch (error) {
            const message = `${what} failed: ${error instanceof Error ? error.message : String(error)}`;
            this.warnings.push(message);
            this.log.warn(message);
            return undefined;
        }
    }
}


/***/ }),

/***/ 3333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ly: () => (/* binding */ sweepTimeouts)
});

// UNUSED EXPORTS: TIMED_OUT_LABEL, timeoutComment

// EXTERNAL MODULE: ./src/core/ticket-machine.ts
var ticket_machine = __webpack_require__(7447);
;// CONCATENATED MODULE: ./src/core/timeouts.ts
/** What a ticket waits for in the states that time out, and which limit applies. */
const WAITS = {
    AWAITING_SPEC_APPROVAL: { what: 'spec', waitsFor: 'approval', limit: 'spec-timeout-hours' },
    AWAITING_PR_APPROVAL: {
        what: 'pull request',
        waitsFor: 'review',
        limit: 'pr-timeout-hours',
    },
};
const HOUR_MS = 3_600_000;
/**
 * When the ticket entered its current state: the last history entry naming it
 * (a spec pushed again waits anew). A marker whose history lost that entry
 * falls back to its latest entry, the closest time known; with no readable
 * time at all the ticket is left alone rather than guessed overdue.
 */
function waitingSince(ticket) {
    const dated = ticket.history
        .map((entry) => ({ state: entry.state, at: new Date(entry.at) }))
        .filter((entry) => !Number.isNaN(entry.at.getTime()));
    const current = dated.filter((entry) => entry.state === ticket.state).at(-1);
    return (current ?? dated.at(-1))?.at;
}
/** Whether a ticket has waited on a person longer than its limit, as of `now`. */
function waitOf(ticket, now, limits) {
    const state = ticket.state;
    if (state !== 'AWAITING_SPEC_APPROVAL' && state !== 'AWAITING_PR_APPROVAL')
        return { overdue: false, reason: `it is ${state}, not waiting for a person` };
    const since = waitingSince(ticket);
    if (!since)
        return { overdue: false, reason: 'its history has no readable time' };
    const limitHours = state === 'AWAITING_SPEC_APPROVAL' ? limits.specTimeoutHours : limits.prTimeoutHours;
    const waitedHours = (now.getTime() - since.getTime()) / HOUR_MS;
    if (waitedHours <= limitHours)
        return {
            overdue: false,
            reason: `it has waited ${formatHours(waitedHours)} of ${limitHours} h`,
        };
    return { overdue: true, state, since, waitedHours, limitHours };
}
/** Hours as a person reads them: whole hours, or minutes under one hour. */
function formatHours(hours) {
    if (hours < 1)
        return `${Math.max(0, Math.floor(hours * 60))} min`;
    return `${Math.floor(hours)} h`;
}

// EXTERNAL MODULE: ./src/usecases/announce.ts
var announce = __webpack_require__(3557);
// EXTERNAL MODULE: ./src/usecases/side-effects.ts
var side_effects = __webpack_require__(9322);
;// CONCATENATED MODULE: ./src/usecases/sweep-timeouts.ts




/** The label a timed-out pull request gets, for people and their saved searches. */
const TIMED_OUT_LABEL = 'specgate:timed-out';
/**
 * The scheduled sweep: every open ticket waiting on a person longer than its
 * limit is recorded TIMED_OUT first, then labelled, told, announced and, if
 * configured, closed. A TIMED_OUT ticket no longer waits, so a later sweep
 * (or one that crashed after the save) never sweeps it again.
 */
async function sweepTimeouts(deps) {
    const effects = new side_effects/* SideEffects */.C(deps.log);
    const now = deps.clock.now();
    const open = await deps.tickets.listOpen();
    const swept = [];
    const failures = [];
    for (const ticket of open) {
        const wait = waitOf(ticket.state, now, deps.policy);
        if (!wait.overdue) {
            deps.log.debug(`#${ticket.pull.number} is not overdue: ${wait.reason}`);
            continue;
        }
        try {
            const done = await sweepOne(ticket, now, deps, effects);
            if (done)
                swept.push(done);
        }
        catch (error) {
            // Its state was not saved: the next sweep tries it again.
            const message = error instanceof Error ? error.message : String(error);
            deps.log.error(`Could not time out #${ticket.pull.number}: ${message}`);
            failures.push({ pullNumber: ticket.pull.number, error: message });
        }
    }
    const failed = failures.length > 0 || swept.some((t) => t.problems.length > 0);
    return {
        state: failed ? 'ERROR' : 'SWEPT',
        failed,
        message: summarise(open.length, swept, failures),
        warnings: effects.warnings,
        swept,
        failures,
    };
}
async function sweepOne(listed, now, deps, effects) {
    // Read again just before writing: a run for this ticket (an /approve, a
    // merge) may have moved it since the list was taken.
    const ticket = await deps.tickets.load(listed.pull.number);
    const wait = 'state' in ticket ? waitOf(ticket.state, now, deps.policy) : undefined;
    if (!('state' in ticket) || !wait?.overdue || !ticket.pull.open) {
        deps.log.info(`#${listed.pull.number} changed since it was listed; left as it is`);
        return undefined;
    }
    const { pull } = ticket;
    const { what, waitsFor, limit } = WAITS[wait.state];
    const waited = formatHours(wait.waitedHours);
    const note = `the ${what} waited ${waited} for ${waitsFor} (${limit}: ${wait.limitHours})`;
    // Saved before anything is said, so a crash later on never sweeps it twice.
    const saved = await deps.tickets.save(ticket, (0,ticket_machine/* advance */.np)(ticket.state, 'timed-out', now, { note }));
    const problems = [];
    const github = async (step, work) => {
        try {
            await work();
            return true;
        }
        catch (error) {
            const message = `${step} failed: ${error instanceof Error ? error.message : String(error)}`;
            deps.log.error(`#${pull.number}: ${message}`);
            problems.push(message);
            return false;
        }
    };
    const close = deps.policy.closeOnTimeout;
    await github('Labelling', () => deps.host.addLabels(pull.number, [TIMED_OUT_LABEL]));
    await github('Commenting', () => deps.host.comment(pull.number, timeoutComment(saved, wait, deps.policy)));
    await (0,announce/* announce */.i)(deps, effects, saved.state, {
        stage: 'Timed out',
        detail: `The ${what} waited ${waited} for ${waitsFor}, longer than ${wait.limitHours} h.${close ? ' The pull request is closed.' : ''}`,
        pull,
        title: pull.title,
    });
    const closed = close && (await github('Closing', () => deps.host.closePull(pull.number)));
    deps.log.info(`Timed out #${pull.number}: ${note}`);
    return {
        pullNumber: pull.number,
        url: pull.url,
        waited: wait.state,
        waitedHours: wait.waitedHours,
        closed,
        problems,
    };
}
/** What timed out, how long it waited, and what a person can do now. */
function timeoutComment(ticket, wait, policy) {
    const { what, waitsFor, limit } = WAITS[wait.state];
    const head = `:hourglass: This ${what} waited ${formatHours(wait.waitedHours)} for ${waitsFor}, ` +
        `longer than \`${limit}\` (${wait.limitHours} h). The ticket is now \`TIMED_OUT\`` +
        (policy.closeOnTimeout ? ' and this pull request is closed.' : '.');
    const { issue, jiraKey } = ticket.state;
    const target = issue !== undefined ? `issue #${issue}` : jiraKey ? `Jira ticket ${jiraKey}` : 'the ticket';
    let next;
    if (wait.state === 'AWAITING_PR_APPROVAL') {
        next = policy.closeOnTimeout
            ? 'The change is kept on its branch: reopen this pull request to review and merge it.'
            : 'The change is still here: review and merge it as usual, or close it.';
    }
    else if (policy.closeOnTimeout) {
        next =
            issue !== undefined
                ? `To plan it again, add the \`${policy.triggerLabel}\` label to ${target} again, ` +
                    'or run the specgate workflow by hand for it.'
                : `To plan it again, run the specgate workflow by hand for ${target}.`;
    }
    else {
        next =
            `A late \`/approve\` still starts the implementation. To change the spec, run the ` +
                `specgate workflow by hand for ${target} to plan it again; or close this pull request.`;
    }
    return `${head}\n\n${next}`;
}
function summarise(open, swept, failures) {
    const parts = [
        `Timed out ${swept.length} of ${open} open ticket${open === 1 ? '' : 's'}` +
            (swept.length
                ? `: ${swept.map((t) => `#${t.pullNumber} (${WAITS[t.waited].what}, ${formatHours(t.waitedHours)})`).join(', ')}`
                : ''),
    ];
    const partial = swept.filter((t) => t.problems.length);
    for (const t of partial)
        parts.push(`#${t.pullNumber}: ${t.problems.join('; ')}`);
    for (const f of failures)
        parts.push(`#${f.pullNumber} could not be timed out: ${f.error}`);
    return parts.join('. ');
}


/***/ })

};
