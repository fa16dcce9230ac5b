import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Probot } from 'probot';
import { installationOf } from '../github/app-installations.js';
import { commandFromJira, parseJiraEvent, type JiraEvent } from '../intake/jira-event.js';
import { deliver } from './deliver.js';
import { header, hmacHex, HttpProblem, readRawBody, sameSecret, sendJson } from './http.js';
import { openRepo, type AppServices } from './installation.js';
import type { JiraRoute } from './settings.js';
import { DELIVERY_TTL_MS } from '../store/store.js';
import { createHash } from 'node:crypto';

export const JIRA_PATH = '/jira/webhook';
/** How old a Jira delivery may be: a few minutes, for clocks and Jira's own retries. */
const FRESH_MS = 5 * 60_000;

/** Answers Jira's webhook: signature first, then the event, then GitHub. */
export async function handleJiraWebhook(
  request: IncomingMessage,
  response: ServerResponse,
  probot: Probot,
  services: AppServices,
): Promise<void> {
  const { settings, log, health } = services;
  const jira = settings.jira;
  if (!jira) return sendJson(response, 404, { error: 'Jira is not configured' });
  if (request.method !== 'POST') return sendJson(response, 405, { error: 'POST only' });
  const raw = await readRawBody(request);
  const signature = header(request, 'x-hub-signature') ?? '';
  if (!sameSecret(signature, `sha256=${hmacHex(jira.webhookSecret, raw)}`)) {
    log.warn('Jira webhook refused: signature missing or wrong');
    return sendJson(response, 401, { error: 'signature missing or wrong' });
  }
  const delivery = header(request, 'x-atlassian-webhook-identifier') ?? 'unknown';
  const parsed = parseJiraEvent(raw.toString('utf8'));
  if (!parsed.ok) {
    log.warn(`Jira delivery ${delivery} refused: malformed payload: ${parsed.problem}`);
    return sendJson(response, 400, { error: 'malformed Jira payload' });
  }
  const { event } = parsed;
  health.ok('jira');
  if (event.timestamp !== undefined && Math.abs(Date.now() - event.timestamp) > FRESH_MS) {
    log.warn(
      `Jira delivery ${delivery} refused: sent ${new Date(event.timestamp).toISOString()}, too long ago`,
    );
    return sendJson(response, 401, { error: 'stale delivery' });
  }
  // A delivery without Jira's identifier is known by its bytes.
  const id = delivery !== 'unknown' ? delivery : createHash('sha256').update(raw).digest('hex');
  if (!(await services.store.firstTime('jira-delivery', id, DELIVERY_TTL_MS))) {
    log.info(`Jira delivery ${delivery} was already handled; nothing done`);
    return sendJson(response, 200, { ignored: 'already handled' });
  }
  try {
    await handleJiraEvent(event, delivery, response, probot, services);
  } catch (error) {
    // Not handled: Jira's retry may do the work.
    await services.store.forget('jira-delivery', id).catch(() => undefined);
    throw error;
  }
}

async function handleJiraEvent(
  event: JiraEvent,
  delivery: string,
  response: ServerResponse,
  probot: Probot,
  services: AppServices,
): Promise<void> {
  const { log, health } = services;
  const jira = services.settings.jira!;
  const command = commandFromJira(event, jira);
  if ('ignored' in command) return sendJson(response, 200, { ignored: 'not a trigger' });
  const route = routeOf(event, jira.routes);
  if (!route) {
    log.info(`Jira ${event.issue.key}: no route for project ${event.issue.fields.project.key}`);
    return sendJson(response, 200, { ignored: 'no route' });
  }
  const why = command.kind === 'plan' ? command.ticket.jira?.why : undefined;
  try {
    const repo = { owner: route.owner, repo: route.repo };
    const session = await openRepo(probot, await installationOf(probot, repo), repo, services);
    const done = await deliver(command, session, services);
    health.ok('github');
    log.info(`Jira ${event.issue.key} (${why ?? 'trigger'}, delivery ${delivery}): ${done}`);
    sendJson(response, 200, { ok: true, result: done });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    health.failed('github', message);
    log.error(`Jira ${event.issue.key} (delivery ${delivery}) failed: ${message}`);
    // Jira retries a failed delivery: the work is idempotent, so a retry completes it.
    throw new HttpProblem(502, 'GitHub did not take the work; retry');
  }
}

/** The operator's route for this ticket: by a `[prefix]` in its summary, else by its project. */
export function routeOf(event: JiraEvent, routes: JiraRoute[]): JiraRoute | undefined {
  const prefix = /^\s*\[([^\]\s]+)\]/.exec(event.issue.fields.summary)?.[1]?.toLowerCase();
  const project = event.issue.fields.project.key;
  return (
    routes.find((r) => 'prefix' in r.match && r.match.prefix === prefix) ??
    routes.find((r) => 'project' in r.match && r.match.project === project)
  );
}
