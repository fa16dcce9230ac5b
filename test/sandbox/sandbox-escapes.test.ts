import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { resolvePrograms } from '../../src/process/programs.js';
import { runGates, type GateResult } from '../../src/qa/gates.js';
import { chooseSandbox } from '../../src/sandbox/choose.js';
import { processesWith } from '../support/attack-checks.js';

/**
 * QA code trying to get out of its gate: to outlive it, to reach the network,
 * to run as someone else. Each attack also runs without the sandbox (the
 * control), to show that it works where nothing stops it.
 */
let root: string;
/**
 * Markers of this run's processes: another run of the suite on the same machine (a second
 * clone, a CI job beside this one) has its own, so neither finds nor kills the other's.
 */
const RUN = randomBytes(4).toString('hex');
const SURVIVOR_MARK = `specgate-escape-survivor-${RUN}`;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'specgate-escapes-'));
});
afterAll(() => {
  // A control's survivor, should one still be around.
  killMarked(SURVIVOR_MARK);
  rmSync(root, { recursive: true, force: true });
});

async function gate(
  work: string,
  command: string,
  isolation: 'auto' | 'none',
  timeoutMs = 20_000,
): Promise<GateResult> {
  const programs = resolvePrograms(process.env.PATH, work);
  const choice = await chooseSandbox(isolation, { programs, env: { HOME: root } }, work);
  if (!choice.ok) throw new Error(choice.reason);
  if (isolation === 'auto') expect(choice.sandbox.mode).not.toBe('none');
  const [result] = await runGates([{ name: 'attack', command }], {
    cwd: work,
    env: { PATH: process.env.PATH, HOME: root },
    timeoutMs,
    sandbox: choice.sandbox,
  });
  return result!;
}

function checkout(name: string): string {
  const work = path.join(root, name);
  mkdirSync(path.join(work, '.git'), { recursive: true });
  mkdirSync(path.join(work, 'src'));
  writeFileSync(path.join(work, 'src', 'login.js'), 'tested\n');
  return work;
}

function killMarked(marker: string): void {
  for (const pid of processesWith(marker)) {
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // gone
    }
  }
}

/** Waits for `done` a bounded number of times; says whether it came. */
async function eventually(done: () => boolean, tries = 100): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (done()) return true;
    await sleep(100);
  }
  return done();
}

/**
 * The survivor of the issue: it clears its parent-death signal, leaves its
 * session, ignores every polite signal and points its output away, then
 * rewrites a scope file once the gate is over.
 */
const SURVIVOR = `
import ctypes, os, signal, sys, time
if os.fork() == 0:
    ctypes.CDLL(None).prctl(1, 0)
    os.setsid()
    for s in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(s, signal.SIG_IGN)
    null = os.open('/dev/null', os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    time.sleep(0.5)
    for _ in range(100):
        with open('src/login.js', 'w') as f:
            f.write('backdoor\\n')
        time.sleep(0.1)
    os._exit(0)
`;

describe('a gate that leaves a process behind', () => {
  it('does not outlive a passing gate, so nothing rewrites the change after it', async () => {
    const control = checkout('survivor-control');
    writeFileSync(path.join(control, 'survivor.py'), SURVIVOR);
    const open = await gate(control, `python3 survivor.py ${SURVIVOR_MARK}`, 'none');
    expect(open.passed).toBe(true);
    expect(
      await eventually(
        () => readFileSync(path.join(control, 'src/login.js'), 'utf8') === 'backdoor\n',
      ),
    ).toBe(true);
    killMarked(SURVIVOR_MARK);

    const work = checkout('survivor');
    writeFileSync(path.join(work, 'survivor.py'), SURVIVOR);
    const result = await gate(work, `python3 survivor.py ${SURVIVOR_MARK}-sandboxed`, 'auto');
    expect(result.passed).toBe(true);
    // Gone by the time the gate returned: nothing left to write later.
    expect(processesWith(`${SURVIVOR_MARK}-sandboxed`)).toEqual([]);
    await sleep(1500);
    expect(readFileSync(path.join(work, 'src/login.js'), 'utf8')).toBe('tested\n');
  });

  it('does not outlive a gate that timed out, when the command itself clears its death signal and leaves its session', async () => {
    // The command is the attacker: where it would be PID 1 of the namespace
    // and killed only through the death signal it cleared, it lived on.
    const work = checkout('timeout');
    writeFileSync(
      path.join(work, 'hang.py'),
      `
import ctypes, os, signal, time
ctypes.CDLL(None).prctl(1, 0)
try:
    os.setsid()
except OSError:
    pass
for s in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
    signal.signal(s, signal.SIG_IGN)
null = os.open('/dev/null', os.O_RDWR)
for fd in (0, 1, 2):
    os.dup2(null, fd)
time.sleep(1)
for _ in range(200):
    with open('src/login.js', 'w') as f:
        f.write('backdoor\\n')
    time.sleep(0.1)
`,
    );
    const result = await gate(work, `python3 hang.py specgate-escape-hang-${RUN}`, 'auto', 300);
    expect(result).toMatchObject({ passed: false, timedOut: true });
    expect(processesWith(`specgate-escape-hang-${RUN}`)).toEqual([]);
    await sleep(1500);
    expect(readFileSync(path.join(work, 'src/login.js'), 'utf8')).toBe('tested\n');
  });
});

