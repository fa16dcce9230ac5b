import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { SYSTEM_PATH, type Programs } from '../process/programs.js';
import { runProcess, stopProcessTree, type RunResult } from '../process/run.js';
import { FORWARDER, openEgress, type Egress } from './egress.js';
import type { SandboxLayout } from './layout.js';
import type { Destination } from '../core/network-allowlist.js';
import { REAPER_SCRIPT, SANDBOX_SCRIPT } from './script.js';

/**
 * How QA commands are isolated:
 * - `root`: specgate runs as root and sets the sandbox up itself;
 * - `sudo`: root sets it up through `sudo -n` (GitHub-hosted runners, where
 *   unprivileged user namespaces are restricted but sudo needs no password);
 * - `userns`: an unprivileged user namespace sets it up;
 * - `none`: no sandbox (only when the configuration accepts it).
 */
export type SandboxMode = 'root' | 'sudo' | 'userns' | 'none';

export interface SandboxRunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  maxOutput?: number;
  /** The gate's name: its cache writes are kept for its next round (of this run only). */
  cacheKey?: string;
}

export interface Sandbox {
  mode: SandboxMode;
  /** A sentence for the log, the job summary and the PR report. */
  description: string;
  /**
   * Runs `argv` inside the sandbox. When it returns, nothing the command
   * started is alive; if that cannot be made so, it throws `SandboxBreach`.
   */
  run(argv: readonly string[], options: SandboxRunOptions): Promise<RunResult>;
}

/** Something a QA command started is still alive and could not be killed. */
export class SandboxBreach extends Error {}

const COMMON =
  'private /proc, no network but its own loopback, read-only system, .git whose writes vanish, private temp dirs, an empty HOME but for toolchains and caches, nothing left running after each command';

export const DESCRIPTIONS: Record<SandboxMode, string> = {
  root: `own PID, IPC, network and mount namespaces set up as root: ${COMMON}; run as the checkout's owner and group without capabilities`,
  sudo: `own PID, IPC, network and mount namespaces set up through sudo: ${COMMON}; run as the checkout's owner and group without capabilities`,
  userns: `own user, PID, IPC, network and mount namespaces: ${COMMON}; no capabilities outside`,
  none: 'no sandbox: QA commands could read the secrets of this step, reach the network and change the runner',
};

export function sandboxFor(
  mode: SandboxMode,
  programs: Programs,
  layout: SandboxLayout,
  network: readonly Destination[] = [],
  /** A private folder of this run where each gate's cache writes are kept between rounds. */
  cacheRoot?: string,
): Sandbox {
  const allowed = network.map((d) => `${d.host}:${d.port}`).join(', ');
  return {
    mode,
    description: network.length
      ? DESCRIPTIONS[mode].replace(
          'no network but its own loopback',
          `no network but its own loopback and ${allowed} (qa-network)`,
        )
      : DESCRIPTIONS[mode],
    run: (argv, options) =>
      mode === 'none'
        ? runUnsandboxed(argv, options)
        : runSandboxed(mode, programs, layout, network, argv, options, cacheRoot),
  };
}

function runUnsandboxed(argv: readonly string[], options: SandboxRunOptions): Promise<RunResult> {
  const [program = '', ...args] = argv;
  return runProcess(program, args, options);
}

async function runSandboxed(
  mode: Exclude<SandboxMode, 'none'>,
  programs: Programs,
  layout: SandboxLayout,
  network: readonly Destination[],
  argv: readonly string[],
  options: SandboxRunOptions,
  cacheRoot?: string,
): Promise<RunResult> {
  const egress = network.length ? await openEgress(network) : undefined;
  const cache =
    cacheRoot && options.cacheKey
      ? path.join(cacheRoot, options.cacheKey.replace(/[^\w.-]/g, '_'))
      : undefined;
  if (cache) await mkdir(cache, { recursive: true, mode: 0o700 });
  try {
    return await runInNamespaces(mode, programs, { ...layout, cache }, egress, argv, options);
  } finally {
    await egress?.close();
  }
}

async function runInNamespaces(
  mode: Exclude<SandboxMode, 'none'>,
  programs: Programs,
  layout: SandboxLayout & { cache?: string | undefined },
  egress: Egress | undefined,
  argv: readonly string[],
  options: SandboxRunOptions,
): Promise<RunResult> {
  // Names this gate's init, and through it the gate's PID namespace.
  const token = `specgate-sandbox-${randomBytes(12).toString('hex')}`;
  const launch = wrap(mode, programs, layout, token, egress, argv, options.env);
  let stopping: Promise<unknown> | undefined;
  let pid: number | undefined;
  const result = await runProcess(launch.program, launch.args, {
    cwd: options.cwd,
    env: launch.env,
    timeoutMs: options.timeoutMs,
    ...(options.maxOutput ? { maxOutput: options.maxOutput } : {}),
    onTimeout: () => {
      // The namespace first; what is outside it (unshare, sudo) then ends by itself.
      stopping = reapGate(mode, programs, token).finally(() => stopProcessTree(pid));
    },
    onStart: (started) => (pid = started),
  });
  await stopping?.catch(() => undefined);
  // Checked after every command, whatever its end: nothing of it runs on.
  const left = await reapGate(mode, programs, token);
  if (left)
    throw new SandboxBreach(
      `a process the QA command started outlived it and could not be stopped (${left})`,
    );
  return result;
}

