import type { AppStore } from './store.js';

/** PostgreSQL when a database URL is given (several replicas), else the embedded file. */
export async function openStore(options: {
  databaseUrl?: string;
  dataDir: string;
}): Promise<AppStore> {
  try {
    if (options.databaseUrl) {
      const { openPostgresStore } = await import('./postgres-store.js');
      return await openPostgresStore(options.databaseUrl);
    }
    const { openSqliteStore } = await import('./sqlite-store.js');
    return await openSqliteStore(options.dataDir);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(
      options.databaseUrl
        ? `the store at DATABASE_URL (PostgreSQL) could not be opened: ${why}`
        : `the embedded store in ${options.dataDir} could not be opened: ${why} (set SPECGATE_DATA_DIR to a writable folder)`,
      { cause: error },
    );
  }
}
