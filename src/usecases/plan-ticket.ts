import { commitHeader } from '../core/commit-message.js';
import { commitConvention } from './commit-convention.js';
import { ticketId } from '../core/branch.js';
import { findJiraKey } from '../core/jira-keys.js';
import { specPathFor } from '../core/spec-home.js';
import { type TicketState } from '../core/state.js';
import { advance, next, REVIEW_TIMED_OUT, timedOutWaiting } from '../core/ticket-machine.js';
import type { Issue, ModelUsage, PullRequest, Ticket } from '../ports.js';
import type { SpecAnswer } from '../spec/spec-answer.js';
import { renderSpec } from '../spec/spec-document.js';
import { announce } from './announce.js';
import { SideEffects } from './side-effects.js';
import { draftSpec } from './draft-spec.js';
import type { Deps, Outcome } from './deps.js';

export interface PlanRequest {
  trigger: 'label' | 'dispatch' | 'revise';
  /** The repository's default branch when the event names it (saves an API call). */
  defaultBranch?: string;
  /** For `/revise`: the reviewer's feedback on the current spec. */
  feedback?: string;
  /** Who asked, as the audit trail names them; the intake has authorized them. */
  requestedBy: string;
  issueNumber?: number;
  jiraKey?: string;
  /** When it was asked for; a request older than the ticket's last ending asks for nothing. */
  requestedAt?: string;
}

export type PlanDeps = Deps;
export type PlanOutcome = Outcome;

/** Enrich → plan → the ticket's spec on a branch → draft PR awaiting approval. */
export async function planTicket(request: PlanRequest, deps: PlanDeps): Promise<PlanOutcome> {
  const { host, log, policy } = deps;
  const effects = new SideEffects(log);
  const skip = (message: string): PlanOutcome => {
    log.info(`Nothing to do: ${message}`);
    return { state: 'SKIPPED', failed: false, message, warnings: [] };
  };

  let issue: Issue | undefined;
  if (request.issueNumber !== undefined) {
    issue = await host.getIssue(request.issueNumber);
    if (issue.isPullRequest) return skip(`#${issue.number} is a pull request, not an issue`);
  }
  const jiraKey =
    request.jiraKey ?? findJiraKey([issue?.title, issue?.body], policy.jiraProjectKeys);
  if (!issue && !jiraKey) {
    return {
      state: 'ERROR',
      failed: true,
      message: 'Give an issue number or a Jira key to plan.',
      warnings: [],
    };
  }

  const ticketName = ticketId({ issue: issue?.number, jiraKey });
  const branch = `${policy.branchPrefix}${ticketName}`;
  const specPath = specPathFor(policy.specPathTemplate, ticketName);
  const found = await deps.tickets.findByBranch(branch, specPath);
  if (found.kind === 'foreign') {
    return {
      state: 'ERROR',
      failed: true,
      message: `Pull request #${found.pull.number} is open on ${branch}, but ${found.reason}. Close it, then plan again.`,
      warnings: [],
    };
  }
  const existing = found.kind === 'open' ? found : undefined;
  const previous = existing?.state;
  if (request.trigger === 'revise' && !existing) {
    return skip(`there is no open spec pull request for ${branch} to revise`);
  }
  const ended = found.kind === 'ended' ? found : undefined;
  const endedAt = ended?.endedAt;
  if (endedAt && request.requestedAt && Date.parse(request.requestedAt) < Date.parse(endedAt)) {
    return skip(
      `the request (${request.requestedAt}) is older than the end of this ticket's last pull request #${ended.pull.number} (${endedAt}); add the label again to plan it anew`,
    );
  }
  if (existing) {
    const { pull } = existing;
    const state = previous?.state ?? 'AWAITING_SPEC_APPROVAL';
    if (request.trigger === 'label') {
      return {
        ...skip(`spec pull request #${pull.number} already exists; ${nextStep(previous)}`),
        state,
        prNumber: pull.number,
        prUrl: pull.url,
        branch: pull.headRef,
        specPath,
        jiraKey,
      };
    }
    const replannable =
      previous && timedOutWaiting(previous) === 'review'
        ? { ok: false as const, reason: REVIEW_TIMED_OUT }
        : next(state, planEvent(request));
    if (!replannable.ok) {
      return {
        ...skip(`pull request #${pull.number} is ${state}; ${replannable.reason}`),
        state,
        prNumber: pull.number,
        prUrl: pull.url,
        branch: pull.headRef,
      };
    }
  }

  const revision =
    request.trigger === 'revise' && request.feedback
      ? {
          previousSpec:
            (await deps.files.readOnBranch(branch, specPath)) ??
            '(the current spec could not be read)',
          feedback: request.feedback,
        }
      : undefined;
  const draft = await draftSpec(
    {
      ...(issue ? { issue } : {}),
      ...(jiraKey ? { jiraKey } : {}),
      ...(revision ? { revision } : {}),
    },
    deps,
  );
  if (!draft.ok) {
    return reportFailure(
      draft.message,
      { issue, jiraKey, ticket: draft.ticket },
      deps,
      effects,
      draft.usage,
    );
  }
  const { answer, usage, notes, ticket } = draft;

  return publishSpec(
    {
      answer,
      usage,
      issue,
      jiraKey,
      ticket,
      notes,
      branch,
      specPath,
      existing: existing?.pull,
      previous,
      request,
    },
    deps,
    effects,
  );
}

