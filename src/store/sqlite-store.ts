import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { AppStore } from './store.js';

/** How many writes between sweeps of expired entries (no cron needed). */
const SWEEP_EVERY = 200;

/**
 * The embedded store: one SQLite file (Node's own `node:sqlite`, nothing to
 * install or run) under the data folder. For one replica: SQLite takes one
 * writer at a time, and a file is not shared between hosts.
 */
export async function openSqliteStore(dataDir: string): Promise<AppStore> {
  const { DatabaseSync } = await import('node:sqlite');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, 'specgate.db');
  const db: DatabaseSync = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA busy_timeout = 5000');
  migrate(db);
  const remove = db.prepare('DELETE FROM seen WHERE kind = ? AND key = ?');
  const expired = db.prepare('DELETE FROM seen WHERE kind = ? AND key = ? AND expires_at <= ?');
  const insert = db.prepare('INSERT OR IGNORE INTO seen (kind, key, expires_at) VALUES (?, ?, ?)');
  const sweep = db.prepare('DELETE FROM seen WHERE expires_at <= ?');
  let writes = 0;
  return {
    description: `embedded (${file})`,
    firstTime(kind, key, ttlMs) {
      const now = Date.now();
      db.exec('BEGIN IMMEDIATE');
      try {
        expired.run(kind, key, now);
        const { changes } = insert.run(kind, key, now + ttlMs);
        db.exec('COMMIT');
        if (++writes % SWEEP_EVERY === 0) sweep.run(now);
        return Promise.resolve(Number(changes) === 1);
      } catch (error) {
        db.exec('ROLLBACK');
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    forget(kind, key) {
      remove.run(kind, key);
      return Promise.resolve();
    },
    close() {
      // Closing twice (a stop after a stop) is not an error.
      if (db.isOpen) db.close();
      return Promise.resolve();
    },
  };
}

/** Schema versions, applied in order once each; safe to run at every start. */
function migrate(db: DatabaseSync): void {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY)');
  const done = new Set(
    (db.prepare('SELECT version FROM migrations').all() as { version: number }[]).map(
      (row) => row.version,
    ),
  );
  const steps = [
    'CREATE TABLE seen (kind TEXT NOT NULL, key TEXT NOT NULL, expires_at INTEGER NOT NULL, PRIMARY KEY (kind, key))',
    'CREATE INDEX seen_expires ON seen (expires_at)',
  ];
  steps.forEach((sql, i) => {
    if (done.has(i + 1)) return;
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(sql);
      db.prepare('INSERT INTO migrations (version) VALUES (?)').run(i + 1);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  });
}
