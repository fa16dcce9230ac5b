export const id = 805;
export const ids = [805];
export const modules = {

/***/ 3096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ ENV_KEYS),
/* harmony export */   loadLocalConfig: () => (/* binding */ loadLocalConfig),
/* harmony export */   requireModel: () => (/* binding */ requireModel)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1036);
/* harmony import */ var _cli_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8607);




/** Environment variables the CLI reads, by configuration key. */
const ENV_KEYS = {
    'github-token': 'GITHUB_TOKEN',
    'openai-api-key': 'OPENAI_API_KEY',
    'openai-base-url': 'OPENAI_BASE_URL',
    model: 'SPECGATE_MODEL',
    'jira-base-url': 'JIRA_BASE_URL',
    'jira-email': 'JIRA_EMAIL',
    'jira-api-token': 'JIRA_API_TOKEN',
};
/** The repo's .github/specgate.yml plus the environment, through the Action's own schema. */
async function loadLocalConfig(repo, env, warn = () => undefined) {
    const inputs = Object.fromEntries(Object.entries(ENV_KEYS).map(([key, name]) => [key, env[name]]));
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(repo, _config_load_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2), 'utf8').catch(() => undefined);
    try {
        return (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z9)(inputs, file, (w) => warn(w.replace(/the action input "[^"]+"/, (input) => envName(input))));
    }
    catch (error) {
        if (error instanceof _config_load_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL) {
            const problems = error.problems.map((p) => p.replace(/\(action input\)/g, '(environment)'));
            throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_3__/* .CliError */ .z(_cli_error_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.config, `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        }
        throw error;
    }
}
function requireModel(env) {
    if (!env.OPENAI_API_KEY && !env.OPENAI_BASE_URL) {
        throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_3__/* .CliError */ .z(_cli_error_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.config, 'No model is configured. Set OPENAI_API_KEY to use OpenAI, or OPENAI_BASE_URL (with SPECGATE_MODEL) for any ' +
            'OpenAI-compatible endpoint, e.g. OPENAI_BASE_URL=http://localhost:11434/v1 SPECGATE_MODEL=qwen2.5-coder:14b for Ollama.');
    }
}
/** "the action input "model"" as the CLI says it: the environment variable. */
function envName(phrase) {
    const key = /"([^"]+)"/.exec(phrase)?.[1] ?? '';
    return ENV_KEYS[key] ? `the environment variable ${ENV_KEYS[key]}` : phrase;
}


/***/ }),

/***/ 8805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   branchSpecPath: () => (/* binding */ branchSpecPath),
/* harmony export */   localContext: () => (/* binding */ localContext),
/* harmony export */   readTicketInput: () => (/* binding */ readTicketInput),
/* harmony export */   requireCleanTree: () => (/* binding */ requireCleanTree)
/* harmony export */ });
/* unused harmony export parseGitHubRemote */
/* harmony import */ var _core_jira_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9820);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6045);
/* harmony import */ var _core_spec_home_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9042);
/* harmony import */ var _core_branch_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1783);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3556);
/* harmony import */ var _process_programs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7015);
/* harmony import */ var _wiring_build_deps_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1001);
/* harmony import */ var _cli_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8607);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1604);
/* harmony import */ var _local_config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3096);
/* harmony import */ var _preconditions_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6885);











const JIRA_SETTINGS = ['jira-base-url', 'jira-email', 'jira-api-token'];
const LOCAL_IDENTITY = { name: 'specgate', email: 'specgate@localhost' };
/** The same adapters the Action uses, pointed at a local checkout. */
async function localContext(io, repoRoot, config) {
    const program = (0,_process_programs_js__WEBPACK_IMPORTED_MODULE_3__/* .findProgram */ .Kp)('git', io.env.PATH, repoRoot);
    if (!program)
        throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_5__/* .CliError */ .z(_cli_error_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.precondition, 'git was not found on PATH.');
    await (0,_preconditions_js__WEBPACK_IMPORTED_MODULE_7__/* .requireRepository */ .C)(repoRoot, io.env);
    // Reads the developer's own git config for their identity, before anything untrusted runs.
    const probe = new _git_git_js__WEBPACK_IMPORTED_MODULE_2__/* .Git */ .T({
        cwd: repoRoot,
        program,
        identity: LOCAL_IDENTITY,
        userConfig: { PATH: io.env.PATH, HOME: io.env.HOME },
    });
    const slug = parseGitHubRemote(await probe.remoteUrl('origin').catch(() => undefined), io.env.GITHUB_SERVER_URL);
    const deps = (0,_wiring_build_deps_js__WEBPACK_IMPORTED_MODULE_4__/* .buildDeps */ .fz)(config, {
        repo: slug ?? { owner: 'local', repo: 'local' },
        workspace: repoRoot,
        apiUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com',
        serverUrl: io.env.GITHUB_SERVER_URL ?? 'https://github.com',
        processEnv: io.env,
        log: (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .progressLogger */ .St)(io),
    });
    // Commits made on a developer's machine carry the developer's own identity.
    const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_2__/* .Git */ .T({
        cwd: repoRoot,
        program: deps.machine.programs.git,
        identity: (await probe.configuredIdentity()) ?? LOCAL_IDENTITY,
    });
    return { io, config, deps: { ...deps, git }, git, repoRoot, ...(slug ? { github: slug } : {}) };
}
/**
 * Untracked files count: one a previous run's QA left behind would otherwise
 * be read by the next ticket's planner or agent.
 */
async function requireCleanTree(git) {
    const unclean = await git.uncleanFiles();
    if (unclean.length) {
        const shown = unclean.slice(0, 5).join(', ') + (unclean.length > 5 ? ', ...' : '');
        throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_5__/* .CliError */ .z(_cli_error_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.precondition, `The working tree has uncommitted changes or untracked files (${shown}). Commit, stash (git stash -u) ` +
            'or remove them first, so specgate changes only what it is asked to and reads only what is committed.');
    }
}
/** The ticket to plan, from a Jira key, a GitHub issue, or text (a file or stdin). */
async function readTicketInput(ctx, options, readText) {
    const prefix = ctx.config['branch-prefix'];
    const given = [options.jira, options.issue, options.file].filter((v) => v !== undefined);
    if (given.length !== 1)
        throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_5__/* .CliError */ .z(_cli_error_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage, 'Give exactly one ticket: --jira KEY, --issue NUMBER, or --file PATH (- for stdin).');
    if (options.jira !== undefined) {
        if (!(0,_core_jira_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .isJiraKey */ ._)(options.jira))
            throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_5__/* .CliError */ .z(_cli_error_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage, `"${options.jira}" is not a Jira key such as ABC-123.`);
        // Without Jira the model would get a key and nothing else, and plan from nothing.
        const missing = JIRA_SETTINGS.filter((key) => !ctx.config[key]).map((key) => _local_config_js__WEBPACK_IMPORTED_MODULE_6__/* .ENV_KEYS */ .j[key]);
        if (missing.length)
            throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_5__/* .CliError */ .z(_cli_error_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.config, `Reading ${options.jira} needs Jira: set ${missing.join(', ')} (the site, e.g. https://your-team.atlassian.net, an account's email and its API token).`);
        const ticket = (0,_core_branch_js__WEBPACK_IMPORTED_MODULE_9__/* .ticketId */ .AX)({ jiraKey: options.jira });
        return { jiraKey: options.jira, ticket, branch: `${prefix}${ticket}` };
    }
    if (options.issue !== undefined) {
        if (!/^[1-9]\d*$/.test(options.issue))
            throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_5__/* .CliError */ .z(_cli_error_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage, `"${options.issue}" is not an issue number.`);
        if (!ctx.github)
            throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_5__/* .CliError */ .z(_cli_error_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.precondition, `Reading issue #${options.issue} needs a checkout whose origin is a GitHub repository; this one's origin is not (see git remote -v). Use --file or --jira instead.`);
        if (!ctx.config['github-token'])
            throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_5__/* .CliError */ .z(_cli_error_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.config, 'Reading a GitHub issue needs GITHUB_TOKEN.');
        const issue = await ctx.deps.host.getIssue(Number(options.issue));
        const ticket = (0,_core_branch_js__WEBPACK_IMPORTED_MODULE_9__/* .ticketId */ .AX)({ issue: issue.number });
        return { issue, ticket, branch: `${prefix}${ticket}` };
    }
    const text = (await readText(options.file ?? '-')).trim();
    if (!text)
        throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_5__/* .CliError */ .z(_cli_error_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage, 'The ticket text is empty.');
    const [title = '', ...rest] = text.split('\n');
    const ticket = (0,_core_branch_js__WEBPACK_IMPORTED_MODULE_9__/* .slugify */ .Yv)(title);
    return {
        issue: { title: title.replace(/^#+\s*/, ''), body: rest.join('\n').trim() },
        ticket,
        branch: `${prefix}${ticket}`,
    };
}
/**
 * owner/repo of an origin on GitHub (github.com, or the host of
 * GITHUB_SERVER_URL for GitHub Enterprise): https, ssh and scp-like
 * addresses. Any other origin (a path, another host) names no GitHub
 * repository.
 */
function parseGitHubRemote(url, serverUrl = 'https://github.com') {
    const hosts = new Set(['github.com', hostOf(serverUrl)].filter(Boolean));
    const text = (url ?? '').trim();
    const match = /^(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(text) ?? /^(?:[\w.-]+@)?([^/:]+):([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(text);
    if (!match?.[1] || !match[2] || !match[3] || !hosts.has(match[1].toLowerCase()))
        return undefined;
    return { owner: match[2], repo: match[3] };
}
function hostOf(url) {
    try {
        return new URL(url).hostname.toLowerCase();
    }
    catch {
        return '';
    }
}
/** The spec of the checked-out branch: the path spec-path gives for its ticket. */
async function branchSpecPath(ctx) {
    const template = ctx.deps.policy.specPathTemplate;
    if (!template.includes(_core_spec_home_js__WEBPACK_IMPORTED_MODULE_10__/* .TICKET_PLACEHOLDER */ .XO))
        return template;
    const prefix = ctx.config['branch-prefix'];
    const branch = await ctx.git.currentBranch();
    const ticket = branch === undefined ? undefined : (0,_core_spec_home_js__WEBPACK_IMPORTED_MODULE_10__/* .ticketOfBranch */ .kv)(prefix, branch);
    const path = ticket === undefined ? undefined : (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeRepoPath */ .NP)((0,_core_spec_home_js__WEBPACK_IMPORTED_MODULE_10__/* .specPathFor */ ._A)(template, ticket));
    if (!path?.ok)
        throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_5__/* .CliError */ .z(_cli_error_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.precondition, `The checked-out branch (${branch ?? 'none: HEAD is detached'}) is not a spec branch (${prefix}<ticket>), so it names no spec. Check out the branch specgate plan made.`);
    return path.path;
}


/***/ }),

/***/ 6885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ requireRepository),
/* harmony export */   isGitRepository: () => (/* binding */ isGitRepository),
/* harmony export */   readTicketFile: () => (/* binding */ readTicketFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _process_programs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7015);
/* harmony import */ var _process_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7212);
/* harmony import */ var _cli_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8607);





/** Whether `dir` is inside a git work tree (false when git or the folder is missing). */
async function isGitRepository(dir, env) {
    const git = (0,_process_programs_js__WEBPACK_IMPORTED_MODULE_2__/* .findProgram */ .Kp)('git', env.PATH, dir);
    if (!git)
        return false;
    try {
        const result = await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R)(git, ['rev-parse', '--is-inside-work-tree'], {
            cwd: dir,
            env: { PATH: env.PATH, HOME: env.HOME },
            timeoutMs: 10_000,
        });
        return result.code === 0 && result.stdout.trim() === 'true';
    }
    catch {
        return false;
    }
}
async function requireRepository(dir, env) {
    if (!(await isGitRepository(dir, env)))
        throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_4__/* .CliError */ .z(_cli_error_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.precondition, `${dir} is not a git repository. Run specgate inside a checkout, or pass --repo DIR.`);
}
/**
 * The ticket text of `--file PATH`. A file that is not there is a wrong
 * command line (exit 2), said in words rather than as ENOENT.
 */
async function readTicketFile(cwd, file) {
    const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, file);
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(full, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_4__/* .CliError */ .z(_cli_error_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.usage, `--file ${file}: there is no such file (${full}).`);
        if (code === 'EISDIR')
            throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_4__/* .CliError */ .z(_cli_error_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.usage, `--file ${file}: this is a folder, not a ticket file.`);
        if (code === 'EACCES')
            throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_4__/* .CliError */ .z(_cli_error_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.usage, `--file ${file}: the file cannot be read (permission denied).`);
        throw error;
    }
}


/***/ })

};
