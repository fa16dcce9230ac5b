import {
  chmodSync,
  chownSync,
  copyFileSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { lstatSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The unprivileged user a simulated runner's job runs as. */
export const RUNNER_UID = 65534;

export interface SimulatedRunner {
  /** How to start the Action as the runner user on this simulated machine. */
  command: (script: string) => { program: string; args: string[] };
  stop(): Promise<void>;
}

/**
 * A runner like GitHub's Ubuntu 24.04 images, on this machine (as root): the
 * job runs as an unprivileged user; unprivileged user namespaces are refused
 * (`unshare --user` fails as AppArmor makes it fail there); and, if `sudo`,
 * passwordless sudo runs commands as root. The machine is simulated in a
 * mount namespace of the job's own, where `unshare` and `sudo` are replaced:
 * sudo hands its command to a root daemon over a socket.
 */
export async function simulatedRunner(options: {
  sudo: boolean;
  userns: boolean;
}): Promise<SimulatedRunner> {
  const dir = mkdtempSync(path.join(tmpdir(), 'specgate-simrunner-'));
  chmodSync(dir, 0o755);
  copyFileSync('/usr/bin/unshare', path.join(dir, 'unshare.real'));
  chmodSync(path.join(dir, 'unshare.real'), 0o755);
  writeFileSync(
    path.join(dir, 'unshare'),
    `#!/bin/sh
for a in "$@"; do
  case "$a" in --user|-U|--map-root-user|-r|--map-current-user|--map-user=*)
    echo "unshare: write failed /proc/self/uid_map: Operation not permitted" >&2; exit 1;;
  esac
done
exec ${path.join(dir, 'unshare.real')} "$@"
`,
    { mode: 0o755 },
  );
  const socket = path.join(dir, 'sudo.sock');
  writeFileSync(path.join(dir, 'sudo'), sudoClient(socket), { mode: 0o755 });
  const server = options.sudo ? await sudoDaemon(socket) : undefined;
  // Sets the machine up in the job's mount namespace, then starts the job as the
  // runner user. Node, not a shell: a shell would drop INPUT_* names with a dash.
  const mounts = [
    ...(options.userns ? [] : [['--bind', path.join(dir, 'unshare'), '/usr/bin/unshare']]),
    // Only the fake sudo in /usr/local/bin, the first system directory with one.
    ...(options.sudo ? [['-t', 'tmpfs', 'tmpfs', '/usr/local/bin']] : []),
  ];
  writeFileSync(
    path.join(dir, 'machine.cjs'),
    `const { execFileSync, spawnSync } = require('child_process');
for (const args of ${JSON.stringify(mounts)}) execFileSync('/usr/bin/mount', args);
${options.sudo ? `require('fs').copyFileSync(${JSON.stringify(path.join(dir, 'sudo'))}, '/usr/local/bin/sudo');` : ''}
const job = spawnSync('/usr/bin/setpriv', ['--reuid=${RUNNER_UID}', '--regid=${RUNNER_UID}', '--clear-groups', '--', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(job.status ?? 1);
`,
  );
  return {
    command: (script) => ({
      program: '/usr/bin/unshare',
      args: [
        '--mount',
        '--propagation',
        'private',
        '--',
        process.execPath,
        path.join(dir, 'machine.cjs'),
        process.execPath,
        script,
      ],
    }),
    async stop() {
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Gives a tree to the runner user, as the runner owns its work directory. */
export function giveToRunner(target: string): void {
  const info = lstatSync(target);
  chownSync(target, RUNNER_UID, RUNNER_UID);
  if (info.isDirectory() && !info.isSymbolicLink())
    for (const entry of readdirSync(target)) giveToRunner(path.join(target, entry));
}

/** `sudo -n -- program args...`: asks the root daemon to run it, relays output and exit. */
function sudoClient(socket: string): string {
  return `#!${process.execPath}
const net = require('net');
const args = process.argv.slice(2);
if (args[0] !== '-n' || args[1] !== '--') { console.error('sudo: this sudo takes -n -- only'); process.exit(1); }
const conn = net.connect(${JSON.stringify(socket)}, () => conn.write(JSON.stringify({ argv: args.slice(2), cwd: process.cwd() }) + '\\n'));
let buffer = '';
conn.on('data', (d) => {
  buffer += d;
  let at;
  while ((at = buffer.indexOf('\\n')) >= 0) {
    const m = JSON.parse(buffer.slice(0, at)); buffer = buffer.slice(at + 1);
    if (m.out) process.stdout.write(Buffer.from(m.out, 'base64'));
    if (m.err) process.stderr.write(Buffer.from(m.err, 'base64'));
    if (m.code !== undefined) process.exit(m.code);
  }
});
for (const s of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(s, () => { conn.write(JSON.stringify({ signal: s }) + '\\n'); });
conn.on('error', (e) => { console.error('sudo: ' + e.message); process.exit(1); });
`;
}

function sudoDaemon(socket: string): Promise<Server> {
  const server = createServer((conn) => {
    let buffer = '';
    let child: ReturnType<typeof spawn> | undefined;
    conn.on('data', (d: Buffer) => {
      buffer += d.toString();
      let at;
      while ((at = buffer.indexOf('\n')) >= 0) {
        const m = JSON.parse(buffer.slice(0, at)) as {
          argv?: string[];
          cwd?: string;
          signal?: NodeJS.Signals;
        };
        buffer = buffer.slice(at + 1);
        if (m.signal && child?.pid) process.kill(-child.pid, m.signal);
        if (!m.argv) continue;
        const [program = '', ...args] = m.argv;
        // As sudo does: root, the command's own environment reset to a secure PATH.
        child = spawn(program, args, {
          cwd: m.cwd,
          env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
          detached: true,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const send = (o: object) => conn.writable && conn.write(JSON.stringify(o) + '\n');
        child.stdout?.on('data', (b: Buffer) => send({ out: b.toString('base64') }));
        child.stderr?.on('data', (b: Buffer) => send({ err: b.toString('base64') }));
        child.on('error', (e) =>
          send({ err: Buffer.from(`sudo: ${e.message}\n`).toString('base64'), code: 1 }),
        );
        child.on('close', (code) => send({ code: code ?? 1 }));
      }
    });
    conn.on('close', () => {
      if (child?.pid && child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // gone
        }
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(socket, () => {
      chmodSync(socket, 0o777);
      resolve(server);
    }),
  );
}
