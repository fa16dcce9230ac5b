/**
 * Webhook answer time of the hosted app under a steady load on loopback,
 * signatures checked, next to a bare Probot app with an empty handler
 * measured in the same run. Medians and p99 from autocannon.
 */
import { expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { pino } from 'pino';
import { Probot, Server } from 'probot';
import {
  addSpecPull,
  fromInstallation,
  PRIVATE_KEY,
  startAppWorld,
  WEBHOOK_SECRET,
} from '../test/app/app-world.js';
import { issueLabeled, prComment } from '../test/support/webhook-events.js';

interface Result {
  latency: { p50: number; p99: number; average: number };
  requests: { total: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<Result>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const RATE = Number(process.env.RATE ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

function signed(event: string, payload: unknown) {
  const body = JSON.stringify(payload);
  return {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'x-github-event': event,
      'x-github-delivery': 'bench',
      'x-hub-signature-256': `sha256=${createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex')}`,
    },
  };
}

async function load(url: string, request: ReturnType<typeof signed>): Promise<Result> {
  // A short warm-up first, so the measure is of a running server, not of the JIT's first pass.
  await autocannon({ url, ...request, connections: 2, amount: 200 });
  const result = await autocannon({
    url,
    ...request,
    connections: 10,
    overallRate: RATE,
    duration: SECONDS,
  });
  expect(result.non2xx).toBe(0);
  expect(result.errors).toBe(0);
  return result;
}

async function bareProbot(): Promise<{ url: string; stop: () => Promise<void> }> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  const log = pino({ level: 'silent' });
  const server = new Server({
    Probot: Probot.defaults({ appId: 1, privateKey: PRIVATE_KEY, secret: WEBHOOK_SECRET, log }),
    log,
    port,
    host: '127.0.0.1',
    enablePing: false,
    enableStaticFiles: false,
  });
  await server.load((app) => {
    app.on(['issues', 'issue_comment'], async () => {});
  });
  const http = await server.start();
  return {
    url: `http://127.0.0.1:${port}/api/github/webhooks`,
    stop: async () => {
      http.closeAllConnections();
      await server.stop();
    },
  };
}

it('answers webhooks fast under a steady load', async () => {
  const world = await startAppWorld({ logLevel: 'silent' });
  const bare = await bareProbot();
  try {
    world.github.setPermission('alice', 'write');
    world.github.addIssue({ title: 'Fix login', body: 'It fails' });
    addSpecPull(world.github, 1);
    const chat = signed(
      'issue_comment',
      fromInstallation(prComment(2, 'Looks good to me', { login: 'alice' })),
    );
    const label = signed(
      'issues',
      fromInstallation(
        issueLabeled({ number: 1, title: 'Fix login', body: 'It fails' }, 'specgate', {
          login: 'alice',
        }),
      ),
    );
    const appUrl = `${world.app.url}/api/github/webhooks`;
    const cases: [string, () => Promise<Result>][] = [
      ['bare Probot, empty handler', () => load(bare.url, chat)],
      ['specgate, comment without a command (intake only)', () => load(appUrl, chat)],
      [
        'specgate, trigger label (config, permission, workflows, claim: loopback GitHub)',
        () => load(appUrl, label),
      ],
    ];
    const lines = [`node ${process.version}, ${RATE} req/s for ${SECONDS} s each, 10 connections`];
    for (const [name, run] of cases) {
      const result = await run();
      lines.push(
        `${name.padEnd(82)} median ${result.latency.p50.toFixed(1)} ms  p99 ${result.latency.p99.toFixed(1)} ms  (${result.requests.total} requests)`,
      );
    }
    // The label was handed over once, however many deliveries came.
    expect(world.github.dispatches).toHaveLength(1);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await bare.stop();
    await world.stop();
  }
});
