import { constants } from 'node:fs';
import { lstat, mkdir, open, readFile, realpath, rm } from 'node:fs/promises';
import path from 'node:path';
import { normalizeRepoPath } from '../core/paths.js';
import type { ApprovedScope } from '../spec/approved-scope.js';

export type Resolved = { ok: true; rel: string; abs: string } | { ok: false; reason: string };

const MAX_FILE_BYTES = 1024 * 1024;
/** What QA may have grown a scope file to; more is refused, not read. */
const MAX_COMMIT_BYTES = 10 * 1024 * 1024;

/**
 * The agent's view of the repository. Reads stay inside the checkout (never
 * .git or credential files); writes go only to files of the approved scope,
 * never through a symlink or a hard link, never creating one.
 */
export class Workspace {
  private constructor(
    readonly root: string,
    readonly scope: ApprovedScope,
  ) {}

  static async open(root: string, scope: ApprovedScope): Promise<Workspace> {
    return new Workspace(await realpath(root), scope);
  }

  async resolveForRead(raw: string): Promise<Resolved> {
    const shape = normalizeRepoPath(raw);
    if (!shape.ok) return shape;
    const denied = this.readDenied(shape.path);
    if (denied) return { ok: false, reason: denied };
    let real: string;
    try {
      real = await realpath(path.join(this.root, shape.path));
    } catch {
      return { ok: false, reason: `${shape.path} does not exist` };
    }
    const rel = path.relative(this.root, real).split(path.sep).join('/');
    if (rel.startsWith('..') || path.isAbsolute(rel))
      return { ok: false, reason: `${shape.path} leads outside the repository` };
    const deniedTarget = this.readDenied(rel);
    if (deniedTarget) return { ok: false, reason: deniedTarget };
    return { ok: true, rel, abs: real };
  }

  async resolveForWrite(raw: string): Promise<Resolved> {
    const shape = normalizeRepoPath(raw);
    if (!shape.ok) return shape;
    const rel = shape.path;
    const denied = this.scope.policy.deniedReason(rel);
    if (denied) return { ok: false, reason: `${denied}; it can never be written` };
    if (!this.scope.has(rel)) {
      const variant = this.scope.spelling(rel);
      return {
        ok: false,
        reason: variant
          ? `${rel} is not in the approved scope (the scope spells it ${variant})`
          : `${rel} is not in the approved scope; you may write only: ${this.scope.files.join(', ')}`,
      };
    }
    // Every existing component must be a real directory (no symlink), so the
    // write lands physically inside the checkout.
    const parts = rel.split('/');
    let current = this.root;
    for (let i = 0; i < parts.length; i++) {
      current = path.join(current, parts[i] ?? '');
      const info = await lstat(current).catch(() => undefined);
      if (!info) break;
      if (info.isSymbolicLink())
        return {
          ok: false,
          reason: `${rel} goes through a symbolic link; symlinks are never written through`,
        };
      const last = i === parts.length - 1;
      if (!last && !info.isDirectory())
        return { ok: false, reason: `${parts.slice(0, i + 1).join('/')} is not a directory` };
      if (last && !info.isFile()) return { ok: false, reason: `${rel} is not a regular file` };
      if (last && info.nlink > 1) return { ok: false, reason: `${hardLinked(rel)} or written` };
    }
    return { ok: true, rel, abs: path.join(this.root, rel) };
  }

  async read(
    raw: string,
  ): Promise<{ ok: true; rel: string; text: string } | { ok: false; reason: string }> {
    const target = await this.resolveForRead(raw);
    if (!target.ok) return target;
    const info = await lstat(target.abs);
    if (!info.isFile()) return { ok: false, reason: `${target.rel} is not a file` };
    if (info.nlink > 1) return { ok: false, reason: hardLinked(target.rel) };
    if (info.size > MAX_FILE_BYTES)
      return { ok: false, reason: `${target.rel} is larger than 1 MB` };
    return { ok: true, rel: target.rel, text: await readFile(target.abs, 'utf8') };
  }

