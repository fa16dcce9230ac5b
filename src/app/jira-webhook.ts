import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Probot } from 'probot';
import { z } from 'zod';
import { adfToMarkdown } from '../jira/adf-to-markdown.js';
import { findWorkflow, handOff, missingWorkflowMessage } from './dispatch.js';
import { header, hmacHex, HttpProblem, readRawBody, sameSecret, sendJson } from './http.js';
import { openRepo, type AppServices, type RepoSession } from './installation.js';
import type { AppSettings, JiraRoute } from './settings.js';
import { HANDOFF_INPUTS } from '../intake/handoff.js';
import { DELIVERY_TTL_MS } from '../store/store.js';
import { createHash } from 'node:crypto';
import { specBranch } from '../core/branch.js';

export const JIRA_PATH = '/jira/webhook';
/** How old a Jira delivery may be: a few minutes, for clocks and Jira's own retries. */
const FRESH_MS = 5 * 60_000;
/** The label on every issue the app opens from Jira: the listing that finds them again. */
export const JIRA_ISSUE_LABEL = 'jira';

const jiraEvent = z.object({
  /** When Jira sent it, in milliseconds. */
  timestamp: z.number().optional(),
  webhookEvent: z.string(),
  issue: z.object({
    key: z.string().regex(/^[A-Z][A-Z0-9_]{1,9}-[1-9][0-9]*$/),
    fields: z.object({
      summary: z.string(),
      description: z.unknown().optional(),
      labels: z.array(z.string()).optional(),
      status: z.object({ name: z.string() }).optional(),
      project: z.object({ key: z.string() }),
    }),
  }),
  changelog: z
    .object({
      items: z.array(
        z.object({
          field: z.string(),
          fromString: z.string().nullish(),
          toString: z.string().nullish(),
        }),
      ),
    })
    .nullish(),
});

export type JiraEvent = z.infer<typeof jiraEvent>;

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
  let event: JiraEvent;
  try {
    const parsed = jiraEvent.safeParse(JSON.parse(raw.toString('utf8')));
    if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'malformed');
    event = parsed.data;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    log.warn(`Jira delivery ${delivery} refused: malformed payload: ${detail}`);
    return sendJson(response, 400, { error: 'malformed Jira payload' });
  }
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
  const why = triggered(event, jira);
  if (!why) return sendJson(response, 200, { ignored: 'not a trigger' });
  const route = routeOf(event, jira.routes);
  if (!route) {
    log.info(`Jira ${event.issue.key}: no route for project ${event.issue.fields.project.key}`);
    return sendJson(response, 200, { ignored: 'no route' });
  }
  try {
    const done = await startSpec(probot, services, event, route);
    health.ok('github');
    log.info(`Jira ${event.issue.key} (${why}, delivery ${delivery}): ${done}`);
    sendJson(response, 200, { ok: true, result: done });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    health.failed('github', message);
    log.error(`Jira ${event.issue.key} (delivery ${delivery}) failed: ${message}`);
    // Jira retries a failed delivery: the work is idempotent, so a retry completes it.
    throw new HttpProblem(502, 'GitHub did not take the work; retry');
  }
}

/** Why this event starts a spec, or undefined. */
export function triggered(
  event: JiraEvent,
  jira: NonNullable<AppSettings['jira']>,
): string | undefined {
  const hasLabel = (labels: string | null | undefined) =>
    (labels ?? '').split(/\s+/).includes(jira.label);
  if (event.webhookEvent === 'jira:issue_created') {
    if ((event.issue.fields.labels ?? []).includes(jira.label)) return `created with ${jira.label}`;
    if (jira.status && event.issue.fields.status?.name === jira.status)
      return `created in ${jira.status}`;
    return undefined;
  }
  if (event.webhookEvent !== 'jira:issue_updated') return undefined;
  for (const item of event.changelog?.items ?? []) {
    if (item.field === 'status' && jira.status && item.toString === jira.status)
      return `moved to ${jira.status}`;
    if (item.field === 'labels' && hasLabel(item.toString) && !hasLabel(item.fromString))
      return `labelled ${jira.label}`;
  }
  return undefined;
}

