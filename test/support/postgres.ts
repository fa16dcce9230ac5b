import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The server binaries of Debian's postgresql package (the newest version installed). */
export function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : undefined;
}

export interface PostgresServer {
  url: string;
  /** A fresh, empty database on the same server. */
  database(name: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL server for one test file: its own cluster in a temp
 * folder, on a free port of 127.0.0.1, trust authentication, no fsync. As
 * root it runs as the `postgres` user (the server refuses root).
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBin();
  if (!bin)
    throw new Error('PostgreSQL server binaries not found (install the postgresql package)');
  const dir = mkdtempSync(path.join(tmpdir(), 'specgate-pg-'));
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }) : undefined;
  const uid = user ? Number(user.stdout.trim()) : undefined;
  if (asRoot && !Number.isInteger(uid)) throw new Error('no postgres user to run the server as');
  if (uid !== undefined) chownSync(dir, uid, uid);
  const as = (program: string, args: string[]): [string, string[]] =>
    uid !== undefined
      ? ['setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', program, ...args]]
      : [program, args];
  const data = path.join(dir, 'data');
  const [initdb, initArgs] = as(path.join(bin, 'initdb'), [
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    'specgate',
    '--no-sync',
    '--no-instructions',
  ]);
  const init = spawnSync(initdb, initArgs, { encoding: 'utf8', cwd: dir });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const port = await freePort();
  const [postgres, args] = as(path.join(bin, 'postgres'), [
    '-D',
    data,
    '-p',
    String(port),
    '-k',
    dir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'fsync=off',
    '-c',
    'max_connections=50',
  ]);
  const server: ChildProcess = spawn(postgres, args, {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  server.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `postgresql://specgate@127.0.0.1:${port}/postgres`;
  await waitReady(url, () => log);
  const { default: pg } = await import('pg');
  let made = 0;
  return {
    url,
    async database(name) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const db = `${name}_${++made}`;
      await client.query(`CREATE DATABASE ${db}`);
      await client.end();
      return `postgresql://specgate@127.0.0.1:${port}/${db}`;
    },
    async stop() {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGINT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitReady(url: string, log: () => string): Promise<void> {
  const { default: pg } = await import('pg');
  for (let i = 0; i < 300; i++) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`PostgreSQL did not start: ${log()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
