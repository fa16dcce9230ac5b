import path from 'node:path';
import picomatch from 'picomatch';
import { CREDENTIAL_FILES } from './credential-files.js';
import { aliasProblem, spellings } from './path-aliases.js';
import { hasInvisible } from './sanitize.js';

/**
 * Paths the agent may never write, whatever a spec says: CI definitions,
 * git internals and hooks, review rules, specgate's own policy, and files
 * that usually hold credentials. Matched case-insensitively so a case variant
 * cannot slip through on a case-insensitive file system.
 */
const CONTROL_PATHS = [
  '.github/workflows/**',
  '.github/actions/**',
  '.github/specgate.yml',
  '.github/specgate.yaml',
  '**/CODEOWNERS',
  '**/.git',
  '**/.git/**',
  '**/.gitmodules',
  '**/.gitattributes',
  '.husky/**',
  '.githooks/**',
];

/** Files that usually hold credentials: never written, never shown to a model. */
const CREDENTIAL_PATHS = [...CREDENTIAL_FILES];

export const ALWAYS_DENIED: readonly string[] = [...CONTROL_PATHS, ...CREDENTIAL_PATHS];
const isCredentialFile = picomatch(CREDENTIAL_PATHS, { dot: true, nocase: true });

const GLOB_CHARS = /[*?[\]{}!]/;

export type PathVerdict = { ok: true; path: string } | { ok: false; reason: string };

/**
 * Checks the shape of a repo-relative path written by a model or a user:
 * relative, inside the repo, no glob, no tricks. Returns the normal form.
 * This is the string-level check; writes are checked again on disk after
 * resolving symlinks.
 */
export function normalizeRepoPath(raw: string): PathVerdict {
  if (typeof raw !== 'string' || raw.trim() === '') return deny('the path is empty');
  if ([...raw].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
    return deny('the path contains control characters');
  }
  // A name that differs from what a reviewer sees is not a name anyone approved;
  // HFS+ also ignores these code points, so `.g\u200Cit` would be `.git` there.
  if (hasInvisible(raw)) {
    return deny('the path contains invisible or bidirectional characters');
  }
  if (raw.includes('\\')) return deny('use forward slashes, not backslashes');
  if (path.posix.isAbsolute(raw) || /^[A-Za-z]:/.test(raw) || raw.startsWith('~')) {
    return deny('the path must be relative to the repository root');
  }
  if (GLOB_CHARS.test(raw)) return deny('list exact files; globs are not allowed in the scope');
  const normal = path.posix.normalize(raw).replace(/^\.\//, '').replace(/\/$/, '');
  if (normal === '.' || normal === '')
    return deny('the path names the repository root, not a file');
  if (normal === '..' || normal.startsWith('../')) return deny('the path leaves the repository');
  const alias = aliasProblem(normal);
  if (alias) return deny(alias);
  return { ok: true, path: normal };
}

export class PathPolicy {
  private readonly denied: picomatch.Matcher;
  private readonly own: picomatch.Matcher;

  /** `protectedFiles`: specgate's own files (the specs), as paths or globs. */
  constructor(
    readonly extraDenied: readonly string[] = [],
    readonly protectedFiles: readonly string[] = [],
  ) {
    const patterns = [...ALWAYS_DENIED, ...extraDenied, ...protectedFiles];
    this.denied = picomatch(patterns, { dot: true, nocase: true });
    this.own = picomatch([...protectedFiles], { dot: true, nocase: true });
  }

  /** Why the agent may not write this normalized path, or undefined if it may. */
  deniedReason(normalPath: string): string | undefined {
    // Also here, for paths that never went through normalizeRepoPath (a diff's).
    const alias = aliasProblem(normalPath);
    if (alias) return `${normalPath} is refused: ${alias}`;
    if (!spellings(normalPath).some((p) => this.denied(p))) return undefined;
    if (this.protectedFiles.length && spellings(normalPath).some((p) => this.own(p))) {
      return `${normalPath} is specgate's own file and cannot be in the scope`;
    }
    return `${normalPath} is a protected path (CI, git internals, review rules or credentials)`;
  }

  /** Whether the file may be shown to the model as context. */
  readable(normalPath: string): boolean {
    return !spellings(normalPath).some((p) => isCredentialFile(p));
  }
}

function deny(reason: string): PathVerdict {
  return { ok: false, reason };
}
