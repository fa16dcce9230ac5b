import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { CREDENTIAL_FILES } from '../core/credential-files.js';

/**
 * What of HOME a QA command sees. HOME starts empty (a fresh tmpfs); only
 * these come back, each as a throwaway copy (writes vanish with the gate) or
 * read-only, and never a credential file inside them:
 * - toolchains installed under HOME that the run's PATH or tool variables
 *   point at (rustup, pyenv, nvm, ...), since the suite needs its compilers;
 * - the package and build caches of common toolchains, so gates do not pay
 *   a cold start every round;
 * - what the configuration adds (`qa-home`).
 */
const TOOLCHAIN_ROOTS = [
  '.cargo',
  '.rustup',
  '.pyenv',
  '.rbenv',
  '.nvm',
  '.volta',
  '.bun',
  '.deno',
  '.sdkman',
  '.dotnet',
  '.ghcup',
  '.local/bin',
  '.local/lib',
  'go/bin',
];

const CACHES = [
  '.npm/_cacache',
  '.cache/pip',
  '.cache/black',
  '.cache/go-build',
  '.cache/pre-commit',
  '.cache/yarn',
  '.cache/node-gyp',
  '.cache/ms-playwright',
  '.cache/puppeteer',
  '.cache/pypoetry/cache',
  '.cache/uv',
  '.m2/repository',
  '.gradle/caches',
  '.gradle/wrapper',
  '.ivy2/cache',
  'go/pkg/mod',
  '.yarn/berry/cache',
  '.local/share/pnpm/store',
];

/** Variables that name where a toolchain lives. */
const TOOL_VARIABLES = [
  'CARGO_HOME',
  'RUSTUP_HOME',
  'PYENV_ROOT',
  'NVM_DIR',
  'GOPATH',
  'GOROOT',
  'GOMODCACHE',
  'JAVA_HOME',
  'DOTNET_ROOT',
  'PIPX_HOME',
  'VOLTA_HOME',
  'BUN_INSTALL',
];

const isCredential = picomatch([...CREDENTIAL_FILES], { dot: true, nocase: true });

/** Credential names a kept directory may hold, relative to HOME (without the leading any-folder glob). */
const NAMED_CREDENTIALS = CREDENTIAL_FILES.filter((p) => p.startsWith('**/'))
  .map((p) => p.slice(3).replace(/\/\*\*$/, ''))
  .filter((p) => !/[*?[\]{}]/.test(p));

export interface HomeView {
  /** HOME-relative directories that come back inside the empty HOME. */
  keep: string[];
  /** Common caches HOME does not have yet: a gate may fill them for its next round. */
  fresh: string[];
  /** Absolute paths inside them that stay covered. */
  hidden: string[];
}

/**
 * The part of HOME given back to QA. A path that is, or may hold, a
 * credential (`.ssh`, `.aws`, ...) is never kept, whatever asked for it.
 */
export function homeView(
  home: string,
  env: NodeJS.ProcessEnv,
  extra: readonly string[] = [],
): HomeView {
  const wanted = new Set<string>();
  const underHome = (p: string | undefined) => {
    if (!p || !path.isAbsolute(p)) return undefined;
    const rel = path.relative(home, path.resolve(p));
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : undefined;
  };
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    const rel = underHome(dir);
    // A bin folder's tool usually needs its siblings (lib, versions, registry).
    if (rel)
      wanted.add(path.basename(rel) === 'bin' && rel.includes('/') ? path.dirname(rel) : rel);
  }
  for (const name of TOOL_VARIABLES) {
    const rel = underHome(env[name]);
    if (rel) wanted.add(rel);
  }
  for (const rel of [...TOOLCHAIN_ROOTS, ...CACHES, ...extra]) wanted.add(rel);
  const keep = [...wanted]
    .map((rel) => path.posix.normalize(rel.split(path.sep).join('/')).replace(/\/$/, ''))
    .filter((rel) => rel && rel !== '.' && !rel.startsWith('..') && !rel.startsWith('/'))
    .filter((rel) => !/[\n,:\\]/.test(rel))
    .filter((rel) => !isCredential(rel) && !isCredential(`${rel}/x`))
    .filter((rel) => isDir(path.join(home, rel)) && insideReal(home, rel));
  // Parents first; a path inside a kept one comes back with it.
  const sorted = [...new Set(keep)].sort((a, b) => a.length - b.length);
  const kept = sorted.filter((rel, i) => !sorted.slice(0, i).some((p) => rel.startsWith(p + '/')));
  const hidden = kept.flatMap((dir) =>
    NAMED_CREDENTIALS.flatMap((name) => [
      ...(name.startsWith(dir + '/') ? [path.join(home, name)] : []),
      path.join(home, dir, name),
    ]),
  );
  const fresh = CACHES.filter(
    (rel) =>
      !isDir(path.join(home, rel)) &&
      !kept.some((k) => rel === k || rel.startsWith(k + '/')) &&
      !existsSync(path.join(home, rel)),
  );
  return { keep: kept, fresh, hidden: [...new Set(hidden)].filter((p) => existsSync(p)) };
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** A kept path must not lead out of HOME through a symlink. */
function insideReal(home: string, rel: string): boolean {
  try {
    const realHome = realpathSync(home);
    return realpathSync(path.join(home, rel)).startsWith(realHome + path.sep);
  } catch {
    return false;
  }
}
