import type { Redactor } from '../core/redact.js';
import type { TicketState } from '../core/state.js';
import type { ImplementationReport } from '../ports.js';
import { inert, oneLine, stateFooter, stateLine } from './pull-body.js';

/**
 * The PR description after implementation: what a reviewer needs at a glance.
 * Each untrusted piece is redacted on its own before the body is put together,
 * so no piece can reach past its own section (to the state marker, say).
 */
export function renderReadyBody(
  raw: ImplementationReport,
  state: TicketState,
  links: string,
  redactor: Redactor,
): string {
  const report = redactReport(raw, redactor);
  const touched = new Set(report.touched);
  const files = report.approved.map(
    (f) => `| \`${f}\` | ${touched.has(f) ? 'changed' : 'not changed'} |`,
  );
  const gates = report.gates.length
    ? `| Gate | Command | Result | Time |\n| --- | --- | --- | --- |\n${report.gates
        .map(
          (g) =>
            `| ${g.name} | \`${oneLine(g.command)}\` | ${g.passed ? 'passed' : g.timedOut ? 'timed out' : 'failed'} | ${(g.durationMs / 1000).toFixed(1)} s |`,
        )
        .join('\n')}`
    : 'No QA commands are configured (`test-command`, `lint-command`, `build-command`).';
  const failedOutput = report.gates
    .filter((g) => !g.passed)
    .map(
      (g) =>
        `<details><summary>${g.name} output (end)</summary>\n\n\`\`\`\n${inert(g.outputTail).replace(/```/g, "'''")}\n\`\`\`\n\n</details>`,
    );
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

function redactReport(report: ImplementationReport, redactor: Redactor): ImplementationReport {
  const r = (text: string) => redactor.redact(text);
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
