export const id = 885;
export const ids = [885];
export const modules = {

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


/***/ })

};
