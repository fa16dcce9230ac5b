import type { Probot } from 'probot';
import { z } from 'zod';
import { commandFromGitHub, EventError } from '../intake/github-event.js';
import { deliver } from './deliver.js';
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
  const { log } = services;
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
  const done = await deliver(command, await session(), services);
  log.info(`${where}: ${done}`);
}
