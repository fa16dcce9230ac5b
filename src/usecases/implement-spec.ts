import { transition, type TicketState } from '../core/state.js';
import type { PullRequest } from '../ports.js';
import { announce } from './announce.js';
import { checkedChange } from './checked-change.js';
import type { Deps, Outcome } from './deps.js';
import { renderReadyBody, type ImplementationReport } from './ready-pull-body.js';
import { runImplementation, type ApprovedSpec, type Ending } from './run-implementation.js';
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
 * The approved spec, implemented and published: the run's change is checked
 * against the scope once more, and only then committed and pushed; the PR
 * and everyone else are told how it went.
 */
export async function implementSpec(
  work: ApprovedWork,
  deps: Deps,
  effects: SideEffects,
): Promise<Outcome> {
  const run = await runImplementation(work, deps, effects);
  return publish({ ...work, preexisting: run.preexisting }, run.report, run.ending, deps, effects);
}

async function publish(
  work: ApprovedWork & { preexisting: ReadonlySet<string> },
  report: ImplementationReport,
  ending: Ending,
  deps: Deps,
  effects: SideEffects,
): Promise<Outcome> {
  const { host, git, clock, redactor, policy } = deps;
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
  const finish = async (
    to: TicketState['state'],
    message: string,
    failed: boolean,
    pushed: boolean,
  ): Promise<Outcome> => {
    state = transition(state, to, now, { note: message });
    await host.updatePull(work.pull.number, { body: renderReadyBody(report, state, work.links) });
    if (!pushed || failed) {
      await host.comment(
        work.pull.number,
        `${failed ? ':x:' : ':warning:'} ${message}\n\n${reportLines(report)}`,
      );
    }
    return {
      state: to,
      failed,
      message,
      prNumber: work.pull.number,
      prUrl: work.pull.url,
      specPath: policy.specPath,
      usage: spent,
      costUsd: report.spent.costUsd,
      warnings: effects.warnings,
      ...(state.jiraKey ? { jiraKey: state.jiraKey } : {}),
    };
  };

  if (ending.kind === 'stopped') {
    const outcome = await finish(
      'ERROR',
      `Implementation stopped: ${ending.reason}. Nothing was pushed.`,
      true,
      false,
    );
    await announce(deps, effects, state, {
      stage: 'Implementation stopped',
      detail: ending.reason,
      pull: work.pull,
      title: work.spec.title,
    });
    return outcome;
  }

  const change = await checkedChange(git, work.base, work.spec.scope, work.preexisting);
  if (!change.ok) return finish('ERROR', `${change.reason} Nothing was pushed.`, true, false);
  const { tree } = change;
  const remote = await git.remoteBranch(state.branch);
  if (remote !== work.base) {
    return finish(
      'ERROR',
      `The branch ${state.branch} changed while the agent worked; nothing was pushed. Review the spec and /approve again.`,
      true,
      false,
    );
  }
  if (ending.kind === 'qa-failed' && !policy.draftOnFailure) {
    return finish(
      'QA_FAILED',
      `${ending.reason}. Nothing was pushed (draft-on-failure is off).`,
      true,
      false,
    );
  }

  const ref = state.jiraKey ?? (state.issue !== undefined ? `#${state.issue}` : state.branch);
  const message = redactor.redact(
    `${ending.kind === 'passed' ? '' : 'WIP (QA failing): '}${work.spec.title} (${ref})\n\nImplements ${policy.specPath} as approved by @${state.approval?.by ?? 'unknown'}.`,
  );
  const commit = await git.commitTree(tree, work.base, message);
  await git.push(commit, state.branch);

  if (ending.kind === 'qa-failed') {
    const outcome = await finish(
      'QA_FAILED',
      `${ending.reason}. The attempt was pushed; the pull request stays a draft.`,
      true,
      true,
    );
    await announce(deps, effects, state, {
      stage: 'QA failed',
      detail: ending.reason,
      pull: work.pull,
      title: work.spec.title,
    });
    return outcome;
  }
  const outcome = await finish(
    'AWAITING_PR_APPROVAL',
    'Implemented; QA passed. Ready for review.',
    false,
    true,
  );
  await effects.attempt('Marking the pull request ready for review', () =>
    host.markReadyForReview(work.pull),
  );
  const reviewers = (
    policy.reviewers.length ? policy.reviewers : [state.approval?.by ?? '']
  ).filter(Boolean);
  await effects.attempt('Requesting reviewers', () =>
    host.requestReviewers(work.pull.number, reviewers),
  );
  await announce(deps, effects, state, {
    stage: 'Ready for review',
    detail: `QA passed; ${report.touched.length} file(s) changed.`,
    pull: work.pull,
    title: work.spec.title,
    ...(policy.jiraStatusInReview ? { jiraStatus: policy.jiraStatusInReview } : {}),
  });
  return outcome;
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