export function routeOf(event: JiraEvent, routes: JiraRoute[]): JiraRoute | undefined {
  const prefix = /^\s*\[([^\]\s]+)\]/.exec(event.issue.fields.summary)?.[1]?.toLowerCase();
  const project = event.issue.fields.project.key;
  return (
    routes.find((r) => 'prefix' in r.match && r.match.prefix === prefix) ??
    routes.find((r) => 'project' in r.match && r.match.project === project)
  );
}

/**
 * The Jira ticket's GitHub issue (found, or opened once) and its spec started
 * once. Idempotent across replicas: issues are found by listing (read after
 * write), the lowest-numbered one wins if two were opened at once, and the
 * hand-over is claimed with a reaction GitHub keeps once.
 */
async function startSpec(
  probot: Probot,
  services: AppServices,
  event: JiraEvent,
  route: JiraRoute,
): Promise<string> {
  const repo = { owner: route.owner, repo: route.repo };
  const appOctokit = await probot.auth();
  const { data: installation } = await appOctokit.rest.apps.getRepoInstallation(repo);
  const session = await openRepo(probot, installation.id, repo, services);
  const key = event.issue.key;
  const project = event.issue.fields.project.key;
  // A route is an allowlist: the repository names the projects it takes tickets from.
  const config = await session.config();
  if (!config['jira-project-keys'].includes(project))
    return `not started: ${route.owner}/${route.repo} does not list ${project} in jira-project-keys`;
  if (config['dry-run'])
    return `dry run: would open an issue in ${route.owner}/${route.repo} for ${key} and hand it to the workflow`;
  let issue = (await issuesFor(session, key))[0];
  if (!issue) {
    const created = await session.client.rest.issues.create({
      ...repo,
      title: `[${key}] ${event.issue.fields.summary.replace(/^\s*\[[^\]\s]+\]\s*/, '')}`.slice(
        0,
        250,
      ),
      body: issueBody(event, services.settings),
      labels: [JIRA_ISSUE_LABEL],
    });
    const all = await issuesFor(session, key);
    const first = all[0];
    if (first && first.number !== created.data.number) {
      await session.host.closeIssue(created.data.number, `Duplicate of #${first.number}.`);
      return `#${created.data.number} closed as a duplicate of #${first.number}`;
    }
    issue = { number: created.data.number };
  }
  const branch = specBranch(config['branch-prefix'], { issue: issue.number });
  const pull = await session.host.findPullByBranch(branch);
  if (pull) return `#${issue.number} already has spec pull request #${pull.number}`;
  const workflow = await findWorkflow(session, services.settings.workflowFile);
  if (!workflow) {
    await session.host.comment(
      issue.number,
      missingWorkflowMessage(services.settings.workflowFile),
    );
    return `#${issue.number}: no specgate workflow`;
  }
  const inputs = { [HANDOFF_INPUTS.issue]: String(issue.number) };
  if (!(await handOff(session, workflow, { issueNumber: issue.number }, inputs)))
    return `#${issue.number} was already handed over`;
  return `#${issue.number} handed to ${workflow.path}`;
}

/** Issues the app opened for this key, lowest number first. */
async function issuesFor(session: RepoSession, key: string): Promise<{ number: number }[]> {
  const issues = await session.client.paginate(session.client.rest.issues.listForRepo, {
    ...session.repo,
    labels: JIRA_ISSUE_LABEL,
    state: 'all',
    per_page: 100,
  });
  return issues
    .filter((issue) => !issue.pull_request && issue.title.startsWith(`[${key}]`))
    .map((issue) => ({ number: issue.number }))
    .sort((a, b) => a.number - b.number);
}

function issueBody(event: JiraEvent, settings: AppSettings): string {
  const key = event.issue.key;
  const link = settings.jira?.baseUrl
    ? `[${key}](${settings.jira.baseUrl.replace(/\/+$/, '')}/browse/${key})`
    : key;
  const raw = event.issue.fields.description;
  // Jira's v2 webhooks send wiki text, v3 sends ADF.
  const description = typeof raw === 'string' ? raw : raw ? adfToMarkdown(raw) : '';
  return [`From Jira ${link}.`, '', description].join('\n').trim();
}
