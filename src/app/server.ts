import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Probot, ProbotOctokit } from 'probot';
import type { Logger as PinoLogger } from 'pino';
import type { Logger } from '../ports.js';
import { signedProbot } from './github-signature.js';
import { githubWebhooks } from './github-webhooks.js';
import { Health } from './health.js';
import { HttpProblem, pathOf, sendJson } from './http.js';
import type { AppServices } from './installation.js';
import { handleJiraWebhook, JIRA_PATH } from './jira-webhook.js';
import type { AppSettings } from './settings.js';
import { handleSlack, SLACK_PATHS } from './slack-endpoints.js';
import { openStore } from '../store/open-store.js';
import { StatusAccess } from './status-access.js';
import { collectTickets } from './status-data.js';
import { renderStatusPage } from './status-page.js';

export interface StartOptions {
  log: PinoLogger;
  /** Probot's Octokit (tests turn its retries and throttling off). */
  Octokit?: typeof ProbotOctokit;
}

export interface RunningApp {
  server: Server;
  /** `http://host:port` */
  url: string;
  health: Health;
  stop(): Promise<void>;
}

/** The control plane: Probot's server with specgate's webhooks, Jira, Slack, health and status. */
export async function startApp(settings: AppSettings, options: StartOptions): Promise<RunningApp> {
  const log = portLogger(options.log);
  const { inputs } = settings;
  const health = new Health({
    github: { outbound: true, inbound: true },
    // The model runs in the workflow: the app only reports what it was given.
    model: { outbound: settings.model.configured, inbound: false },
    slack: {
      outbound: Boolean(inputs['slack-token'] && inputs['slack-channel']),
      inbound: Boolean(settings.slack),
    },
    jira: {
      outbound: Boolean(
        inputs['jira-base-url'] && inputs['jira-email'] && inputs['jira-api-token'],
      ),
      inbound: Boolean(settings.jira),
    },
  });
  const store = await openStore({
    ...(settings.databaseUrl ? { databaseUrl: settings.databaseUrl } : {}),
    dataDir: settings.dataDir,
  });
  log.info(`store: ${store.description}`);
  const services: AppServices = { settings, health, log, store };
  const SignedProbot = signedProbot(settings.webhookPath, settings.webhookSecret);
  const server = new Server({
    Probot: SignedProbot.defaults({
      appId: settings.appId,
      privateKey: settings.privateKey,
      secret: settings.webhookSecret,
      baseUrl: settings.githubApiUrl,
      log: options.log,
      Octokit: withApiUrl(options.Octokit ?? ProbotOctokit, settings.githubApiUrl),
    }),
    log: options.log,
    // Probot's server reads port 0 as "unset" (3000): a free port is picked here instead.
    port: settings.port === 0 ? await freePort(settings.host) : settings.port,
    ...(settings.host ? { host: settings.host } : {}),
    webhookPath: settings.webhookPath,
    enableStaticFiles: false,
    enablePing: false,
  });
  await server.load((probot, { addHandler }) => {
    githubWebhooks(probot, services);
    addHandler(routes(probot, services));
  });
  const http = await server.start();
  const { port } = http.address() as AddressInfo;
  const host = settings.host && settings.host !== '0.0.0.0' ? settings.host : '127.0.0.1';
  return {
    server,
    url: `http://${host}:${port}`,
    health,
    stop: async () => {
      await stopServer(server, http);
      await store.close();
    },
  };
}

async function freePort(host: string | undefined): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, host ?? '127.0.0.1', resolve);
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function stopServer(server: Server, http: import('node:http').Server): Promise<void> {
  http.closeAllConnections();
  await server.stop();
}

function routes(probot: Probot, services: AppServices) {
  const access = services.settings.statusSecret
    ? new StatusAccess(services.settings.statusSecret)
    : undefined;
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    const path = pathOf(request);
    try {
      if (path === '/healthz') {
        sendJson(response, 200, { ok: true });
        return true;
      }
      if (path === JIRA_PATH) {
        await handleJiraWebhook(request, response, probot, services);
        return true;
      }
      if ((SLACK_PATHS as readonly string[]).includes(path)) {
        await handleSlack(request, response, services);
        return true;
      }
      if (path === '/status' || path === '/healthz/details') {
        if (!access) {
          sendJson(response, 404, { error: 'the status page is off (STATUS_PAGE_SECRET)' });
          return true;
        }
        const url = new URL(request.url ?? '/', 'http://app.invalid');
        if (!access.check(request, response, url)) return true;
        if (path === '/healthz/details') {
          sendJson(response, 200, services.health.snapshot());
          return true;
        }
        await statusPage(response, probot, services);
        return true;
      }
      return false;
    } catch (error) {
      const status = error instanceof HttpProblem ? error.status : 500;
      services.log.error(`${request.method ?? 'GET'} ${path}: ${String(error)}`);
      if (!response.headersSent) sendJson(response, status, { error: 'request failed' });
      return true;
    }
  };
}

async function statusPage(
  response: ServerResponse,
  probot: Probot,
  services: AppServices,
): Promise<void> {
  const { tickets, problems } = await collectTickets(probot, services);
  const html = renderStatusPage({
    tickets,
    problems,
    health: services.health.snapshot(),
    now: new Date(),
    ...(services.settings.jira?.baseUrl ? { jiraBaseUrl: services.settings.jira.baseUrl } : {}),
    githubWebUrl: webUrlOf(services.settings.githubApiUrl),
  });
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  response.end(html);
}

/** The web address of the GitHub the API belongs to: github.com, or a GHE host. */
export function webUrlOf(apiUrl: string): string {
  if (/^https:\/\/api\.github\.com\/?$/.test(apiUrl)) return 'https://github.com';
  return apiUrl.replace(/\/api\/v3\/?$/, '').replace(/\/+$/, '');
}

/**
 * Probot gives the app's own authentication a request function without the
 * API's base URL, so the installation-token exchange would go to
 * api.github.com even on GitHub Enterprise Server; this sets it there too.
 */
function withApiUrl(Octokit: typeof ProbotOctokit, baseUrl: string): typeof ProbotOctokit {
  return Octokit.defaults((options: { auth?: { request?: RequestLike } }) => {
    const request = options.auth?.request;
    return request
      ? { ...options, auth: { ...options.auth, request: request.defaults({ baseUrl }) } }
      : options;
  });
}

interface RequestLike {
  defaults(options: { baseUrl: string }): RequestLike;
}

/** The use cases' Logger, writing to Probot's pino logger. */
export function portLogger(log: PinoLogger): Logger {
  return {
    debug: (m) => log.debug(m),
    info: (m) => log.info(m),
    warn: (m) => log.warn(m),
    error: (m) => log.error(m),
  };
}
