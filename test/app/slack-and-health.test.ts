import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { webUrlOf } from '../../src/app/server.js';
import {
  deliverJira,
  deliverSlack,
  startAppWorld,
  STATUS_SECRET,
  type AppWorld,
} from './app-world.js';

let world: AppWorld;

beforeEach(async () => {
  world = await startAppWorld();
});

afterEach(async () => {
  await world.stop();
});

describe('Slack endpoints on the app', () => {
  it('answers the url_verification challenge of a signed request', async () => {
    const body = JSON.stringify({ token: 'x', challenge: 'c-123', type: 'url_verification' });
    const response = await deliverSlack(world, '/slack/events', body);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: 'c-123' });
  });

  it('answers "not yet" to signed events and interactions', async () => {
    const event = JSON.stringify({
      type: 'event_callback',
      event: { type: 'app_mention', text: 'hi' },
    });
    const events = await deliverSlack(world, '/slack/events', event);
    expect(events.status).toBe(200);
    expect(JSON.stringify(await events.json())).toMatch(/not yet/);
    const form = `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', actions: [] }))}`;
    const click = await deliverSlack(world, '/slack/interactivity', form, {
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(click.status).toBe(200);
  });

  it.each([
    ['no signature', { signature: null }],
    ['a wrong signature', { signature: `v0=${'0'.repeat(64)}` }],
    ['a stale timestamp (6 minutes old)', { timestamp: Math.floor(Date.now() / 1000) - 360 }],
    ['a timestamp from the future', { timestamp: Math.floor(Date.now() / 1000) + 360 }],
  ])('answers 401 to %s', async (_name, options) => {
    const body = JSON.stringify({ challenge: 'c', type: 'url_verification' });
    for (const path of ['/slack/events', '/slack/interactivity']) {
      const response = await deliverSlack(world, path, body, options);
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain('"challenge"');
    }
  });

  it('refuses a replay of a valid request', async () => {
    const body = JSON.stringify({ type: 'event_callback', event: { type: 'message' } });
    const timestamp = Math.floor(Date.now() / 1000);
    expect((await deliverSlack(world, '/slack/events', body, { timestamp })).status).toBe(200);
    expect((await deliverSlack(world, '/slack/events', body, { timestamp })).status).toBe(401);
  });
});

describe('health', () => {
  it('answers /healthz without secrets', async () => {
    const response = await fetch(`${world.app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('shows each integration in detail only with the status secret', async () => {
    expect((await fetch(`${world.app.url}/healthz/details`)).status).toBe(401);
    await deliverJira(world, {
      webhookEvent: 'jira:issue_deleted',
      issue: { key: 'ABC-1', fields: { summary: 's', project: { key: 'ABC' } } },
    });
    const response = await fetch(`${world.app.url}/healthz/details`, {
      headers: { authorization: `Bearer ${STATUS_SECRET}` },
    });
    expect(response.status).toBe(200);
    const details = (await response.json()) as Record<
      string,
      { configured: boolean; lastSuccess?: string }
    >;
    expect(Object.keys(details).sort()).toEqual(['github', 'jira', 'model', 'slack']);
    expect(details.jira).toMatchObject({
      configured: true,
      inbound: true,
      outbound: true,
      lastSuccess: expect.any(String),
    });
    expect(details.model).toEqual({ configured: false, inbound: false, outbound: false });
    expect(JSON.stringify(details)).not.toContain('secret');
  });

  it('names what is configured in each direction: tokens to send with, secrets to take webhooks with', async () => {
    await world.stop();
    // Slack's bot token and channel, and no signing secret: Slack is configured outbound only.
    world = await startAppWorld({ settings: { slack: undefined } });
    const response = await fetch(`${world.app.url}/healthz/details`, {
      headers: { authorization: `Bearer ${STATUS_SECRET}` },
    });
    const details = (await response.json()) as Record<string, object>;
    expect(details.slack).toMatchObject({ configured: true, outbound: true, inbound: false });
  });

  it('answers /status when GitHub is down, and links issues on GitHub Enterprise to their host', async () => {
    await world.stop();
    // An API nobody answers on (a closed port), as when GitHub is down or the key is wrong.
    world = await startAppWorld({ settings: { githubApiUrl: 'http://127.0.0.1:9/api/v3' } });
    const response = await fetch(`${world.app.url}/status`, {
      headers: { authorization: `Bearer ${STATUS_SECRET}` },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(
      /GitHub: the installations could not be read|GitHub did not answer/,
    );
    expect(webUrlOf('https://github.example.com/api/v3')).toBe('https://github.example.com');
    expect(webUrlOf('https://api.github.com')).toBe('https://github.com');
  });
});
