/**
 * Credentials git's effective configuration holds where QA code can read
 * them: the repository's config and whatever it includes (`include`,
 * `includeIf`, however the checkout tool laid it out), the worktree's, and
 * the system's. A header with a token, a URL with a password, and (in the
 * repository's own config) a credential helper. HOME's config is hidden from
 * QA with the rest of HOME.
 *
 * `listing` is `git config --show-scope --show-origin -z --list`.
 */
export function credentialsIn(listing: string): string[] {
  const fields = listing.split('\0');
  const found: string[] = [];
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const scope = fields[i] ?? '';
    const origin = (fields[i + 1] ?? '').replace(/^file:/, '');
    const entry = fields[i + 2] ?? '';
    const cut = entry.indexOf('\n');
    const key = (cut < 0 ? entry : entry.slice(0, cut)).toLowerCase();
    const value = cut < 0 ? '' : entry.slice(cut + 1);
    if (!['local', 'worktree', 'system'].includes(scope)) continue;
    const where = `${key} (${scope === 'system' ? 'system config' : 'repository config'}, in ${origin})`;
    if (/^http\..*extraheader$/.test(key)) found.push(where);
    else if (/^credential\.(.*\.)?helper$/.test(key) && scope !== 'system' && value.trim())
      found.push(where);
    else if (/[a-z][a-z0-9+.-]*:\/\/[^/@\s:]*:[^/@\s]+@/i.test(value))
      found.push(`${where}: a URL with a password`);
  }
  return found;
}
