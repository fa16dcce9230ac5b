import { existsSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STEP_FILES } from './step-files.js';

/** What the sandbox protects, as absolute paths that exist. */
export interface SandboxLayout {
  /** The work tree: the one place QA may change for good. */
  workspace: string;
  /** Its owner, whom QA runs as where root sets the sandbox up. */
  owner: number;
  /** HOME: readable, with writes that vanish. */
  home?: string;
  /** Replaced by empty private temp dirs (step files, trusted store, temp files). */
  privateDirs: string[];
  /** Credential files and container sockets, covered. */
  hidden: string[];
}

/** Files under HOME that hold credentials of tools QA has no business using. */
const HOME_CREDENTIALS = [
  '.ssh',
  '.gnupg',
  '.aws',
  '.azure',
  '.kube',
  '.docker',
  '.config/gh',
  '.config/hub',
  '.config/gcloud',
  '.git-credentials',
  '.netrc',
  '.npmrc',
  '.yarnrc.yml',
  '.pypirc',
  '.gem/credentials',
  '.terraform.d/credentials.tfrc.json',
];

/** Sockets that would hand QA a root-equivalent container engine. */
const ENGINE_SOCKETS = [
  '/var/run/docker.sock',
  '/run/docker.sock',
  '/run/containerd/containerd.sock',
  '/run/podman/podman.sock',
  '/run/buildkit/buildkitd.sock',
];

/**
 * The sandbox layout for a run: the system temp dirs, TMPDIR, RUNNER_TEMP and
 * specgate's own private dirs become empty; the runner's step files, HOME's
 * credential files and container sockets are covered.
 */
export function sandboxLayout(
  workspace: string,
  env: NodeJS.ProcessEnv,
  ownDirs: readonly string[] = [],
): SandboxLayout {
  const root = real(workspace) ?? workspace;
  const owner = statSync(root).uid;
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
  const home = env.HOME ? real(env.HOME) : undefined;
  const hidden = [
    ...(home ? HOME_CREDENTIALS.map((rel) => path.join(home, rel)) : []),
    ...ENGINE_SOCKETS,
    // A user session's bus (systemd-run starts programs outside), keyrings, agents.
    ...[process.getuid?.(), owner].map((uid) => `/run/user/${uid}`),
    ...(env.SSH_AUTH_SOCK ? [path.dirname(env.SSH_AUTH_SOCK)] : []),
    ...STEP_FILES.map((name) => env[name]).filter((p): p is string => !!p),
  ]
    .map(real)
    // Kept even under a private dir: HOME beneath /tmp is put back, with them.
    .filter((p): p is string => !!p && !inside(p) && !p.includes('\n'));
  return {
    workspace: root,
    owner,
    ...(home && home !== '/' && !inside(home) ? { home } : {}),
    privateDirs,
    hidden: [...new Set(hidden)],
  };
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
