import { commitHeader } from '../core/commit-message.js';
import { specPathFor } from '../core/spec-home.js';
import { renderSpec } from '../spec/spec-document.js';
import { commitConvention } from './commit-convention.js';
import type { Deps } from './deps.js';
import { draftSpec } from './draft-spec.js';

/** A ticket to plan in a checkout: its text or Jira key, its id and the branch it gets. */
export interface LocalTicket {
  issue?: { number?: number; title: string; body: string };
  jiraKey?: string;
  /** The ticket's id: its branch without the prefix, and `{ticket}` in spec-path. */
  ticket: string;
  branch: string;
}

export interface PlanHereResult {
  branch: string;
  specPath: string;
  commit: string;
  title: string;
  scope: { path: string; change: string }[];
  tokens: number;
}

/** Why local work did not happen: a state of the checkout the person can fix, or a failure. */
export interface HereRefusal {
  refused: 'precondition' | 'failed';
  message: string;
}

/**
 * The ticket's spec, committed on a new branch of the checkout that is
 * checked out; nothing leaves the machine. An existing branch is never
 * overwritten.
 */
export async function planHere(
  ticket: LocalTicket,
  deps: Deps,
  progress: (stage: string) => void,
): Promise<PlanHereResult | HereRefusal> {
  const { git } = deps;
  const exists = await git.revParse(`refs/heads/${ticket.branch}`).then(
    () => true,
    () => false,
  );
  if (exists)
    return {
      refused: 'precondition',
      message: `The branch ${ticket.branch} already exists. Delete it, or check it out and run specgate implement.`,
    };
  progress(`plan: reading the ticket and the repository, asking ${deps.model.name}`);
  const draft = await draftSpec(
    {
      ...(ticket.issue ? { issue: ticket.issue } : {}),
      ...(ticket.jiraKey ? { jiraKey: ticket.jiraKey } : {}),
    },
    deps,
  );
  if (!draft.ok) return { refused: 'failed', message: draft.message };
  const specPath = specPathFor(deps.policy.specPathTemplate, ticket.ticket);
  const content = deps.redactor.redact(
    renderSpec(draft.answer, {
      ...(ticket.issue?.number !== undefined ? { issue: ticket.issue.number } : {}),
      ...(ticket.jiraKey
        ? { jiraKey: ticket.jiraKey, jiraUrl: deps.tracker?.browseUrl(ticket.jiraKey) }
        : {}),
      model: deps.model.name,
      notes: draft.notes,
    }),
  );
  const head = await git.revParse('HEAD');
  const commit = await git.commitFiles(
    head,
    [{ path: specPath, content }],
    commitHeader('spec', draft.answer.title, '', await commitConvention(deps)),
  );
  await git.startBranch(ticket.branch, commit);
  const tokens = draft.usage.promptTokens + draft.usage.completionTokens;
  progress(
    `plan: ${specPath} written on ${ticket.branch} (${draft.answer.scope.length} files in scope, ${tokens} tokens)`,
  );
  return {
    branch: ticket.branch,
    specPath,
    commit,
    title: draft.answer.title,
    scope: draft.answer.scope.map(({ path, change }) => ({ path, change })),
    tokens,
  };
}