describe('a gate that reaches for the network', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    // A service on the runner's loopback, as a database or a metadata proxy would be.
    server = createServer((socket) => socket.end('runner-service-answer'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const probe = (port: number) => `
    const net = require('net');
    const fs = require('fs');
    const dns = require('dns');
    const connect = (host, port) => new Promise((resolve) => {
      const s = net.connect({ host, port, timeout: 1000 });
      let got = '';
      s.on('data', (d) => (got += d));
      s.on('end', () => resolve(got));
      s.on('timeout', () => { s.destroy(); resolve('timeout'); });
      s.on('error', (e) => resolve(e.code));
    });
    (async () => {
      const own = net.createServer((s) => s.end('own-answer'));
      await new Promise((r) => own.listen(0, '127.0.0.1', r));
      const result = {
        host: await connect('127.0.0.1', ${port}),
        own: await connect('127.0.0.1', own.address().port),
        metadata: await connect('169.254.169.254', 80),
        dns: await new Promise((r) => dns.lookup('registry.npmjs.org', (e, a) => r(e ? e.code : a))),
        interfaces: Object.keys(require('os').networkInterfaces()),
      };
      own.close();
      fs.writeFileSync('result.json', JSON.stringify(result));
    })();`;

  it("cannot connect to the runner's loopback or anywhere else; its own loopback works", async () => {
    const control = checkout('net-control');
    writeFileSync(path.join(control, 'probe.cjs'), probe(port));
    expect((await gate(control, 'node probe.cjs', 'none')).passed).toBe(true);
    expect(JSON.parse(readFileSync(path.join(control, 'result.json'), 'utf8'))).toMatchObject({
      host: 'runner-service-answer',
    });

    const work = checkout('net');
    writeFileSync(path.join(work, 'probe.cjs'), probe(port));
    expect((await gate(work, 'node probe.cjs', 'auto')).passed).toBe(true);
    const seen = JSON.parse(readFileSync(path.join(work, 'result.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(seen.host).toBe('ECONNREFUSED');
    expect(seen.own).toBe('own-answer');
    expect(seen.metadata).toMatch(/^E(NETUNREACH|HOSTUNREACH|CONNREFUSED)$/);
    expect(seen.dns).toMatch(/^E/);
    expect(seen.interfaces).toEqual(['lo']);
  });
});

describe('the user a gate runs as', () => {
  it("is the checkout's owner and group, alone, so copies that keep owners work", async () => {
    if (process.getuid?.() !== 0) return;
    const work = checkout('owner');
    writeFileSync(path.join(work, 'build.sh'), 'cp -pr src out && id -u && id -G');
    for (const p of [
      work,
      path.join(work, 'src'),
      path.join(work, 'src', 'login.js'),
      path.join(work, 'build.sh'),
    ])
      chownSync(p, 4321, 4322);
    const result = await gate(work, 'sh build.sh', 'auto');
    expect(result).toMatchObject({ passed: true, outputTail: '4321\n4322' });
  });
});

describe('a gate with a network allowlist (qa-network)', () => {
  let allowed: Server;
  let other: Server;
  beforeAll(async () => {
    // A database the job started, and another service the list does not name.
    allowed = createServer((socket) => socket.end('database-answer'));
    other = createServer((socket) => socket.end('other-answer'));
    await new Promise<void>((resolve) => allowed.listen(0, '127.0.0.1', resolve));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => allowed.close(resolve));
    await new Promise((resolve) => other.close(resolve));
  });

  it('reaches what the list names, by name, and nothing else', async () => {
    const port = (s: Server) => (s.address() as { port: number }).port;
    const work = checkout('allowlist');
    writeFileSync(
      path.join(work, 'probe.cjs'),
      `
      const net = require('net');
      const connect = (host, port) => new Promise((resolve) => {
        const s = net.connect({ host, port, timeout: 1000 });
        let got = '';
        s.on('data', (d) => (got += d));
        s.on('end', () => resolve(got));
        s.on('timeout', () => { s.destroy(); resolve('timeout'); });
        s.on('error', (e) => resolve(e.code));
      });
      (async () => {
        require('fs').writeFileSync('result.json', JSON.stringify({
          allowed: await connect('localhost', ${port(allowed)}),
          other: await connect('127.0.0.1', ${port(other)}),
          metadata: await connect('169.254.169.254', 80),
        }));
      })();`,
    );
    const programs = resolvePrograms(process.env.PATH, work);
    const choice = await chooseSandbox('auto', { programs, env: { HOME: root } }, work, {
      network: [{ host: 'localhost', port: port(allowed) }],
    });
    if (!choice.ok) throw new Error(choice.reason);
    expect(choice.sandbox.description).toContain(`localhost:${port(allowed)} (qa-network)`);
    const [result] = await runGates([{ name: 'probe', command: 'node probe.cjs' }], {
      cwd: work,
      env: { PATH: process.env.PATH, HOME: root },
      timeoutMs: 20_000,
      sandbox: choice.sandbox,
    });
    expect(result?.outputTail).toBe('');
    expect(result).toMatchObject({ passed: true });
    const seen = JSON.parse(readFileSync(path.join(work, 'result.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(seen.allowed).toBe('database-answer');
    expect(seen.other).toBe('ECONNREFUSED');
    expect(seen.metadata).toMatch(/^E(NETUNREACH|HOSTUNREACH|CONNREFUSED)$/);
  });
});

describe('the caches a gate keeps', () => {
  it("start warm in the same gate's next round of a run, and never reach HOME", async () => {
    const work = checkout('caches');
    const home = path.join(root, 'cache-home');
    mkdirSync(path.join(home, '.cache', 'black'), { recursive: true });
    writeFileSync(path.join(home, '.cache', 'black', 'seed'), 'from the runner');
    const cacheRoot = path.join(root, 'run-caches');
    writeFileSync(
      path.join(work, 'cache.sh'),
      'ls "$HOME/.cache/black" | tr "\\n" " "; echo "$1" > "$HOME/.cache/black/$1"',
    );
    const programs = resolvePrograms(process.env.PATH, work);
    const choice = await chooseSandbox('auto', { programs, env: { HOME: home } }, work, {
      cacheRoot,
    });
    if (!choice.ok) throw new Error(choice.reason);
    const round = async (gate: string, mark: string) =>
      (
        await runGates([{ name: gate, command: `sh cache.sh ${mark}` }], {
          cwd: work,
          env: { PATH: process.env.PATH, HOME: home },
          timeoutMs: 20_000,
          sandbox: choice.sandbox,
        })
      )[0]!.outputTail;
    expect(await round('lint', 'first')).toBe('seed');
    // The same gate's next round sees what its last one cached; another gate does not.
    expect(await round('lint', 'second')).toBe('first seed');
    expect(await round('test', 'other')).toBe('seed');
    // HOME itself is as the runner left it.
    expect(readdirSync(path.join(home, '.cache', 'black'))).toEqual(['seed']);
    // A cache HOME does not have (pip's) is the gate's own folder, warm in its next round.
    writeFileSync(
      path.join(work, 'cache.sh'),
      'ls "$HOME/.cache/pip" | tr "\\n" " "; echo x > "$HOME/.cache/pip/$1"',
    );
    expect(await round('build', 'one')).toBe('');
    expect(await round('build', 'two')).toBe('one');
    expect(existsSync(path.join(home, '.cache', 'pip'))).toBe(false);
  });
});
