import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { issueLabeled } from '../support/webhook-events.js';
import { postgresBin, startPostgres, type PostgresServer } from '../support/postgres.js';
import {
  deliver,
  deliverJira,
  fromInstallation,
  startAppWorld,
  type AppWorld,
} from './app-world.js';

/**
 * A delivery acts once, whenever it is replayed and whichever replica gets
 * it: delivery ids are kept in the app's store (PostgreSQL shared by the
 * replicas, or the embedded file across a restart), not in a replica's memory
 * or a ten-minute claim.
 */
const DAY = 24 * 60 * 60 * 1000;
let world: AppWorld | undefined;
let server: PostgresServer | undefined;
// In CI a missing server is a failure, never a silent skip.
const withPostgres = postgresBin() !== undefined || Boolean(process.env.CI);

beforeAll(async () => {
  if (withPostgres) server = await startPostgres();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});
afterEach(async () => {
  await world?.stop();
  world = undefined;
});

function labeled() {
  return fromInstallation(
    issueLabeled({ number: 1, title: 'Fix login', body: 'It fails' }, 'specgate', {
      login: 'alice',
    }),
  );
}

async function labelledWorld(settings = {}) {
  const w = (world = await startAppWorld({ settings }));
  w.github.setPermission('alice', 'write');
  w.github.addIssue({ title: 'Fix login', body: 'It fails' });
  return w;
}

(withPostgres ? describe : describe.skip)('two replicas sharing PostgreSQL', () => {
  it('hand over a delivery replayed a day later once, to either replica', async () => {
    const w = await labelledWorld({ databaseUrl: await server!.database('replay') });
    const replica = await w.replica();
    expect((await deliver(w, 'issues', labeled(), { delivery: 'label-1' })).status).toBe(200);
    expect(w.github.dispatches).toHaveLength(1);
    // A day later the app's claim on the issue is old: only the store remembers.
    w.github.ageReactions(DAY);
    expect(
      (await deliver({ app: replica }, 'issues', labeled(), { delivery: 'label-1' })).status,
    ).toBe(200);
    expect((await deliver(w, 'issues', labeled(), { delivery: 'label-1' })).status).toBe(200);
    expect(w.github.dispatches).toHaveLength(1);
    // The control: the label given again (a new delivery) a day later is a new request.
    await deliver({ app: replica }, 'issues', labeled(), { delivery: 'label-2' });
    expect(w.github.dispatches).toHaveLength(2);
  });
});

describe('the embedded store', () => {
  it('keeps a replayed delivery from acting again after a restart', async () => {
    const w = await labelledWorld();
    await deliver(w, 'issues', labeled(), { delivery: 'label-1' });
    expect(w.github.dispatches).toHaveLength(1);
    await w.app.stop();
    w.github.ageReactions(DAY);
    const restarted = await w.replica();
    expect(
      (await deliver({ app: restarted }, 'issues', labeled(), { delivery: 'label-1' })).status,
    ).toBe(200);
    expect(w.github.dispatches).toHaveLength(1);
  });
});

describe('Jira deliveries', () => {
  function created(timestamp: number) {
    return {
      timestamp,
      webhookEvent: 'jira:issue_created',
      issue: {
        id: '10002',
        key: 'ABC-40',
        fields: {
          summary: 'Fix login',
          project: { id: '10000', key: 'ABC', name: 'Project' },
          labels: ['specgate'],
          status: { id: '1', name: 'To Do' },
        },
      },
    };
  }

  it('refuses one sent long ago, however well signed', async () => {
    const w = (world = await startAppWorld());
    const response = await deliverJira(w, created(Date.now() - 90 * DAY), { identifier: 'old-1' });
    expect(response.status).toBe(401);
    expect(w.github.issuesList()).toEqual([]);
    expect(w.github.dispatches).toEqual([]);
  });

  it('acts once for the same identifier, even when its claim has aged', async () => {
    const w = (world = await startAppWorld());
    const event = created(Date.now());
    await deliverJira(w, event, { identifier: 'jira-1' });
    expect(w.github.dispatches).toHaveLength(1);
    w.github.ageReactions(DAY);
    const again = await deliverJira(w, event, { identifier: 'jira-1' });
    expect(again.status).toBe(200);
    expect(w.github.dispatches).toHaveLength(1);
  });
});