interface Draft {
  answer: SpecAnswer;
  usage: ModelUsage;
  issue?: Issue;
  jiraKey?: string;
  ticket?: Ticket;
  notes: string[];
  branch: string;
  /** Where this ticket's spec is written. */
  specPath: string;
  /** The ticket's open pull request, when it has one. */
  existing?: PullRequest;
  previous?: TicketState;
  request: PlanRequest;
}

async function publishSpec(
  draft: Draft,
  deps: PlanDeps,
  effects: SideEffects,
): Promise<PlanOutcome> {
  const { git, host, policy, redactor, clock } = deps;
  const jiraUrl = draft.jiraKey ? deps.tracker?.browseUrl(draft.jiraKey) : undefined;
  const content = redactor.redact(
    renderSpec(draft.answer, {
      issue: draft.issue?.number,
      jiraKey: draft.jiraKey,
      jiraUrl,
      model: deps.model.name,
      notes: draft.notes,
    }),
  );
  const defaultBranch = draft.request.defaultBranch ?? (await host.defaultBranch());
  // A new spec branch starts from the default branch, whatever ref the run checked out.
  const base =
    (await git.remoteBranch(draft.branch)) ??
    (await git.remoteBranch(defaultBranch)) ??
    (await git.revParse('HEAD'));
  const ref = draft.jiraKey ?? `#${draft.issue?.number}`;
  const commit = await git.commitFiles(
    base,
    [{ path: draft.specPath, content }],
    redactor.redact(commitHeader('spec', draft.answer.title, ref, await commitConvention(deps))),
  );
  if (commit !== base) await git.push(commit, draft.branch);

  const now = clock.now();
  const reused = draft.existing ? draft.previous : undefined;
  // A new ticket starts PENDING with no history; a re-planned one goes on from
  // where it was, so its history shows the new round of planning.
  let state: TicketState = {
    version: 1,
    state: reused?.state ?? 'PENDING',
    ...(draft.issue ? { issue: draft.issue.number } : {}),
    ...(draft.jiraKey ? { jiraKey: draft.jiraKey } : {}),
    branch: draft.branch,
    specPath: draft.specPath,
    specSha: await git.blobId(content),
    head: commit,
    ...(reused?.slack ? { slack: reused.slack } : {}),
    spent: addUsage(reused?.spent, draft.usage),
    history: reused?.history ?? [],
  };
  // Without a readable earlier state there is nothing to revise: plan afresh.
  state = advance(state, reused ? planEvent(draft.request) : 'plan-requested', now, {
    by: draft.request.requestedBy,
    note: draft.request.trigger,
  });
  state = advance(state, 'spec-drafted', now, {
    ...(draft.request.trigger === 'revise' ? { by: draft.request.requestedBy } : {}),
    note:
      draft.request.trigger === 'revise'
        ? 'spec revised'
        : reused
          ? 'spec re-planned'
          : 'spec written',
  });

  const title = `${draft.jiraKey ? `[${draft.jiraKey}] ` : ''}Spec: ${draft.answer.title}`;
  const page = { kind: 'spec' as const, answer: draft.answer, ...(jiraUrl ? { jiraUrl } : {}) };
  const created = !draft.existing;
  let stored = draft.existing
    ? await deps.tickets.save({ pull: draft.existing }, state, { page, title })
    : await deps.tickets.create({ title, base: defaultBranch, state, page });
  const pull = stored.pull;

  const slack = await announce(deps, effects, state, {
    stage: created ? 'Spec ready for approval' : 'Spec updated',
    detail: `${draft.answer.scope.length} file(s) in scope. A person with write access approves it with /approve on the pull request.`,
    pull,
    title: draft.answer.title,
    linkPull: true,
    tellJira: Boolean(draft.ticket),
    ...(created && policy.jiraStatusSpecReview ? { jiraStatus: policy.jiraStatusSpecReview } : {}),
    ...(jiraUrl ? { jiraUrl } : {}),
    ...(draft.issue ? { issue: { number: draft.issue.number, url: draft.issue.url } } : {}),
  });
  if (slack && !state.slack) {
    stored = await deps.tickets.save(stored, { ...state, slack });
    state = stored.state;
  }
  if (created && draft.issue) {
    await effects.attempt('Commenting on the issue', () =>
      host.comment(
        draft.issue!.number,
        `specgate wrote a spec for this issue: #${pull.number}. Review it there and comment \`/approve\`, \`/revise <feedback>\` or \`/reject [reason]\`.`,
      ),
    );
  }
  return {
    state: state.state,
    failed: false,
    message: `${created ? 'Opened' : 'Updated'} spec pull request #${pull.number}`,
    prNumber: pull.number,
    prUrl: pull.url,
    branch: draft.branch,
    specPath: draft.specPath,
    ...(draft.jiraKey ? { jiraKey: draft.jiraKey } : {}),
    usage: draft.usage,
    warnings: effects.warnings,
  };
}

