import { SYSTEM_PATH, type Programs } from '../process/programs.js';
import { runProcess } from '../process/run.js';
import type { SandboxLayout } from './layout.js';
import { SANDBOX_SCRIPT } from './script.js';

/**
 * How QA commands are isolated:
 * - `root`: specgate runs as root and sets the sandbox up itself;
 * - `sudo`: root sets it up through `sudo -n` (GitHub-hosted runners, where
 *   unprivileged user namespaces are restricted but sudo needs no password);
 * - `userns`: an unprivileged user namespace sets it up;
 * - `none`: no sandbox (only when the configuration accepts it).
 */
export type SandboxMode = 'root' | 'sudo' | 'userns' | 'none';

export interface Launch {
  program: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

export interface Sandbox {
  mode: SandboxMode;
  /** A sentence for the log, the job summary and the PR report. */
  description: string;
  /** How to start `argv` with environment `env` inside the sandbox. */
  wrap(argv: readonly string[], env: NodeJS.ProcessEnv): Launch;
}

export const DESCRIPTIONS: Record<SandboxMode, string> = {
  root: 'own PID, IPC and mount namespaces set up as root: private /proc, read-only system and .git, private temp dirs, run as the checkout owner without capabilities',
  sudo: 'own PID, IPC and mount namespaces set up through sudo: private /proc, read-only system and .git, private temp dirs, run as the runner user without capabilities or groups',
  userns:
    'own user, PID, IPC and mount namespaces: private /proc, read-only system and .git, private temp dirs, no capabilities outside',
  none: 'no sandbox: QA commands could read the secrets of this step and change the runner',
};

export function sandboxFor(mode: SandboxMode, programs: Programs, layout: SandboxLayout): Sandbox {
  return {
    mode,
    description: DESCRIPTIONS[mode],
    wrap: (argv, env) => wrap(mode, programs, layout, argv, env),
  };
}

function wrap(
  mode: SandboxMode,
  programs: Programs,
  layout: SandboxLayout,
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): Launch {
  const [program = '', ...args] = argv;
  if (mode === 'none') return { program, args, env };
  const { sh, env: envProgram, unshare, setpriv, sudo } = programs;
  if (!sh || !envProgram || !unshare || !setpriv || (mode === 'sudo' && !sudo))
    throw new Error(`the ${mode} sandbox needs sh, env, unshare and setpriv`);
  const namespaces = [
    ...(mode === 'userns' ? ['--user', '--map-root-user'] : []),
    '--pid',
    '--ipc',
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
    'specgate-sandbox',
    layout.workspace,
    String(layout.owner),
    // Not the owner's group: on GitHub's runners that is docker.
    String(NO_GROUP),
    mode === 'userns' ? '1' : '',
    layout.home ?? '',
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

const NO_GROUP = 65534;

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
  const candidates: SandboxMode[] = isRoot ? ['root'] : ['sudo', 'userns'];
  for (const mode of candidates) {
    const failure = await attempt(mode, programs, layout);
    if (!failure) return { mode, tried };
    tried.push(`${mode}: ${failure}`);
  }
  return { mode: 'none', tried };
}

async function attempt(
  mode: SandboxMode,
  programs: Programs,
  layout: SandboxLayout,
): Promise<string | undefined> {
  try {
    const launch = wrap(mode, programs, layout, [programs.sh ?? 'sh', '-c', 'exit 0'], {
      PATH: SYSTEM_PATH,
    });
    const result = await runProcess(launch.program, launch.args, {
      cwd: layout.workspace,
      env: launch.env,
      timeoutMs: 15_000,
    });
    if (result.code === 0) return undefined;
    const said = (result.stderr || result.stdout).trim().split('\n').slice(-2).join(' ');
    return said || `exit ${result.code ?? result.signal}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