/**
 * Kills what is left of one gate's PID namespace, with the sandbox's own
 * privilege; undefined once none of it is alive, else why not.
 */
async function reapGate(
  mode: Exclude<SandboxMode, 'none'>,
  programs: Programs,
  token: string,
): Promise<string | undefined> {
  const { sh, sudo } = programs;
  if (!sh || (mode === 'sudo' && !sudo)) return 'no shell to check the namespace with';
  const reaper = [sh, '-c', REAPER_SCRIPT, 'specgate-reaper', token];
  const [program = '', ...args] = mode === 'sudo' ? [sudo!, '-n', '--', ...reaper] : reaper;
  const result = await runProcess(program, args, {
    cwd: '/',
    env: { PATH: SYSTEM_PATH, LANG: 'C' },
    timeoutMs: 30_000,
  }).catch((error: Error) => ({ code: null, stderr: error.message, timedOut: false }));
  if (result.code === 0) return undefined;
  return result.stderr.trim() || (result.timedOut ? 'the check timed out' : 'the check failed');
}

interface Launch {
  program: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

function wrap(
  mode: Exclude<SandboxMode, 'none'>,
  programs: Programs,
  layout: SandboxLayout & { cache?: string | undefined },
  token: string,
  egress: Egress | undefined,
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): Launch {
  const [program = '', ...args] = argv;
  const { sh, env: envProgram, unshare, setpriv, sudo } = programs;
  if (!sh || !envProgram || !unshare || !setpriv || (mode === 'sudo' && !sudo))
    throw new Error(`the ${mode} sandbox needs sh, env, unshare and setpriv`);
  const namespaces = [
    ...(mode === 'userns' ? ['--user', '--map-root-user'] : []),
    '--pid',
    '--ipc',
    '--net',
    '--fork',
    '--kill-child',
    '--mount',
    '--mount-proc',
    '--propagation',
    'private',
    '--',
  ];
  const inner = [
    unshare,
    ...namespaces,
    sh,
    '-c',
    SANDBOX_SCRIPT,
    token,
    layout.workspace,
    String(layout.owner),
    // The checkout's group, as the runner user's own (docker on GitHub's
    // runners, whose socket stays covered): files keep their group when
    // copied with -p, and no supplementary group comes along.
    String(layout.group),
    mode === 'userns' ? '1' : '',
    layout.home ?? '',
    layout.cache ?? '',
    process.execPath,
    egress?.dir ?? '',
    FORWARDER,
    egress?.spec ?? '',
    egress?.hostsFile ?? '',
    ...layout.homeKeep,
    '--',
    ...layout.homeCaches,
    '--',
    ...layout.privateDirs,
    '--',
    ...layout.hidden,
    '--',
    // The QA environment travels as arguments: sudo resets the environment.
    envProgram,
    '-i',
    '--',
    ...Object.entries(env)
      .filter(
        (entry): entry is [string, string] => entry[1] !== undefined && !entry[0].includes('='),
      )
      .map(([name, value]) => `${name}=${value}`),
    program,
    ...args,
  ];
  const base = { env: { PATH: SYSTEM_PATH, LANG: 'C' } };
  if (mode === 'sudo') return { program: sudo!, args: ['-n', '--', ...inner], ...base };
  const [first = '', ...rest] = inner;
  return { program: first, args: rest, ...base };
}

/**
 * The strongest sandbox this machine gives, found by starting one: as root
 * directly; else through `sudo -n`; else in a user namespace. `none` when
 * nothing works, with what each attempt answered.
 */
export async function probeSandbox(
  programs: Programs,
  layout: SandboxLayout,
): Promise<{ mode: SandboxMode; tried: string[] }> {
  const tried: string[] = [];
  if (process.platform !== 'linux') return { mode: 'none', tried: ['not Linux'] };
  const isRoot = process.getuid?.() === 0;
  const candidates: Exclude<SandboxMode, 'none'>[] = isRoot ? ['root'] : ['sudo', 'userns'];
  for (const mode of candidates) {
    const failure = await attempt(mode, programs, layout);
    if (!failure) return { mode, tried };
    tried.push(`${mode}: ${failure}`);
  }
  return { mode: 'none', tried };
}

async function attempt(
  mode: Exclude<SandboxMode, 'none'>,
  programs: Programs,
  layout: SandboxLayout,
): Promise<string | undefined> {
  try {
    const result = await runSandboxed(
      mode,
      programs,
      layout,
      [],
      [programs.sh ?? 'sh', '-c', 'exit 0'],
      {
        cwd: layout.workspace,
        env: { PATH: SYSTEM_PATH },
        timeoutMs: 15_000,
      },
    );
    if (result.code === 0) return undefined;
    const said = (result.stderr || result.stdout).trim().split('\n').slice(-2).join(' ');
    return said || `exit ${result.code ?? result.signal}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
