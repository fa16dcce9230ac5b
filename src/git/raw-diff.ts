/** What changed between two trees, as `git diff --raw -z` reports it. */

export interface DiffEntry {
  status: string;
  oldMode: string;
  newMode: string;
  path: string;
}

/** Parses `git diff --raw -z` output: ":old new oldsha newsha status\0path\0". */
export function parseRawDiff(raw: string): DiffEntry[] {
  const fields = raw.split('\0');
  const entries: DiffEntry[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const meta = (fields[i] ?? '').replace(/^:/, '').split(' ');
    const file = fields[i + 1] ?? '';
    if (meta.length < 5) continue;
    entries.push({
      oldMode: meta[0] ?? '',
      newMode: meta[1] ?? '',
      status: (meta[4] ?? '').charAt(0),
      path: file,
    });
  }
  return entries;
}
