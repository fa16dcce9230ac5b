import { existsSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { homeView } from './home.js';
import { STEP_FILES } from './step-files.js';

/** What the sandbox protects, as absolute paths that exist. */
export interface SandboxLayout {
  /** The work tree: the one place QA may change for good. */
  workspace: string;
  /** Its owner and group, whom QA runs as where root sets the sandbox up. */
  owner: number;
  group: number;
  /** HOME: replaced by an empty tmpfs, with `homeKeep` (relative to it) put back. */
  home?: string;
  homeKeep: string[];
  /** Caches HOME lacks, relative to it: a gate's own cache folder comes in their place. */
  homeCaches: string[];
  /** Replaced by empty private temp dirs (step files, trusted store, temp files). */
  privateDirs: string[];
  /** Credential files and container sockets, covered. */
  hidden: string[];
}

/** Sockets that would hand QA a root-equivalent container engine. */
const ENGINE_SOCKETS = [
  '/var/run/docker.sock',
  '/run/docker.sock',
  '/run/containerd/containerd.sock',
  '/run/podman/podman.sock',
  '/run/buildkit/buildkitd.sock',
];

/** Where tools keep their own files when the XDG variables move them out of HOME. */
const XDG_DIRS = ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_STATE_HOME', 'XDG_CACHE_HOME'];

/**
 * The sandbox layout for a run: the system temp dirs, TMPDIR, RUNNER_TEMP and
 * specgate's own private dirs become empty; HOME becomes empty but for its
 * toolchains and caches; the runner's step files, XDG dirs outside HOME,
 * credential files in what is kept and container sockets are covered.
 */
export function sandboxLayout(
  workspace: string,
  env: NodeJS.ProcessEnv,
  ownDirs: readonly string[] = [],
  homeExtra: readonly string[] = [],
): SandboxLayout {
  const root = real(workspace) ?? workspace;
  const { uid: owner, gid: group } = statSync(root);
  const inside = (p: string) => p === root || p.startsWith(root + path.sep);
  const candidates = [
    '/tmp',
    '/var/tmp',
    '/dev/shm',
    tmpdir(),
    env.TMPDIR,
    env.RUNNER_TEMP,
    ...ownDirs,
  ];
  const privateDirs = parentsFirst(
    candidates
      .map((p) => (p ? real(p) : undefined))
      .filter((p): p is string => !!p && !inside(p) && !p.includes('\n')),
  );
  const realHome = env.HOME ? real(env.HOME) : undefined;
  const home = realHome && realHome !== '/' && !inside(realHome) ? realHome : undefined;
  const view = home ? homeView(home, env, homeExtra) : { keep: [], fresh: [], hidden: [] };
  const hidden = [
    ...view.hidden,
    ...XDG_DIRS.map((name) => env[name]).filter((p): p is string => !!p && path.isAbsolute(p)),
    ...ENGINE_SOCKETS,
    // A user session's bus (systemd-run starts programs outside), keyrings, agents.
    ...[process.getuid?.(), owner].map((uid) => `/run/user/${uid}`),
    ...(env.SSH_AUTH_SOCK ? [path.dirname(env.SSH_AUTH_SOCK)] : []),
    ...STEP_FILES.map((name) => env[name]).filter((p): p is string => !!p),
  ]
    .map(real)
    // Kept even under a private dir: HOME beneath /tmp is put back, with them.
    .filter((p): p is string => !!p && !inside(p) && !p.includes('\n'))
    .filter(
      (p) => !home || p === home || !p.startsWith(home + path.sep) || keptBy(view.keep, home, p),
    );
  return {
    workspace: root,
    owner,
    group,
    ...(home ? { home } : {}),
    homeKeep: view.keep,
    homeCaches: view.fresh,
    privateDirs,
    hidden: [...new Set(hidden)],
  };
}

/** Under HOME only what comes back needs covering; the rest is gone with it. */
function keptBy(keep: readonly string[], home: string, p: string): boolean {
  const rel = path.relative(home, p);
  return keep.some((k) => rel === k || rel.startsWith(k + path.sep));
}

function real(p: string): string | undefined {
  try {
    return existsSync(p) ? realpathSync(p) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Without duplicates, parents first. A path inside another stays listed: it
 * reappears when HOME, or the checkout, is put back beneath an emptied parent.
 */
function parentsFirst(paths: string[]): string[] {
  return [...new Set(paths)].sort((a, b) => a.length - b.length);
}
