import type { TicketState } from '../core/state.js';
import { advance, next, REVIEW_TIMED_OUT, timedOutWaiting } from '../core/ticket-machine.js';
import type { PullRequest } from '../ports.js';
import { announce } from './announce.js';
import { readSpecToApprove } from './approved-spec.js';
import type { Deps, Outcome } from './deps.js';
import { implementSpec } from './implement-spec.js';
import type { SideEffects } from './side-effects.js';

export interface Approval {
  pull: PullRequest;
  state: TicketState;
  approver: string;
}

/**
 * `/approve`: binds the approval to the branch head and the spec blob that
 * specgate itself last recorded, validates the spec's scope again, and
 * implements it. Commit dates are set by whoever pushes, so they decide nothing:
 * any push specgate did not record needs an approval of its own.
 */
export async function approveSpec(
  approval: Approval,
  deps: Deps,
  effects: SideEffects,
): Promise<Outcome> {
  const { pull, approver } = approval;
  let state = approval.state;
  const { git, host, policy, clock } = deps;
  const skip = (message: string): Outcome => {
    deps.log.info(`Nothing to do: ${message}`);
    return {
      state: state.state,
      failed: false,
      message,
      prNumber: pull.number,
      prUrl: pull.url,
      branch: pull.headRef,
      warnings: [],
    };
  };
  if (!pull.open) return skip(`pull request #${pull.number} is closed`);
  const approvable = next(state.state, 'spec-approved');
  if (!approvable.ok)
    return skip(`the spec of #${pull.number} is ${state.state}; ${approvable.reason}`);
  if (timedOutWaiting(state) === 'review') return skip(`#${pull.number}: ${REVIEW_TIMED_OUT}`);

  const refuse = async (why: string): Promise<Outcome> => {
    await host.comment(
      pull.number,
      `:no_entry: @${approver}, the approval was not applied: ${why}`,
    );
    return {
      state: state.state,
      failed: true,
      message: why,
      prNumber: pull.number,
      prUrl: pull.url,
      branch: pull.headRef,
      warnings: effects.warnings,
    };
  };

  const base = await git.remoteBranch(state.branch);
  if (!base) return refuse(`the branch ${state.branch} no longer exists.`);
  await git.checkout(base);
  const reading = await readSpecToApprove(git, base, state.specPath, policy);
  if (!reading.ok) {
    if (reading.missing) return refuse(`${state.specPath} is missing from ${state.branch}.`);
    const listed = reading.errors.map((e) => `\n- ${e}`).join('');
    return refuse(`${reading.problem}${listed ? `:${listed}` : ''}`);
  }
  const { spec } = reading;
  const specSha = await git.blobId(spec.text);
  const now = clock.now();
  const moved = recordedDifference(state, base, specSha);
  if (moved) {
    // Someone pushed since specgate last recorded the branch: nothing says the
    // approver saw this version. Record it, and ask for an approval of it.
    state = advance({ ...state, specSha, head: base }, 'spec-changed-outside', now, {
      note: `${moved} changed outside specgate`,
    });
    await deps.tickets.save({ pull }, state);
    return refuse(
      `${state.branch} changed since specgate recorded it (${moved}). This version is now recorded; review ${state.specPath} as it is now and comment /approve again.`,
    );
  }
  state = advance(
    { ...state, specSha, approval: { by: approver, specSha, at: now.toISOString() } },
    'spec-approved',
    now,
    {
      by: approver,
      note: `approved spec blob ${specSha.slice(0, 12)}`,
    },
  );
  state = advance(state, 'implementation-started', now);
  await deps.tickets.save({ pull }, state);
  await host.comment(
    pull.number,
    `Approved by @${approver} (spec blob \`${specSha.slice(0, 12)}\`). Implementing now: the agent may write only ${spec.scope.files.map((f) => `\`${f}\``).join(', ')}.`,
  );
  await announce(deps, effects, state, {
    stage: 'Spec approved',
    detail: `Approved by ${approver}; implementing.`,
    pull,
    title: spec.title,
  });

  const links = [
    state.issue !== undefined ? `Closes #${state.issue}` : '',
    state.jiraKey ? `Jira: ${deps.tracker?.browseUrl(state.jiraKey) ?? state.jiraKey}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  try {
    return await implementSpec(
      {
        pull,
        state,
        spec,
        base,
        links,
      },
      deps,
      effects,
    );
  } catch (error) {
    // Whatever broke, the PR must not stay EXECUTING: say so and allow a new /approve.
    const reason = error instanceof Error ? error.message : String(error);
    const failed = advance(state, 'implementation-failed', clock.now(), { note: reason });
    await effects.attempt('Recording the failure on the pull request', async () => {
      await deps.tickets.save({ pull }, failed);
      await host.comment(
        pull.number,
        `:x: The implementation failed: ${reason}\n\nNothing more was pushed. Comment /approve to try again.`,
      );
    });
    return {
      state: failed.state,
      failed: true,
      message: reason,
      prNumber: pull.number,
      prUrl: pull.url,
      branch: pull.headRef,
      warnings: effects.warnings,
    };
  }
}

/** What moved since specgate recorded the branch, in words, or undefined. */
function recordedDifference(state: TicketState, head: string, specSha: string): string | undefined {
  const short = (sha: string | undefined) => sha?.slice(0, 12) ?? 'none';
  const changes = [
    state.head !== head ? `head ${short(state.head)} → ${short(head)}` : '',
    state.specSha !== specSha ? `spec blob ${short(state.specSha)} → ${short(specSha)}` : '',
  ].filter(Boolean);
  return changes.length ? changes.join(', ') : undefined;
}
