/** What planning reads from a repository: its files, their text, searches over them, commit ids. */
import { BatchReader } from './cat-file-batch.js';
import { GitError, type GitProcess } from './git-process.js';

export class GitReads {
  constructor(private readonly git: GitProcess) {}

  async trackedFiles(): Promise<string[]> {
    const out = await this.git.run(['ls-files', '-z']);
    return out.split('\0').filter(Boolean);
  }

  /**
   * Tracked and new (not ignored) files, for the agent's listing; with `dir`,
   * only those under that folder (git then looks at that folder alone).
   */
  async listFiles(dir = ''): Promise<string[]> {
    const out = await this.git.run([
      'ls-files',
      '--cached',
      '--others',
      '--exclude-standard',
      '-z',
      ...(dir ? ['--', `:(literal)${dir}`] : []),
    ]);
    return [...new Set(out.split('\0').filter(Boolean))];
  }

  /**
   * Lines matching a fixed string (tracked and new files), the first `max` of
   * them; `more` says that there were others. git stops once enough are read.
   */
  async grepLines(
    query: string,
    max: number,
  ): Promise<{ hits: { path: string; line: number; text: string }[]; more: boolean }> {
    const hits: { path: string; line: number; text: string }[] = [];
    let more = false;
    const result = await this.git.streamLines(
      ['grep', '--untracked', '-n', '-I', '-F', '-z', '-e', query, '--'],
      (row) => {
        const [file, line, ...text] = row.split('\0');
        if (!file || !line) return;
        if (hits.length === max) {
          more = true;
          return 'stop';
        }
        hits.push({ path: file, line: Number(line), text: text.join('\0') });
      },
    );
    if (!result.stopped && result.code !== 0 && result.code !== 1)
      throw new GitError(['grep'], result.stderr);
    return { hits, more };
  }

  async revParse(rev: string): Promise<string> {
    return (await this.git.run(['rev-parse', '--verify', '--end-of-options', rev])).trim();
  }

  /**
   * Tracked text files holding any of `terms` (fixed strings, compared in
   * lower case), each with the number of lines holding each term: one pass
   * of git over the tree for all the terms.
   */
  async grepTerms(terms: readonly string[]): Promise<Map<string, Map<string, number>>> {
    const found = new Map<string, Map<string, number>>();
    const wanted = [...new Set(terms.map((t) => t.toLowerCase()).filter(Boolean))];
    if (wanted.length === 0) return found;
    // -o prints the longest match at each place: a match also counts for the
    // terms it contains ("loginuser" holds "login" and "user").
    const termsIn = new Map<string, string[]>();
    let lastLine = '';
    const seen = new Set<string>();
    const result = await this.git.streamLines(
      ['grep', '-I', '-i', '-F', '-n', '-o', '-z', ...wanted.flatMap((t) => ['-e', t]), '--'],
      (row) => {
        const [file, line, match] = row.split('\0');
        if (!file || !line || match === undefined) return;
        const place = `${file}\0${line}`;
        if (place !== lastLine) {
          lastLine = place;
          seen.clear();
        }
        const lower = match.toLowerCase();
        let held = termsIn.get(lower);
        if (!held) termsIn.set(lower, (held = wanted.filter((t) => lower.includes(t))));
        let counts = found.get(file);
        if (!counts) found.set(file, (counts = new Map<string, number>()));
        for (const term of held) {
          if (seen.has(term)) continue;
          seen.add(term);
          counts.set(term, (counts.get(term) ?? 0) + 1);
        }
      },
    );
    if (result.code !== 0 && result.code !== 1) throw new GitError(['grep'], result.stderr);
    return found;
  }

  async readBlob(rev: string, file: string): Promise<string | undefined> {
    const result = await this.git.exec(['show', `${rev}:${file}`], {});
    return result.code === 0 ? result.stdout : undefined;
  }

  /**
   * Several files of `rev` through one `git cat-file --batch`: each file's
   * text, cut to its first `maxChars` characters (`truncated` then says so);
   * absent files and directories are left out.
   */
  async readBlobs(
    rev: string,
    files: readonly string[],
    maxChars: number,
  ): Promise<Map<string, { content: string; truncated: boolean }>> {
    const read = new Map<string, { content: string; truncated: boolean }>();
    // The batch protocol is line-based: a name with a newline is read on its own.
    const batch = files.filter((f) => !f.includes('\n'));
    for (const file of files.filter((f) => f.includes('\n'))) {
      const content = await this.readBlob(rev, file);
      if (content !== undefined)
        read.set(file, {
          content: content.slice(0, maxChars),
          truncated: content.length > maxChars,
        });
    }
    if (batch.length === 0) return read;
    const keepBytes = maxChars * 4;
    const reader = new BatchReader(batch, keepBytes, (file, bytes, size) => {
      const text = bytes.toString('utf8');
      const content = text.slice(0, maxChars);
      read.set(file, { content, truncated: size > bytes.length || text.length > maxChars });
    });
    const result = await this.git.exec(['cat-file', '--batch'], {
      input: batch.map((f) => `${rev}:${f}\n`).join(''),
      onStdout: (chunk) => reader.push(chunk),
    });
    if (result.code !== 0) throw new GitError(['cat-file'], result.stderr);
    return read;
  }

  /** The blob id git gives this content (what approval binds to). */
  async blobId(content: string): Promise<string> {
    return (await this.git.run(['hash-object', '--stdin'], { input: content })).trim();
  }
}
