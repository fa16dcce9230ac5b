import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHmac, generateKeyPairSync } from 'node:crypto';
import { pino } from 'pino';
import { appLogOptions } from '../../src/app/log.js';
import { ProbotOctokit } from 'probot';
import { startApp, type RunningApp } from '../../src/app/server.js';
import type { AppSettings } from '../../src/app/settings.js';
import { type TicketState } from '../../src/core/state.js';
import { encodeStateMarker } from '../../src/tickets/marker.js';
import { FakeGitHub } from '../../src/stand-ins/github.js';
import { FakeJira } from '../../src/stand-ins/jira.js';
import { FakeSlack } from '../../src/stand-ins/slack.js';

export const WEBHOOK_SECRET = 'github-webhook-secret-for-tests';
export const JIRA_SECRET = 'jira-webhook-secret-for-tests';
export const SLACK_SECRET = 'slack-signing-secret-for-tests';
export const STATUS_SECRET = 'status-page-secret-0123456789';
export const APP_BOT = { login: 'specgate[bot]', type: 'Bot' as const };

export const WORKFLOW = `name: specgate
on:
  workflow_dispatch:
    inputs:
      issue: { required: false }
      comment-id: { required: false }
      pull: { required: false }
jobs:
  specgate:
    runs-on: ubuntu-latest
    steps:
      - uses: specgate/specgate@v1
`;

export const { privateKey: PRIVATE_KEY } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});

export interface AppWorld {
  github: FakeGitHub;
  jira: FakeJira;
  slack: FakeSlack;
  app: RunningApp;
  /** Every log line the app wrote, as pino's JSON. */
  logs: { level: number; msg: string }[];
  /** Another replica of the app: same settings, same services, its own process state. */
  replica(): Promise<RunningApp>;
  stop(): Promise<void>;
}

/** The app on 127.0.0.1 in front of the GitHub, Jira and Slack stand-ins. */
export async function startAppWorld(
  options: {
    workflow?: boolean;
    settings?: Partial<AppSettings>;
    logLevel?: string;
    /** The repository's .github/specgate.yml. */
    repoConfig?: string;
    /** Operator settings left out (e.g. no Jira site of the operator's). */
    withoutInputs?: string[];
  } = {},
): Promise<AppWorld> {
  const github = new FakeGitHub({ actor: APP_BOT });
  const jira = new FakeJira();
  const slack = new FakeSlack();
  await Promise.all([github.start(), jira.start(), slack.start()]);
  if (options.workflow !== false) github.setFile('.github/workflows/specgate.yml', WORKFLOW);
  // The repository's own policy: the Jira projects it takes tickets from.
  github.setFile('.github/specgate.yml', options.repoConfig ?? 'jira-project-keys: [ABC]\n');
  const logs: AppWorld['logs'] = [];
  const dataDir = mkdtempSync(path.join(tmpdir(), 'specgate-app-data-'));
  const log = pino(appLogOptions(options.logLevel ?? 'debug'), {
    write: (line: string) => void logs.push(JSON.parse(line) as AppWorld['logs'][number]),
  });
  const settings: AppSettings = {
    appId: '1',
    privateKey: PRIVATE_KEY,
    webhookSecret: WEBHOOK_SECRET,
    webhookPath: '/api/github/webhooks',
    port: 0,
    host: '127.0.0.1',
    githubApiUrl: github.url,
    workflowFile: 'specgate.yml',
    inputs: {
      'jira-base-url': jira.url,
      'jira-email': 'bot@example.com',
      'jira-api-token': 'ATATT3x' + 'j'.repeat(40),
      'slack-token': 'xoxb-0000-1111-' + 's'.repeat(24),
      'slack-channel': 'C0123456',
      'slack-api-url': `${slack.url}/api/`,
      'notify-budget-seconds': '2',
    },
    jira: {
      webhookSecret: JIRA_SECRET,
      label: 'specgate',
      status: 'Ready for spec',
      routes: [
        { match: { prefix: 'hello' }, owner: 'Codertocat', repo: 'Hello-World' },
        { match: { project: 'ABC' }, owner: 'Codertocat', repo: 'Hello-World' },
      ],
      baseUrl: jira.url,
    },
    slack: { signingSecret: SLACK_SECRET },
    model: { configured: false },
    statusSecret: STATUS_SECRET,
    githubRetries: 0,
    dataDir,
    ...options.settings,
  };
  for (const key of options.withoutInputs ?? []) delete settings.inputs[key];
  const Octokit = ProbotOctokit.defaults({
    retry: { enabled: false },
    throttle: { enabled: false },
  });
  const app = await startApp(settings, { log, Octokit });
  const replicas: RunningApp[] = [];
  return {
    github,
    jira,
    slack,
    app,
    logs,
    async replica() {
      const replica = await startApp(settings, { log, Octokit });
      replicas.push(replica);
      return replica;
    },
    async stop() {
      await Promise.all([app, ...replicas].map((running) => running.stop()));
      await Promise.all([github.stop(), jira.stop(), slack.stop()]);
      rmSync(dataDir, { recursive: true, force: true });
      // Let pooled keep-alive sockets see their close before a next server takes the port.
      await new Promise((resolve) => setTimeout(resolve, 25));
    },
  };
}

