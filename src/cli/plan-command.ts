import { commitHeader } from '../core/commit-message.js';
import { commitConvention } from '../usecases/commit-convention.js';
import { specPathFor } from '../core/spec-home.js';
import { renderSpec } from '../spec/spec-document.js';
import { draftSpec } from '../usecases/draft-spec.js';
import { CliError, EXIT } from './cli-error.js';
import { stage } from './io.js';
import { requireCleanTree, type LocalContext, type TicketInput } from './local-run.js';

export interface PlanResult {
  branch: string;
  specPath: string;
  commit: string;
  title: string;
  scope: { path: string; change: string }[];
  tokens: number;
}

/** `specgate plan`: the ticket's spec, committed on a new branch that is checked out. */
export async function planCommand(ctx: LocalContext, ticket: TicketInput): Promise<PlanResult> {
  const { git, deps, io } = ctx;
  await requireCleanTree(git);
  if (
    await git.revParse(`refs/heads/${ticket.branch}`).then(
      () => true,
      () => false,
    )
  ) {
    throw new CliError(
      EXIT.precondition,
      `The branch ${ticket.branch} already exists. Delete it, or check it out and run specgate implement.`,
    );
  }
  stage(io, `plan: reading the ticket and the repository, asking ${deps.model.name}`);
  const draft = await draftSpec(
    {
      ...(ticket.issue ? { issue: ticket.issue } : {}),
      ...(ticket.jiraKey ? { jiraKey: ticket.jiraKey } : {}),
    },
    deps,
  );
  if (!draft.ok) throw new CliError(EXIT.failed, draft.message);
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
  stage(
    io,
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
