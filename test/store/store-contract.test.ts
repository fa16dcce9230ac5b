import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openPostgresStore } from '../../src/store/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { AppStore } from '../../src/store/store.js';
import { postgresBin, startPostgres, type PostgresServer } from '../support/postgres.js';

/**
 * One contract, both adapters: the embedded file on Node's SQLite, and a
 * real PostgreSQL server this file starts. `open` gives a store on the same
 * data each time (a restart, or another replica).
 */
interface Engine {
  name: string;
  fresh(): Promise<{ open: () => Promise<AppStore>; cleanup?: () => void }>;
}

let server: PostgresServer | undefined;
const engines: Engine[] = [
  {
    name: 'embedded (node:sqlite)',
    fresh() {
      const dir = mkdtempSync(path.join(tmpdir(), 'specgate-store-'));
      return Promise.resolve({
        open: () => openSqliteStore(dir),
        cleanup: () => rmSync(dir, { recursive: true, force: true }),
      });
    },
  },
  {
    name: 'PostgreSQL',
    async fresh() {
      const url = await server!.database('contract');
      return { open: () => openPostgresStore(url) };
    },
  },
];

// In CI a missing server is a failure, never a silent skip.
const withPostgres = postgresBin() !== undefined || Boolean(process.env.CI);
beforeAll(async () => {
  if (withPostgres) server = await startPostgres();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

describe.each(engines)('the app store: $name', (engine) => {
  const run = engine.name === 'PostgreSQL' && !withPostgres ? it.skip : it;

  run('records a key once, per kind, and forgets it on demand', async () => {
    const { open, cleanup } = await engine.fresh();
    const store = await open();
    try {
      expect(await store.firstTime('github', 'd-1', 60_000)).toBe(true);
      expect(await store.firstTime('github', 'd-1', 60_000)).toBe(false);
      expect(await store.firstTime('jira', 'd-1', 60_000)).toBe(true);
      await store.forget('github', 'd-1');
      expect(await store.firstTime('github', 'd-1', 60_000)).toBe(true);
    } finally {
      await store.close();
      cleanup?.();
    }
  });

  run('lets an entry expire, with no sweep to run', async () => {
    const { open, cleanup } = await engine.fresh();
    const store = await open();
    try {
      expect(await store.firstTime('github', 'short', 1)).toBe(true);
      await sleep(20);
      expect(await store.firstTime('github', 'short', 60_000)).toBe(true);
      expect(await store.firstTime('github', 'short', 60_000)).toBe(false);
    } finally {
      await store.close();
      cleanup?.();
    }
  });

  run('gives exactly one of many concurrent callers the key, across two openings', async () => {
    const { open, cleanup } = await engine.fresh();
    // Two replicas starting at once: both migrate, neither fails.
    const [a, b] = await Promise.all([open(), open()]);
    try {
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).firstTime('slack', 'click-1', 60_000)),
      );
      expect(answers.filter(Boolean)).toHaveLength(1);
    } finally {
      await a.close();
      await b.close();
      cleanup?.();
    }
  });

  run('remembers across a restart', async () => {
    const { open, cleanup } = await engine.fresh();
    const first = await open();
    expect(await first.firstTime('github', 'kept', 60_000)).toBe(true);
    await first.close();
    const again = await open();
    try {
      expect(await again.firstTime('github', 'kept', 60_000)).toBe(false);
    } finally {
      await again.close();
      cleanup?.();
    }
  });
});