  async write(
    raw: string,
    content: string,
  ): Promise<{ ok: true; rel: string; created: boolean } | { ok: false; reason: string }> {
    const target = await this.resolveForWrite(raw);
    if (!target.ok) return target;
    if (Buffer.byteLength(content) > MAX_FILE_BYTES)
      return { ok: false, reason: 'the content is larger than 1 MB' };
    const existed = await lstat(target.abs).then(
      () => true,
      () => false,
    );
    await mkdir(path.dirname(target.abs), { recursive: true });
    // O_NOFOLLOW: a symlink planted between the check and the write is not followed.
    const handle = await open(
      target.abs,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      0o644,
    );
    try {
      await handle.writeFile(content, 'utf8');
    } finally {
      await handle.close();
    }
    return { ok: true, rel: target.rel, created: !existed };
  }

  /**
   * A scope file's content for the commit, read after QA ran. Only a regular
   * file with one link, reached through real directories and opened without
   * following a link, is taken; anything else (a symlink, a hard link, a
   * device) keeps what the base commit has (`keep`). undefined content: the
   * file does not exist.
   */
  async contentForCommit(
    rel: string,
  ): Promise<{ ok: true; content: Buffer | undefined | 'keep' } | { ok: false; reason: string }> {
    const target = await this.resolveForWrite(rel);
    if (!target.ok) {
      if (!this.scope.has(rel)) return target;
      return { ok: true, content: 'keep' };
    }
    let handle;
    try {
      handle = await open(
        target.abs,
        constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK,
      );
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { ok: true, content: code === 'ENOENT' ? undefined : 'keep' };
    }
    try {
      const info = await handle.stat();
      if (!info.isFile() || info.nlink > 1) return { ok: true, content: 'keep' };
      if (info.size > MAX_COMMIT_BYTES)
        return { ok: false, reason: `${rel} is larger than ${MAX_COMMIT_BYTES / 1024 / 1024} MB` };
      return { ok: true, content: await handle.readFile() };
    } finally {
      await handle.close();
    }
  }

  /**
   * Puts a scope file back to `content` (undefined: removes it), whatever is
   * at its path now: a file, a link (removed, never followed) or a folder.
   * Only through real directories of the checkout.
   */
  async restore(rel: string, content: Buffer | undefined): Promise<void> {
    if (!this.scope.has(rel)) throw new Error(`${rel} is not in the approved scope`);
    const abs = path.join(this.root, rel);
    const parent = path.dirname(abs);
    const realParent = await realpath(parent).catch(() => undefined);
    if (realParent !== undefined && realParent !== parent)
      throw new Error(`${rel} cannot be restored: a folder on its path is a symbolic link`);
    await rm(abs, { recursive: true, force: true });
    if (content === undefined) return;
    await mkdir(parent, { recursive: true });
    const handle = await open(
      abs,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      0o644,
    );
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
  }

  /**
   * Whether a file's content may be shown (search results): a hard link can
   * name a file outside the repository, and nothing tells which name is the
   * original, so a file with more than one link is never shown.
   */
  async canShowContent(rel: string): Promise<boolean> {
    if (!this.canRead(rel)) return false;
    const info = await lstat(path.join(this.root, rel)).catch(() => undefined);
    return info !== undefined && !(info.isFile() && info.nlink > 1);
  }

  /** Whether a repo-relative path may be shown to the agent (search results, listings). */
  canRead(rel: string): boolean {
    return this.readDenied(rel) === undefined;
  }

  private readDenied(rel: string): string | undefined {
    const lower = rel.toLowerCase();
    if (
      lower === '.git' ||
      lower.startsWith('.git/') ||
      lower.includes('/.git/') ||
      lower.endsWith('/.git')
    ) {
      return `${rel} is inside git's own directory and cannot be read`;
    }
    if (!this.scope.policy.readable(rel)) return `${rel} may hold credentials and cannot be read`;
    return undefined;
  }
}

function hardLinked(rel: string): string {
  return `${rel} is a hard link (the same file has another name, maybe outside the repository); it cannot be read`;
}
