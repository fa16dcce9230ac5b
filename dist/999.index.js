export const id = 999;
export const ids = [999];
export const modules = {

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

/***/ 8999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubHandoffSource: () => (/* binding */ GitHubHandoffSource)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);

/** The hand-off's questions, answered by GitHub's REST API. */
class GitHubHandoffSource {
    octokit;
    repo;
    constructor(octokit, repo) {
        this.octokit = octokit;
        this.repo = repo;
    }
    async comment(id) {
        let data;
        try {
            ({ data } = await this.octokit.rest.issues.getComment({ ...this.repo, comment_id: id }));
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error) === 404)
                return undefined;
            return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withGitHub */ .WN)(`read comment ${id}`, () => Promise.reject(error));
        }
        const issueNumber = Number(/\/issues\/(\d+)$/.exec(data.issue_url)?.[1]);
        if (!Number.isInteger(issueNumber))
            return undefined;
        const issue = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withGitHub */ .WN)(`read #${issueNumber}`, () => this.octokit.rest.issues.get({ ...this.repo, issue_number: issueNumber }));
        return {
            author: actorOf(data.user),
            body: data.body ?? '',
            issueNumber,
            onPull: Boolean(issue.data.pull_request),
            edited: Date.parse(data.updated_at) > Date.parse(data.created_at),
            writtenAt: data.created_at,
        };
    }
    async lastLabeler(issueNumber, label) {
        const events = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withGitHub */ .WN)(`read the events of #${issueNumber}`, () => this.octokit.paginate(this.octokit.rest.issues.listEvents, {
            ...this.repo,
            issue_number: issueNumber,
            per_page: 100,
        }));
        const last = events
            .filter((event) => (event.event === 'labeled' || event.event === 'unlabeled') &&
            'label' in event &&
            event.label.name.toLowerCase() === label.toLowerCase())
            .at(-1);
        return last?.event === 'labeled' && last.actor
            ? { actor: actorOf(last.actor), at: last.created_at }
            : undefined;
    }
    async issue(number) {
        const { data } = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withGitHub */ .WN)(`read issue #${number}`, () => this.octokit.rest.issues.get({ ...this.repo, issue_number: number }));
        return { author: actorOf(data.user), title: data.title, body: data.body ?? '' };
    }
}
function actorOf(user) {
    return user
        ? { login: user.login, ...(user.type ? { type: user.type } : {}) }
        : { login: 'ghost' };
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


/***/ })

};
