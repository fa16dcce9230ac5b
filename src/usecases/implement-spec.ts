import { commitHeader } from '../core/commit-message.js';
import { commitConvention } from './commit-convention.js';
import type { TicketState } from '../core/state.js';
import { advance, type TicketEvent } from '../core/ticket-machine.js';
import type { PullRequest } from '../ports.js';
import { announce } from './announce.js';
import type { ApprovedSpec } from './approved-spec.js';
import type { Deps, Outcome } from './deps.js';
import type { ImplementationReport } from '../ports.js';
import { qaVerdict, runImplementation, type ImplementationRun } from './run-implementation.js';
import type { SideEffects } from './side-effects.js';

export interface ApprovedWork {
  pull: PullRequest;
  state: TicketState;
  spec: ApprovedSpec;
  /** The branch commit the approval was given on: work starts here and pushes on top. */
  base: string;
  links: string;
}

/**
 * The approved spec, implemented and published: the change built from the
 * scope files in the trusted store is committed and pushed from there; the
 * PR and everyone else are told how it went.
 */
export async function implementSpec(
  work: ApprovedWork,
  deps: Deps,
  effects: SideEffects,
): Promise<Outcome> {
  const store = await deps.git.openTrustedStore(work.base);
  try {
    const run = await runImplementation(work, deps, effects, store);
    return await publish(work, run, store.git, deps, effects);
  } finally {
    await store.dispose();
  }
}

async function publish(
  work: ApprovedWork,
  run: ImplementationRun,
  trusted: Deps['git'],
  deps: Deps,
  effects: SideEffects,
): Promise<Outcome> {
  const { report, ending } = run;
  const { host, clock, redactor, policy } = deps;
  const now = clock.now();
  const spent = {
    promptTokens: report.spent.promptTokens,
    completionTokens: report.spent.completionTokens,
  };
  let state: TicketState = {
    ...work.state,
    spent: {
      promptTokens: (work.state.spent?.promptTokens ?? 0) + spent.promptTokens,
      completionTokens: (work.state.spent?.completionTokens ?? 0) + spent.completionTokens,
      costUsd: (work.state.spent?.costUsd ?? 0) + report.spent.costUsd,
    },
  };
  for (const m of run.moves) state = advance(state, m.event, m.at, { note: m.note });
  /** Every ending goes the same way: PR body, a comment when it failed, Slack and Jira. */
  const finish = async (end: {
    event: TicketEvent;
    message: string;
    stage: string;
    failed: boolean;
    jiraStatus?: string;
  }): Promise<Outcome> => {
    state = advance(state, end.event, now, { note: end.message });
    await deps.tickets.save(work, state, {
      page: { kind: 'report', report, links: work.links },
    });
    if (end.failed) {
      await host.comment(work.pull.number, `:x: ${end.message}\n\n${reportLines(report)}`);
    }
    await announce(deps, effects, state, {
      stage: end.stage,
      detail: end.message,
      pull: work.pull,
      title: work.spec.title,
      ...(end.jiraStatus ? { jiraStatus: end.jiraStatus } : {}),
    });
    return {
      state: state.state,
      failed: end.failed,
      message: end.message,
      prNumber: work.pull.number,
      prUrl: work.pull.url,
      branch: work.pull.headRef,
      specPath: state.specPath,
      usage: spent,
      costUsd: report.spent.costUsd,
      qaSandbox: report.isolation,
      warnings: effects.warnings,
      ...(state.jiraKey ? { jiraKey: state.jiraKey } : {}),
    };
  };
  const stopped = (message: string) =>
    finish({
      event: 'implementation-failed',
      message: `${message} Nothing was pushed.`,
      stage: 'Implementation stopped',
      failed: true,
    });

  if (ending.kind === 'stopped') return stopped(`Implementation stopped: ${ending.reason}.`);
  const change = run.change;
  if (!change) return stopped('The change was not built.');
  if (!change.ok) return stopped(change.reason);
  if ((await trusted.remoteHead(state.branch)) !== work.base) {
    return stopped(
      `The branch ${state.branch} changed while the agent worked. Review the spec and /approve again.`,
    );
  }
  if (ending.kind === 'qa-failed' && !policy.draftOnFailure) {
    return finish({
      event: 'qa-failed',
      message: `${ending.reason}. Nothing was pushed (draft-on-failure is off).`,
      stage: 'QA failed',
      failed: true,
    });
  }

  const ref = state.jiraKey ?? (state.issue !== undefined ? `#${state.issue}` : state.branch);
  const message = redactor.redact(
    `${commitHeader(ending.kind === 'passed' ? 'change' : 'checkpoint', work.spec.title, ref, await commitConvention(deps))}\n\nImplements ${state.specPath} as approved by @${state.approval?.by ?? 'unknown'}.`,
  );
  const commit = await trusted.commitTree(change.tree, work.base, message);
  await trusted.push(commit, state.branch);
  // specgate's own push: the head a later /approve binds to.
  state = { ...state, head: commit };

  if (ending.kind === 'qa-failed') {
    return finish({
      event: 'qa-failed',
      message: `${ending.reason}. The attempt was pushed; the pull request stays a draft.`,
      stage: 'QA failed',
      failed: true,
    });
  }
  await effects.attempt('Marking the pull request ready for review', () =>
    host.markReadyForReview(work.pull),
  );
  const reviewers = (
    policy.reviewers.length ? policy.reviewers : [state.approval?.by ?? '']
  ).filter(Boolean);
  await effects.attempt('Requesting reviewers', () =>
    host.requestReviewers(work.pull.number, reviewers),
  );
  return finish({
    event: 'ready-for-review',
    message: `Implemented; ${qaVerdict(report.gates)}; ${report.touched.length} file(s) changed. Ready for review.`,
    stage: 'Ready for review',
    failed: false,
    ...(policy.jiraStatusInReview ? { jiraStatus: policy.jiraStatusInReview } : {}),
  });
}

function reportLines(report: ImplementationReport): string {
  const lines = [
    `Files written: ${report.touched.length ? report.touched.map((f) => `\`${f}\``).join(', ') : 'none'}`,
    ...report.gates.map((g) => `QA ${g.name}: ${g.passed ? 'passed' : 'failed'}`),
    ...report.refusals.map((r) => `Refused: ${r}`),
    `Spent: ${report.spent.turns} turns, ${report.spent.promptTokens + report.spent.completionTokens} tokens, $${report.spent.costUsd.toFixed(4)}`,
  ];
  return lines.map((l) => `- ${l}`).join('\n');
}
