export const id = 574;
export const ids = [574];
export const modules = {

/***/ 3574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeSweep: () => (/* binding */ describeSweep),
/* harmony export */   sweepCommand: () => (/* binding */ sweepCommand)
/* harmony export */ });
/* harmony import */ var _intake_run_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7772);
/* harmony import */ var _cli_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8607);


/** `specgate sweep`: the scheduled run's timeout sweep, for the checkout's GitHub repository. */
async function sweepCommand(ctx) {
    if (!ctx.config['github-token'])
        throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_1__/* .CliError */ .z(_cli_error_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.config, 'specgate sweep needs GITHUB_TOKEN.');
    if (!ctx.github)
        throw new _cli_error_js__WEBPACK_IMPORTED_MODULE_1__/* .CliError */ .z(_cli_error_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.precondition, 'specgate sweep needs a checkout whose origin is a GitHub repository.');
    ctx.io.stderr.write(`▸ Sweeping ${ctx.github.owner}/${ctx.github.repo}\n`);
    const outcome = await (0,_intake_run_command_js__WEBPACK_IMPORTED_MODULE_0__.runCommand)({ kind: 'sweep', requester: { source: 'terminal' } }, ctx.deps);
    return {
        ok: !outcome.failed,
        message: outcome.message,
        swept: outcome.swept ?? [],
        failures: outcome.failures ?? [],
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


/***/ })

};