let deliveries = 0;

/** POSTs a GitHub webhook delivery, signed unless told otherwise. */
export async function deliver(
  world: { app: { url: string } },
  event: string,
  payload: unknown,
  options: { signature?: string | null; sha1Only?: boolean; delivery?: string; raw?: string } = {},
): Promise<Response> {
  const body = options.raw ?? JSON.stringify(payload);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-github-event': event,
    'x-github-delivery': options.delivery ?? `delivery-${++deliveries}`,
  };
  const sha256 = `sha256=${createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex')}`;
  if (options.sha1Only) {
    headers['x-hub-signature'] =
      `sha1=${createHmac('sha1', WEBHOOK_SECRET).update(body).digest('hex')}`;
  } else if (options.signature !== null) {
    headers['x-hub-signature-256'] = options.signature ?? sha256;
  }
  return fetch(`${world.app.url}/api/github/webhooks`, { method: 'POST', headers, body });
}

/** POSTs a Jira webhook, signed with the shared secret unless told otherwise. */
export async function deliverJira(
  world: { app: { url: string } },
  payload: unknown,
  options: { signature?: string | null; identifier?: string; raw?: string } = {},
): Promise<Response> {
  const body = options.raw ?? JSON.stringify(payload);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-atlassian-webhook-identifier': options.identifier ?? `jira-${++deliveries}`,
  };
  if (options.signature !== null)
    headers['x-hub-signature'] =
      options.signature ?? `sha256=${createHmac('sha256', JIRA_SECRET).update(body).digest('hex')}`;
  return fetch(`${world.app.url}/jira/webhook`, { method: 'POST', headers, body });
}

/** POSTs to a Slack endpoint, signed as Slack does (v0) unless told otherwise. */
export async function deliverSlack(
  world: AppWorld,
  path: string,
  body: string,
  options: { timestamp?: number; signature?: string | null; contentType?: string } = {},
): Promise<Response> {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature =
    'v0=' + createHmac('sha256', SLACK_SECRET).update(`v0:${timestamp}:${body}`).digest('hex');
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/json',
    'x-slack-request-timestamp': timestamp,
  };
  if (options.signature !== null) headers['x-slack-signature'] = options.signature ?? signature;
  return fetch(`${world.app.url}${path}`, { method: 'POST', headers, body });
}

/** A spec pull request specgate opened for issue #issue, waiting for approval. */
export function addSpecPull(github: FakeGitHub, issue: number, state: Partial<TicketState> = {}) {
  const branch = `specgate/issue-${issue}`;
  const ticket: TicketState = {
    version: 1,
    state: 'AWAITING_SPEC_APPROVAL',
    issue,
    branch,
    specPath: `specs/issue-${issue}/spec.md`,
    history: [
      { state: 'AWAITING_SPEC_APPROVAL', at: new Date(Date.now() - 3 * 3600_000).toISOString() },
    ],
    ...state,
  };
  return github.addPull({
    title: `Spec: ticket ${issue}`,
    head: branch,
    draft: true,
    body: `The spec.\n\n${encodeStateMarker(ticket)}`,
  });
}

/** Payload fields an app's delivery carries that the Action's event lacks. */
export function fromInstallation<T extends object>(
  payload: T,
): T & { installation: { id: number } } {
  return Object.assign(payload, { installation: { id: 1 } });
}
