import * as core from '@actions/core';
import type { Redactor } from '../core/redact.js';
import type { Outcome } from '../usecases/deps.js';
import type { Runner } from './runner.js';

/** Sets the outputs and writes the job summary of an ending run. */
export async function writeSummary(
  raw: Outcome,
  runner: Runner,
  redactor: Redactor,
): Promise<void> {
  // The summary is posted too: it gets the same redaction as everything else.
  const outcome = {
    ...raw,
    message: redactor.redact(raw.message),
    warnings: raw.warnings.map((w) => redactor.redact(w)),
    dryRun: raw.dryRun?.map((w) => redactor.redact(w)),
    dryRunFiles: raw.dryRunFiles?.map((f) => ({ ...f, content: redactor.redact(f.content) })),
  };
  runner.output('state', outcome.state);
  runner.output('pr-number', outcome.prNumber?.toString() ?? '');
  runner.output('pr-url', outcome.prUrl ?? '');
  runner.output('branch', outcome.branch ?? '');
  runner.output('spec-path', outcome.specPath ?? '');
  for (const warning of outcome.warnings) runner.log.warn(warning);
  const rows = [
    [
      { data: 'Item', header: true },
      { data: 'Value', header: true },
    ],
    ['State', outcome.state],
    ['Result', escapeHtml(outcome.message)],
    ...(outcome.prUrl
      ? [['Pull request', `<a href="${outcome.prUrl}">#${outcome.prNumber}</a>`]]
      : []),
    ...(outcome.branch ? [['Branch', escapeHtml(outcome.branch)]] : []),
    ...(outcome.jiraKey ? [['Jira', outcome.jiraKey]] : []),
    ...(outcome.qaSandbox ? [['QA sandbox', escapeHtml(outcome.qaSandbox)]] : []),
    ...(outcome.costUsd !== undefined ? [['Cost', `$${outcome.costUsd.toFixed(4)}`]] : []),
    ...(outcome.usage
      ? [['Tokens', `${outcome.usage.promptTokens} in, ${outcome.usage.completionTokens} out`]]
      : []),
  ];
  const summary = core.summary.addHeading('specgate', 2).addTable(rows);
  if (outcome.dryRun) {
    const unopened = outcome.dryRun.some((w) => /#0\b/.test(w))
      ? ' (#0 stands for the pull request it would have opened)'
      : '';
    summary
      .addHeading('Dry run: nothing was written', 3)
      .addRaw(
        outcome.dryRun.length
          ? `The run would have made these writes, in this order${unopened}:\n\n`
          : 'The run would have made no writes.\n\n',
      )
      .addList(outcome.dryRun.map(escapeHtml));
    for (const file of outcome.dryRunFiles ?? [])
      summary.addDetails(
        escapeHtml(`${file.path}, as it would have been committed`),
        `\n\n<pre>${escapeHtml(file.content.slice(0, 60_000))}</pre>\n\n`,
      );
  }
  if (outcome.warnings.length)
    summary.addHeading('Warnings', 3).addList(outcome.warnings.map(escapeHtml));
  // core.summary only builds the HTML here; the runner decides where it goes.
  const text = summary.stringify();
  summary.emptyBuffer();
  await runner.summary(text);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The summary of a run that ended before any use case could: its state and why. */
export async function writeErrorSummary(message: string, runner: Runner): Promise<void> {
  const summary = core.summary
    .addHeading('specgate', 2)
    .addRaw(`State: ERROR\n\n`)
    .addCodeBlock(message);
  const text = summary.stringify();
  summary.emptyBuffer();
  await runner.summary(text);
}
