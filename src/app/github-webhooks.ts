import type { Probot } from 'probot';
import { z } from 'zod';
import { authorize } from '../intake/authorize.js';
import type { Command } from '../intake/command.js';
import { commandFromGitHub, EventError } from '../intake/github-event.js';
import { HANDOFF_INPUTS } from '../intake/handoff.js';
import { runCommand } from '../intake/run-command.js';
import { findWorkflow, handOff, missingWorkflowMessage } from './dispatch.js';
import { HttpProblem } from './http.js';
import { openRepo, type AppServices, type RepoSession } from './installation.js';
import { DELIVERY_TTL_MS } from '../store/store.js';

const EVENTS = ['issues', 'issue_comment', 'pull_request'] as const;

const envelope = z.object({
  installation: z.object({ id: z.number().int().positive() }),
  repository: z.object({
    name: z.string().min(1),
    owner: z.object({ login: z.string().min(1) }),
  }),
});

const commentId = z.object({ comment: z.object({ id: z.number().int().positive() }) });

/**
 * GitHub's webhooks, through the same intake as the Action. The app answers
 * within seconds: work that needs the code (plan, approve, revise) is handed
 * to the repository's workflow; cheap steps run here.
 */
export function githubWebhooks(probot: Probot, services: AppServices): void {
  probot.on([...EVENTS], async (context) => {
    const { name, payload, id } = context;
    const { log, health, store } = services;
    // A delivery acts once, whenever and wherever it is redelivered.
    if (!(await store.firstTime('github-delivery', id, DELIVERY_TTL_MS))) {
      log.info(`GitHub delivery ${id} (${name}) was already handled; nothing done`);
      return;
    }
    try {
      await onEvent(probot, services, name, payload);
      health.ok('github');
    } catch (error) {
      // Not handled: GitHub's redelivery may do the work.
      await store.forget('github-delivery', id).catch(() => undefined);
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof EventError) {
        log.warn(`GitHub delivery ${id} (${name}) refused: ${message}`);
        throw new HttpProblem(400, message);
      }
      health.failed('github', message);
      log.error(`GitHub delivery ${id} (${name}) failed: ${message}`);
      // A 500 whatever went wrong: an upstream status is not this server's answer.
      throw new HttpProblem(500, 'the delivery could not be handled; redeliver it');
    }
  });
}

async function onEvent(
  probot: Probot,
  services: AppServices,
  name: string,
  payload: unknown,
): Promise<void> {
  const { log, settings } = services;
  const parsed = envelope.safeParse(payload);
  if (!parsed.success) throw new EventError(`The ${name} event has no installation or repository`);
  const { installation, repository } = parsed.data;
  const repo = { owner: repository.owner.login, repo: repository.name };
  const lazy: { session?: Promise<RepoSession> } = {};
  const session = () => (lazy.session ??= openRepo(probot, installation.id, repo, services));
  // Only a label needs the repository's policy (its trigger label) before the intake decides.
  const labeled = name === 'issues' && (payload as { action?: unknown }).action === 'labeled';
  const triggerLabel = labeled ? (await (await session()).config())['trigger-label'] : 'specgate';
  const command = commandFromGitHub(name, payload, { triggerLabel });
  const where = `${repo.owner}/${repo.repo}`;
  if ('ignored' in command) {
    log.debug(`${where}: ${command.ignored}`);
    return;
  }
  const open = await session();
  if (needsRunner(command)) {
    const allowed = await authorize(command, open.host);
    if (allowed.ok) {
      await handOver(open, command, payload, settings.workflowFile, services);
      return;
    }
  }
  const outcome = await runCommand(command, await open.deps());
  log.info(`${where}: ${command.kind} → ${outcome.state}: ${outcome.message}`);
}

function needsRunner(command: Command): boolean {
  return command.kind === 'plan' || command.kind === 'approve' || command.kind === 'revise';
}

async function handOver(
  session: RepoSession,
  command: Command,
  payload: unknown,
  workflowFile: string,
  services: AppServices,
): Promise<void> {
  const where = `${session.repo.owner}/${session.repo.repo}`;
  const target =
    command.kind === 'plan'
      ? { issueNumber: command.ticket.issueNumber ?? 0 }
      : { commentId: commentIdOf(payload) };
  const thread = command.kind === 'plan' ? (command.ticket.issueNumber ?? 0) : pullOf(command);
  if (await session.dryRun()) {
    services.log.info(
      `${where}: dry run: would hand #${thread} ${command.kind} to the workflow (nothing claimed, nothing dispatched)`,
    );
    return;
  }
  const workflow = await findWorkflow(session, workflowFile);
  if (!workflow) {
    await session.host.comment(thread, missingWorkflowMessage(workflowFile));
    services.log.warn(`${where}: no specgate workflow; said so on #${thread}`);
    return;
  }
  const inputs: Record<string, string> =
    'commentId' in target
      ? {
          [HANDOFF_INPUTS.comment]: String(target.commentId),
          [HANDOFF_INPUTS.pull]: String(thread),
        }
      : { [HANDOFF_INPUTS.issue]: String(target.issueNumber) };
  if (!(await handOff(session, workflow, target, inputs))) {
    services.log.info(`${where}: #${thread} ${command.kind} was already handed over`);
    return;
  }
  services.log.info(`${where}: #${thread} ${command.kind} handed to ${workflow.path}`);
}

function commentIdOf(payload: unknown): number {
  const parsed = commentId.safeParse(payload);
  if (!parsed.success) throw new EventError('The issue_comment event has no comment id');
  return parsed.data.comment.id;
}

function pullOf(command: Command): number {
  return 'pullNumber' in command ? command.pullNumber : 0;
}