function planEvent(request: PlanRequest): 'revise-requested' | 'plan-requested' {
  return request.trigger === 'revise' ? 'revise-requested' : 'plan-requested';
}

async function reportFailure(
  message: string,
  ticket: { issue?: Issue; jiraKey?: string; ticket?: Ticket },
  deps: PlanDeps,
  effects: SideEffects,
  usage?: ModelUsage,
): Promise<PlanOutcome> {
  deps.log.error(message);
  if (ticket.issue) {
    await effects.attempt('Commenting on the issue', () =>
      deps.host.comment(
        ticket.issue!.number,
        `:x: ${message}\n\nNothing was pushed. Fix the cause and add the label again, or run the workflow by hand.`,
      ),
    );
  }
  if (ticket.jiraKey && ticket.ticket && deps.tracker) {
    const key = ticket.jiraKey;
    await effects.attempt('Commenting on Jira', () => deps.tracker!.comment(key, message));
  }
  return {
    state: 'ERROR',
    failed: true,
    message,
    ...(usage ? { usage } : {}),
    warnings: effects.warnings,
  };
}

function addUsage(
  spent: TicketState['spent'],
  usage: ModelUsage,
): NonNullable<TicketState['spent']> {
  return {
    promptTokens: (spent?.promptTokens ?? 0) + usage.promptTokens,
    completionTokens: (spent?.completionTokens ?? 0) + usage.completionTokens,
    costUsd: spent?.costUsd ?? 0,
  };
}

/** What a person can do with a ticket whose spec pull request is open, in its state. */
function nextStep(previous: TicketState | undefined): string {
  switch (previous ? timedOutWaiting(previous) : undefined) {
    case 'review':
      return REVIEW_TIMED_OUT;
    case 'spec':
      return 'it timed out waiting for approval: comment /approve on it, or run the workflow by hand to plan it again';
    default:
      return 'comment /revise on it to change the spec';
  }
}
