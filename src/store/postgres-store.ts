import type { Pool, PoolClient } from 'pg';
import type { AppStore } from './store.js';

/** The lock every replica takes to migrate, so two starting at once do it once. */
const MIGRATION_LOCK = 0x5bec6a7e;
const SWEEP_EVERY = 200;

const STEPS = [
  `CREATE TABLE specgate_seen (
     kind text NOT NULL,
     key text NOT NULL,
     expires_at timestamptz NOT NULL,
     PRIMARY KEY (kind, key))`,
  'CREATE INDEX specgate_seen_expires ON specgate_seen (expires_at)',
];

/**
 * The store for several replicas: PostgreSQL at `DATABASE_URL`. Migrations
 * run at start under an advisory lock; entries carry their expiry and are
 * swept as writes go, without a cron.
 */
export async function openPostgresStore(databaseUrl: string): Promise<AppStore> {
  const { default: pg } = await import('pg');
  const pool: Pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 5,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client's error (the server restarted) must not end the process.
  pool.on('error', () => undefined);
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  let writes = 0;
  return {
    description: 'postgresql',
    async firstTime(kind, key, ttlMs) {
      // Inserted, or taken over from an expired entry: either way this call recorded it.
      const result = await pool.query(
        `INSERT INTO specgate_seen (kind, key, expires_at)
         VALUES ($1, $2, now() + $3 * interval '1 millisecond')
         ON CONFLICT (kind, key) DO UPDATE SET expires_at = EXCLUDED.expires_at
           WHERE specgate_seen.expires_at <= now()
         RETURNING 1`,
        [kind, key, ttlMs],
      );
      if (++writes % SWEEP_EVERY === 0)
        await pool.query('DELETE FROM specgate_seen WHERE expires_at <= now()');
      return result.rowCount === 1;
    },
    async forget(kind, key) {
      await pool.query('DELETE FROM specgate_seen WHERE kind = $1 AND key = $2', [kind, key]);
    },
    async close() {
      if (!pool.ended) await pool.end();
    },
  };
}

async function migrate(pool: Pool): Promise<void> {
  const client: PoolClient = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS specgate_migrations (version integer PRIMARY KEY)',
    );
    const { rows } = await client.query<{ version: number }>(
      'SELECT version FROM specgate_migrations',
    );
    const done = new Set(rows.map((row) => row.version));
    for (const [i, sql] of STEPS.entries()) {
      if (done.has(i + 1)) continue;
      await client.query(sql);
      await client.query('INSERT INTO specgate_migrations (version) VALUES ($1)', [i + 1]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
