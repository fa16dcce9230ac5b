import { specPathPattern } from '../core/spec-home.js';
import type { ModelUsage, Ticket } from '../ports.js';
import { loadTokenCounter, promptTokens, type CountTokens } from '../spec/tokens.js';
import { gatherContext, type RepoContext } from '../repo/context.js';
import { pathPolicyOf } from '../spec/approved-scope.js';
import { buildPlanPrompt, type PlanPromptInput } from '../spec/plan-prompt.js';
import type { SpecAnswer } from '../spec/spec-answer.js';
import type { Deps } from './deps.js';
import { writeSpec } from './write-spec.js';

export interface SpecRequest {
  /** A GitHub issue, or (no number) a ticket written by hand. */
  issue?: { number?: number; title: string; body: string };
  jiraKey?: string;
  revision?: { previousSpec: string; feedback: string };
}

export type Draft =
  | { ok: true; answer: SpecAnswer; usage: ModelUsage; notes: string[]; ticket?: Ticket }
  | { ok: false; message: string; usage?: ModelUsage; ticket?: Ticket };

const MAX_TEXT = 20_000;

/**
 * Enrich and plan: reads the Jira ticket (a failure becomes a note, not an
 * error), gathers repo context, and asks the model for a spec until one is
 * valid. The prompt builder strips hidden content from all ticket text. No side effects.
 */
export async function draftSpec(
  request: SpecRequest,
  deps: Pick<Deps, 'files' | 'model' | 'tracker' | 'log' | 'policy'>,
): Promise<Draft> {
  const { policy, log } = deps;
  const notes: string[] = [];
  const ticket = request.jiraKey ? await readTicket(request.jiraKey, deps, notes) : undefined;
  const issue = request.issue && {
    ...(request.issue.number !== undefined ? { number: request.issue.number } : {}),
    title: limit(request.issue.title),
    body: limit(request.issue.body),
  };
  const [tracked, countTokens] = await Promise.all([deps.files.list(), loadTokenCounter()]);
  const pathPolicy = pathPolicyOf(policy);
  const input: PlanPromptInput = {
    ...(request.revision
      ? { revision: { ...request.revision, feedback: limit(request.revision.feedback) } }
      : {}),
    issue,
    ticket,
    notes,
    context: { tree: [], treeTruncated: false, files: [], terms: [] },
    maxScopeFiles: policy.maxScopeFiles,
    deniedPaths: policy.deniedPaths,
    specPath: specPathPattern(policy.specPathTemplate),
  };
  // The repository gets what the rest of the prompt leaves of the budget.
  const fixed = promptTokens(buildPlanPrompt(input), countTokens);
  const context = await gatherContext(
    deps.files,
    [
      issue?.title,
      issue?.body,
      ticket?.summary,
      ticket?.description,
      ticket?.acceptanceCriteria,
    ].join('\n'),
    {
      tokenBudget: Math.max(0, policy.contextTokens - fixed),
      countTokens,
      policy: pathPolicy,
      tracked,
    },
  );
  const prompt = withinBudget(input, context, policy.contextTokens, countTokens);
  const rules = {
    policy: pathPolicy,
    maxFiles: policy.maxScopeFiles,
    trackedFiles: new Set(tracked),
  };
  try {
    const result = await writeSpec(deps.model, prompt, rules, policy.specAttempts, log);
    if (result.ok)
      return {
        ok: true,
        answer: result.answer,
        usage: result.usage,
        notes,
        ...(ticket ? { ticket } : {}),
      };
    const list = result.errors.map((e) => `- ${e}`).join('\n');
    return {
      ok: false,
      message: `specgate could not write an acceptable spec after ${result.attempts} attempt(s). The model's last answer was rejected:\n\n${list}`,
      usage: result.usage,
      ...(ticket ? { ticket } : {}),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: `specgate could not write a spec: ${reason}`,
      ...(ticket ? { ticket } : {}),
    };
  }
}

async function readTicket(
  key: string,
  deps: Pick<Deps, 'tracker' | 'log'>,
  notes: string[],
): Promise<Ticket | undefined> {
  if (!deps.tracker) {
    notes.push(
      `Jira ticket ${key} was not read: Jira is not configured (jira-base-url, jira-email, jira-api-token).`,
    );
    return undefined;
  }
  try {
    const ticket = await deps.tracker.getTicket(key);
    return {
      ...ticket,
      summary: limit(ticket.summary),
      description: limit(ticket.description),
      ...(ticket.acceptanceCriteria
        ? { acceptanceCriteria: limit(ticket.acceptanceCriteria) }
        : {}),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    deps.log.warn(`Jira ticket ${key} could not be read: ${reason}`);
    notes.push(
      `Jira ticket ${key} could not be read (${reason}); this spec is based on the GitHub issue alone.`,
    );
    return undefined;
  }
}

/** Bounds each piece; hidden content is stripped where the prompt is built. */
function limit(text: string): string {
  return text.slice(0, MAX_TEXT);
}

/**
 * The prompt with as much of the context as the budget holds, counted whole:
 * files are dropped from the end of the ranking, then the tree is shortened,
 * until the count fits. (Only a ticket alone longer than the budget exceeds it.)
 */
function withinBudget(
  input: PlanPromptInput,
  context: RepoContext,
  budget: number,
  countTokens: CountTokens,
) {
  const files = [...context.files];
  let tree = context.tree;
  for (;;) {
    const trimmed = {
      ...context,
      files,
      tree,
      treeTruncated: tree.length < context.tree.length || context.treeTruncated,
    };
    const prompt = buildPlanPrompt({ ...input, context: trimmed });
    const over = promptTokens(prompt, countTokens) - budget;
    if (over <= 0) return prompt;
    if (files.length) files.pop();
    else if (tree.length) tree = tree.slice(0, Math.floor(tree.length * 0.8));
    else return prompt;
  }
}
